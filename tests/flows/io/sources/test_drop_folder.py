"""The drop folder lands every file and picks up only what no other night ingested."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from flows.io.lake import Lake, sha256_hex
from flows.io.sources.drop_folder.fetch import fetch_drop_folder

NIGHT = date(2026, 11, 23)


def _fetch(folder: Path, lake: Lake, already: set[str] | None = None, max_bytes: int = 1000):  # type: ignore[no-untyped-def]
    return fetch_drop_folder(
        folder,
        source="drop",
        lake=lake,
        ingest_date=NIGHT,
        already_ingested=already or set(),
        max_bytes=max_bytes,
    )


def test_files_are_landed_unchanged(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_bytes(b"story a")
    (drop / ".hidden").write_bytes(b"ignored")
    lake = Lake(tmp_path / "lake")
    result = _fetch(drop, lake)
    assert result.seen == 1
    (row,) = result.manifest.to_pylist()
    assert row["raw_hash"] == sha256_hex(b"story a")
    assert Path(row["raw_path"]).read_bytes() == b"story a"
    assert row["size_bytes"] == 7 and row["source"] == "drop"


def test_moved_or_touched_file_is_not_ingested_again(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    (drop / "sub").mkdir(parents=True)
    (drop / "a.txt").write_bytes(b"story a")
    lake = Lake(tmp_path / "lake")
    first = _fetch(drop, lake)
    os.replace(drop / "a.txt", drop / "sub" / "renamed.txt")
    os.utime(drop / "sub" / "renamed.txt")
    second = _fetch(drop, lake, already=set(first.manifest["raw_hash"].to_pylist()))
    assert (second.seen, second.skipped, second.manifest.num_rows) == (1, 1, 0)


def test_oversized_file_is_refused_unread(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "big.txt").write_bytes(b"x" * 2000)
    (drop / "ok.txt").write_bytes(b"fine")
    result = _fetch(drop, Lake(tmp_path / "lake"), max_bytes=1000)
    assert result.manifest.num_rows == 1
    (reject,) = result.rejects
    assert reject.stage == "fetch"
    assert reject.reason == "big.txt is 2,000 bytes, over the 1,000-byte limit; not read"


def test_symbolic_links_are_refused_with_a_quarantine_row_naming_them(tmp_path: Path) -> None:
    """``ln -s /etc/passwd drop/x.txt`` must not copy a host file into the lake (red-team finding)."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_bytes(b"root:x:0:0:root:/root:/bin/bash\n")
    drop = tmp_path / "drop"
    (drop / "sub").mkdir(parents=True)
    (drop / "story.txt").write_bytes(b"a real story")
    (drop / "x.txt").symlink_to(secret)
    (drop / "inside.txt").symlink_to(drop / "story.txt")
    (drop / "dir").symlink_to(secret.parent, target_is_directory=True)
    lake = Lake(tmp_path / "lake")
    result = _fetch(drop, lake)
    assert result.manifest["source_uri"].to_pylist() == [(drop / "story.txt").as_uri()]
    assert sha256_hex(secret.read_bytes()) not in {p.name for p in (tmp_path / "lake").rglob("*")}
    refused = {r.item_ref: r.reason for r in result.rejects}
    assert set(refused) == {(drop / name).as_uri() for name in ("x.txt", "inside.txt", "dir")}
    assert all(r.stage == "fetch" for r in result.rejects)
    assert refused[(drop / "x.txt").as_uri()] == (
        f"x.txt is a symbolic link (to {secret}); links are refused, not followed"
    )
