"""User errors are said in one line, exit 2, before Prefect is imported (no server, no traceback).

Each case runs the real command line in a subprocess, wrapped so that the process
reports at exit whether Prefect was ever imported: a user error must not cost the
temporary server's start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

WRAPPER = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('prefect imported:', 'prefect' in sys.modules))\n"
    "from flows.cli import app\n"
    "sys.argv = ['wirefacts', *sys.argv[1:]]\n"
    "app()\n"
)


def _wirefacts(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``wirefacts ARGS`` in ``cwd`` (so no wirefacts.toml of the checkout is read)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("WIREFACTS_")}
    environment["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        cwd=cwd,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=120,  # generous: the point is that no server starts, not a speed
    )


def _assert_one_line_usage_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("wirefacts: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "prefect imported: False" in proc.stdout


def test_missing_source_folder(tmp_path: Path) -> None:
    proc = _wirefacts(
        ["run", "--source", str(tmp_path / "does-not-exist"), "--lake", str(tmp_path)], tmp_path
    )
    _assert_one_line_usage_error(proc, "does-not-exist", "neither a configured source")


def test_unknown_source_name(tmp_path: Path) -> None:
    proc = _wirefacts(["run", "--source", "afp-typo", "--lake", str(tmp_path / "lake")], tmp_path)
    _assert_one_line_usage_error(proc, "'afp-typo'", "sample")


def test_configured_drop_folder_that_does_not_exist(tmp_path: Path) -> None:
    config = tmp_path / "wirefacts.toml"
    config.write_text(f'source = "afp"\n[sources.afp]\nkind = "drop_folder"\npath = "{tmp_path / "gone"}"\n')
    proc = _wirefacts(["run", "--lake", str(tmp_path / "lake")], tmp_path, WIREFACTS_CONFIG=str(config))
    _assert_one_line_usage_error(proc, "'afp'", "does not exist")


@pytest.mark.parametrize("value", ["2026-02-30", "yesterday", "23/11/2026"])
def test_bad_date(value: str, tmp_path: Path) -> None:
    proc = _wirefacts(["run", "--date", value], tmp_path)
    _assert_one_line_usage_error(proc, "--date", value)


def test_backfill_that_ends_before_it_starts(tmp_path: Path) -> None:
    proc = _wirefacts(["backfill", "--start", "2026-11-23", "--end", "2026-11-20"], tmp_path)
    _assert_one_line_usage_error(proc, "--end 2026-11-20 is before --start 2026-11-23")


@pytest.mark.parametrize("flag", ["--lake", "--warehouse"])
def test_folder_that_cannot_be_created(flag: str, tmp_path: Path, sample_drop: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "sub" / ("w.sqlite" if flag == "--warehouse" else "lake")
    other = "--warehouse" if flag == "--lake" else "--lake"
    other_value = str(tmp_path / ("w.sqlite" if other == "--warehouse" else "lake"))
    args = ["run", "--source", str(sample_drop), flag, str(target), other, other_value]
    proc = _wirefacts(args, tmp_path)
    _assert_one_line_usage_error(proc, str(blocker))
