"""Backfills over the bundled sample: by publication date, re-run, re-extract, and on Dask."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import psutil
import pytest
from backfill_helpers import END, START, backfill, warehouse_state

from flows.backfill import nights_between

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]


def _backfill(drop: Path, home: Path, **kwargs: Any) -> dict[str, Any]:
    return backfill(drop, str(home / "lake"), home / "w.duckdb", **kwargs)


def _state(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    return warehouse_state(home / "w.duckdb")


@pytest.fixture(scope="module")
def first(sample_drop: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    home = tmp_path_factory.mktemp("backfill")
    drop = home / "drop"
    shutil.copytree(sample_drop, drop)
    return home, drop, _backfill(drop, home)


def test_nights_are_the_publication_dates(first: tuple[Path, Path, dict[str, Any]]) -> None:
    home, _, result = first
    nights = {n["ingest_date"]: n["articles_loaded"] for n in result["nights"]}
    assert nights == {
        date(2026, 11, 20): 1,
        date(2026, 11, 21): 2,
        date(2026, 11, 22): 3,
        date(2026, 11, 23): 1,
    }
    assert result["empty_nights"] == 1  # 2026-11-19
    assert result["undated_or_outside"] == 3  # the seed and both copies of the cod story carry no date
    con = duckdb.connect(str(home / "w.duckdb"), read_only=True)
    mismatched = con.execute("SELECT count(*) FROM articles WHERE pub_date <> ingest_date").fetchone()
    runs = con.execute("SELECT count(*), count(DISTINCT ingest_date) FROM runs").fetchone()
    con.close()
    assert mismatched == (0,)
    assert runs == (4, 4)


def test_second_identical_backfill_changes_no_row(first: tuple[Path, Path, dict[str, Any]]) -> None:
    home, drop, _ = first
    before = _state(home)
    _backfill(drop, home, workers=2)
    assert _state(home) == before


def test_reextract_replays_the_raw_zone_without_the_source(first: tuple[Path, Path, dict[str, Any]]) -> None:
    home, drop, _ = first
    before = _state(home)
    shutil.rmtree(drop)  # the source is gone: only the lake's raw zone is left
    result = _backfill(home / "nowhere", home, reextract=True)
    assert len(result["nights"]) == 4
    assert _state(home) == before


def test_dask_cluster_gives_the_same_rows(
    first: tuple[Path, Path, dict[str, Any]],
    sample_drop: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from distributed import LocalCluster

    home, _, _ = first
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.setenv("WIREFACTS_RUNNER__KIND", "dask")
        monkeypatch.setenv("WIREFACTS_RUNNER__DASK_ADDRESS", cluster.scheduler_address)
        result = _backfill(sample_drop, tmp_path, workers=2)
    assert len(result["nights"]) == 4
    assert _state(tmp_path) == _state(home)


def test_nights_between_includes_both_ends() -> None:
    assert nights_between(date(2026, 11, 22), date(2026, 11, 23)) == [date(2026, 11, 22), date(2026, 11, 23)]
    with pytest.raises(ValueError, match="before its start"):
        nights_between(date(2026, 11, 23), date(2026, 11, 22))


def test_workers_share_the_drivers_temporary_prefect_server(sample_drop: Path, tmp_path: Path) -> None:
    """Without a configured API, a 2-worker backfill starts one temporary server, not one per process."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    cmd = [sys.executable, "-m", "flows.cli", "backfill", "--start", str(START), "--end", str(END)]
    cmd += ["--workers", "2", "--source", str(sample_drop), "--lake", str(tmp_path / "lake")]
    cmd += ["--warehouse", str(tmp_path / "w.duckdb")]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    servers: set[int] = set()
    while proc.poll() is None:
        try:
            children = psutil.Process(proc.pid).children(recursive=True)
            servers |= {c.pid for c in children if "prefect.server.api.server:create_app" in c.cmdline()}
        except psutil.Error:  # a process ended while we looked
            pass
        time.sleep(0.2)
    assert proc.returncode == 0
    assert len(servers) == 1
