"""Snapshot expiry and file clean-up on a real DuckLake catalog: history goes, current data stays."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from test_loader import _batch

from warehouse.connection import connect
from warehouse.loader import load_night
from warehouse.maintenance import maintain
from warehouse.sql import WarehouseUnavailableError, query

MANY = [f"a{i:02d}" for i in range(30)]  # more rows than DuckLake inlines in the catalog: real data files


def _current(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
        for t in ("articles", "facts", "deliveries", "raw_files", "quarantine", "runs")
    }


def _files(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {
        row[0]
        for table in ("articles", "facts")
        for row in con.execute(f"SELECT data_file FROM ducklake_list_files('wh', '{table}')").fetchall()
    }


def test_expiry_drops_old_snapshots_and_their_files_and_keeps_current_data(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    con = connect(path)
    try:
        first = load_night(con, _batch(MANY, "run-1"))  # night D, later re-run with other stories
        first_files = _files(con)
        second = load_night(con, _batch(MANY[:20], "run-2"))
        before = _current(con)
        dry = maintain(con, retention=timedelta(0), file_grace=timedelta(0), dry_run=True)
        assert _current(con) == before and dry.expired
        report = maintain(con, retention=timedelta(0), file_grace=timedelta(0))
        after = _current(con)
        kept = [s for (s,) in con.execute("SELECT snapshot_id FROM wh.snapshots()").fetchall()]
    finally:
        con.close()
    assert after == before  # current data unchanged
    assert report.expired == dry.expired and first.run["snapshot_id"] in report.expired
    # the night's latest load keeps its snapshot, so time travel to it still works
    assert report.kept_for_runs == [second.run["snapshot_id"]] and second.run["snapshot_id"] in kept
    _, rows = query(path, "SELECT count(*) FROM articles", snapshot=second.run["snapshot_id"])
    assert rows == [(20,)]
    # the replaced night's files are gone from the disk, not only from the catalog
    gone = {Path(f).name for f in first_files} - {Path(f).name for f in _files(connect(path, read_only=True))}
    assert gone and {Path(f).name for f in report.files_deleted} >= gone
    assert not any(p.name in gone for p in tmp_path.rglob("*.parquet"))
    with pytest.raises(WarehouseUnavailableError, match=r"no snapshot \d+ .*expired by `wirefacts maintain`"):
        query(path, "SELECT count(*) FROM articles", snapshot=first.run["snapshot_id"])


def test_recent_snapshots_are_kept_and_bad_retention_is_refused(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.sqlite")
    try:
        load_night(con, _batch(MANY, "run-1"))
        load_night(con, _batch(MANY[:20], "run-2"))
        count = con.execute("SELECT count(*) FROM wh.snapshots()").fetchone()
        report = maintain(con, retention=timedelta(days=30), file_grace=timedelta(hours=24))
        assert report.expired == [] and con.execute("SELECT count(*) FROM wh.snapshots()").fetchone() == count
        with pytest.raises(ValueError, match="must not be negative"):
            maintain(con, retention=timedelta(days=-1), file_grace=timedelta(0))
    finally:
        con.close()


def test_wirefacts_maintain_command(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    con = connect(path)
    load_night(con, _batch(MANY, "run-1"))
    load_night(con, _batch(MANY[:20], "run-2"))
    con.close()
    cli = [sys.executable, "-m", "flows.cli", "maintain", "--warehouse", str(path), "--lake", str(tmp_path)]
    dry = subprocess.run([*cli, "--retention-days", "0", "--dry-run"], capture_output=True, text=True)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("would expire ")
    done = subprocess.run([*cli, "--retention-days", "0"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("expired "), done.stderr
    bad = subprocess.run([*cli, "--retention-days", "-1"], capture_output=True, text=True)
    assert bad.returncode == 2 and "must not be negative" in bad.stderr
