"""A run killed with SIGKILL mid-load (in the DuckLake commit) or mid-Parquet-write leaves nothing half done.

The killed run is a real ``wirefacts run`` subprocess, paused at a fault point
(:mod:`flows.faults`) and killed there. Then: the warehouse holds exactly the
state before the run, no half-written partition is visible to readers, the
night's lock is free, and the next run ends where an undisturbed one does.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from flows.nightly import nightly_flow
from flows.results import RunSummary
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]
FIRST, CRASHED = date(2026, 11, 22), date(2026, 11, 23)
COMPARED = {
    "articles": "*",
    "facts": "*",
    "deliveries": "*",
    "raw_files": "raw_hash, source, source_uri, size_bytes, ingest_date",
    "quarantine": "ingest_date, source, stage, reason, raw_ref, item_ref, record_id",
}


def _drops(sample_drop: Path, root: Path) -> tuple[Path, Path]:
    """Night one gets the Peru story; the crashed night gets the rest of the sample."""
    first, second = root / "drop-1", root / "drop-2"
    first.mkdir()
    shutil.copytree(sample_drop, second)
    shutil.move(second / "2026-11-22-andes-quake.txt", first / "2026-11-22-andes-quake.txt")
    return first, second


def _run(drop: Path, home: Path, night: date) -> RunSummary:
    return nightly_flow(
        date=night,
        settings=load_settings(source=str(drop), lake=str(home / "lake"), warehouse=str(home / "w.sqlite")),
    )


def _state(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The compared tables, with the test's own folder taken out of file URIs and paths."""
    con = connect_warehouse(home / "w.sqlite", read_only=True)
    try:
        tables = {t: con.execute(f"SELECT {cols} FROM {t}").fetchall() for t, cols in COMPARED.items()}
    finally:
        con.close()
    return {
        name: sorted((tuple(_relative(v, home) for v in row) for row in rows), key=repr)
        for name, rows in tables.items()
    }


def _relative(value: Any, home: Path) -> Any:
    return value.replace(str(home), "HOME") if isinstance(value, str) else value


def _visible_files(home: Path) -> list[str]:
    """The lake's own Parquet files (quarantine, manifests): the warehouse's data files are not among them."""
    curated = home / "lake" / "curated"
    return sorted(
        p.relative_to(home).as_posix() for p in (home / "lake").rglob("*.parquet") if curated not in p.parents
    )


def _warehouse_files(home: Path) -> list[str]:
    """The data files the warehouse's current snapshot reads (what any reader can see)."""
    con = connect_warehouse(home / "w.sqlite", read_only=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = 'wh'"
            ).fetchall()
        ]
        return sorted(
            str(row[0]).replace(str(home), "HOME")
            for table in tables
            for row in con.execute("SELECT data_file FROM ducklake_list_files('wh', ?)", [table]).fetchall()
        )
    finally:
        con.close()


def _killed_run(drop: Path, home: Path, point: str) -> None:
    """Start `wirefacts run` in a subprocess, wait until it pauses at ``point``, SIGKILL it."""
    from prefect.settings import PREFECT_API_URL

    marker = home / f"paused-at-{point}"
    env = {**os.environ, "WIREFACTS_FAULT_PAUSE": point, "WIREFACTS_FAULT_MARKER": str(marker)}
    env["PREFECT_API_URL"] = str(PREFECT_API_URL.value())
    cmd = [
        sys.executable,
        "-m",
        "flows.cli",
        "run",
        "--date",
        str(CRASHED),
        "--source",
        str(drop),
        "--lake",
        str(home / "lake"),
        "--warehouse",
        str(home / "w.sqlite"),
    ]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 240
    while not marker.exists():
        assert proc.poll() is None, "the run ended before reaching the fault point"
        assert time.monotonic() < deadline, f"the run never reached the {point} fault point"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def undisturbed(
    sample_drop: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[tuple[Any, ...]]]:
    home = tmp_path_factory.mktemp("undisturbed")
    first, second = _drops(sample_drop, home)
    _run(first, home, FIRST)
    _run(second, home, CRASHED)
    return _state(home)


@pytest.mark.parametrize("point", ["load", "parquet"])
def test_killed_run_leaves_the_previous_state_and_the_next_run_recovers(
    point: str, sample_drop: Path, tmp_path: Path, undisturbed: dict[str, list[tuple[Any, ...]]]
) -> None:
    first, second = _drops(sample_drop, tmp_path)
    _run(first, tmp_path, FIRST)
    before, files_before = _state(tmp_path), _visible_files(tmp_path)
    read_before = _warehouse_files(tmp_path)

    _killed_run(second, tmp_path, point)

    assert _state(tmp_path) == before
    # the previous snapshot is intact: readers read exactly the data files they read before; a data
    # file the killed load had already written is referenced by no snapshot, so no reader sees it
    assert _warehouse_files(tmp_path) == read_before
    visible = _visible_files(tmp_path)
    if point == "parquet":  # killed in the first write of the night: none of its files is visible
        assert visible == files_before
    else:  # killed inside the load's commit, after its data files were written
        assert set(files_before) <= set(visible)
        written = {p.name for p in (tmp_path / "lake" / "curated").rglob("*.parquet")}
        assert written - {Path(f).name for f in read_before}, "the killed load wrote no data file"
    leftovers = list((tmp_path / "lake").rglob(".tmp-ingest-*.partial"))
    assert (len(leftovers) > 0) == (point == "parquet")

    started = time.monotonic()
    again = _run(second, tmp_path, CRASHED)  # takes the killed run's lock at once
    assert again.status == "success"
    assert time.monotonic() - started < 120
    assert _state(tmp_path) == undisturbed
    assert not list((tmp_path / "lake").rglob(".tmp-ingest-*.partial"))
