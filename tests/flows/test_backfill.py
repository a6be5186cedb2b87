"""Backfills over the bundled sample: by publication date, re-run, re-extract, and on Dask."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from backfill_helpers import END, START, backfill, warehouse_state

from flows.backfill import nights_between
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]


def _backfill(drop: Path, home: Path, **kwargs: Any) -> dict[str, Any]:
    return backfill(drop, str(home / "lake"), home / "w.sqlite", **kwargs)


def _state(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    return warehouse_state(home / "w.sqlite")


def _runs_and_loaded_nights(home: Path) -> tuple[list[tuple[Any, ...]], list[date]]:
    """Every run's (night, status, error), and the nights whose articles are in the warehouse."""
    con = connect_warehouse(home / "w.sqlite", read_only=True)
    try:
        runs = con.execute("SELECT ingest_date, status, error FROM runs ORDER BY ingest_date").fetchall()
        nights = con.execute("SELECT DISTINCT ingest_date FROM articles ORDER BY 1").fetchall()
    finally:
        con.close()
    return runs, [night for (night,) in nights]


@pytest.fixture(scope="module")
def first(sample_drop: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    home = tmp_path_factory.mktemp("backfill")
    drop = home / "drop"
    shutil.copytree(sample_drop, drop)
    return home, drop, _backfill(drop, home)


def test_nights_are_the_publication_dates(first: tuple[Path, Path, dict[str, Any]]) -> None:
    home, _, result = first
    nights = {n.ingest_date: n.articles_loaded for n in result.nights}
    assert nights == {
        date(2026, 11, 20): 1,
        date(2026, 11, 21): 3,  # the amazon fires, the central bank and the plain-text tram line
        date(2026, 11, 22): 3,
        date(2026, 11, 23): 1,
    }
    assert result.empty_nights == 1  # 2026-11-19
    # the seed and both copies of the cod story carry no date; the Raqa siege (11-18) is before the range
    assert result.undated_or_outside == 4
    con = connect_warehouse(home / "w.sqlite", read_only=True)
    mismatched = con.execute("SELECT count(*) FROM articles WHERE pub_date <> ingest_date").fetchone()
    runs = con.execute("SELECT count(*), count(DISTINCT ingest_date) FROM runs").fetchone()
    con.close()
    assert mismatched == (0,)
    assert runs == (4, 4)


def test_the_flow_run_is_named_by_its_range(first: tuple[Path, Path, dict[str, Any]]) -> None:
    """The Prefect UI lists a backfill as backfill-START..END, not under a random name."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterName

    name = f"backfill-{START}..{END}"
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(name=FlowRunFilterName(any_=[name])))
    assert [run.name for run in runs][:1] == [name]


def test_second_identical_backfill_changes_no_row(first: tuple[Path, Path, dict[str, Any]]) -> None:
    home, drop, _ = first
    before = _state(home)
    _backfill(drop, home, workers=2)
    assert _state(home) == before


def test_workers_commit_their_own_nights_in_date_order_equal_to_a_serial_load(
    first: tuple[Path, Path, dict[str, Any]], sample_drop: Path, tmp_path: Path
) -> None:
    """Two worker processes settle and commit their own nights; the rows equal the serial backfill's."""
    home, _, _ = first
    result = _backfill(sample_drop, tmp_path, workers=2)
    assert [n.status for n in result.nights] == ["success"] * 4
    assert _state(tmp_path) == _state(home)
    con = connect_warehouse(tmp_path / "w.sqlite", read_only=True)
    try:
        runs = con.execute(
            "SELECT run_id, ingest_date, snapshot_id FROM runs ORDER BY ingest_date"
        ).fetchall()
        committers = dict(
            con.execute(
                "SELECT snapshot_id, commit_extra_info FROM wh.snapshots() "
                "WHERE commit_extra_info IS NOT NULL"
            ).fetchall()
        )
    finally:
        con.close()
    assert [night for _, night, _ in runs] == sorted(n.ingest_date for n in result.nights)
    # each night's one snapshot was committed by a worker process, never by the driver (this process)
    labels = [json.loads(committers[snapshot]) for _, _, snapshot in runs]
    assert [label["run_id"] for label in labels] == [run_id for run_id, _, _ in runs]
    assert all(label["pid"] != os.getpid() for label in labels)
    # and in date order: the snapshots follow the nights
    assert [snapshot for _, _, snapshot in runs] == sorted(snapshot for _, _, snapshot in runs)


def test_a_failed_night_stops_the_nights_after_it_unloaded(
    sample_drop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a serial backfill stops at a failing night, the workers of the nights after it load nothing."""
    from flows.faults import InjectedFault

    monkeypatch.setenv("WIREFACTS_FAULT_RAISE", "load")  # every load fails; the first one to try is night 1's
    with pytest.raises(InjectedFault):
        _backfill(sample_drop, tmp_path, workers=2)
    runs, loaded = _runs_and_loaded_nights(tmp_path)
    assert loaded == []
    assert runs[0] == (date(2026, 11, 20), "failed", "InjectedFault: fault injected at load")
    for _, status, error in runs[1:]:  # the nights after it waited for it, then gave up without loading
        assert status == "failed" and "of this backfill failed" in error


def test_a_night_whose_transform_fails_is_recorded_and_the_backfill_ends(
    sample_drop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker of the night after a failed transform waits on that night's run row: it must be written.

    Without it that worker waited for ever and the backfill never ended.
    """
    from flows.faults import InjectedFault

    monkeypatch.setenv("WIREFACTS_FAULT_RAISE", "transform@2026-11-21")  # the second night's transform only
    with pytest.raises(InjectedFault):
        _backfill(sample_drop, tmp_path, workers=2)
    runs, loaded = _runs_and_loaded_nights(tmp_path)
    assert loaded == [date(2026, 11, 20)]
    assert runs[0][:2] == (date(2026, 11, 20), "success")
    assert runs[1] == (date(2026, 11, 21), "failed", "InjectedFault: fault injected at transform@2026-11-21")
    for _, status, error in runs[2:]:  # a night already in flight waited for it, then loaded nothing
        assert status == "failed" and "of this backfill failed" in error


def test_reextract_replays_the_raw_zone_without_the_source(first: tuple[Path, Path, dict[str, Any]]) -> None:
    home, drop, _ = first
    before = _state(home)
    shutil.rmtree(drop)  # the source is gone: only the lake's raw zone is left
    result = _backfill(home / "nowhere", home, reextract=True)
    assert len(result.nights) == 4
    assert _state(home) == before


def test_dask_cluster_gives_the_same_rows(
    first: tuple[Path, Path, dict[str, Any]],
    sample_drop: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two Dask worker processes load the range row for row as one worker in this process did.

    Dask's own timeouts are raised far above its defaults (30 s to connect, 15 s for a lost
    worker): on a 2-core machine busy with other suites a worker process can take longer than
    that to start or to answer, which is the machine's load, not the behaviour under test.
    """
    import dask
    from distributed import LocalCluster

    patient = {
        "distributed.comm.timeouts.connect": "300s",
        "distributed.comm.timeouts.tcp": "300s",
        "distributed.deploy.lost-worker-timeout": "300s",
        "distributed.scheduler.worker-ttl": "30 minutes",
    }
    for key, value in patient.items():  # the worker processes read their config from the environment
        monkeypatch.setenv("DASK_" + key.upper().replace(".", "__").replace("-", "_"), value)
    home, _, serial = first
    with (
        dask.config.set(patient),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        monkeypatch.setenv("WIREFACTS_RUNNER__KIND", "dask")
        monkeypatch.setenv("WIREFACTS_RUNNER__DASK_ADDRESS", cluster.scheduler_address)
        result = _backfill(sample_drop, tmp_path, workers=2)

    def statuses(summary: Any) -> list[tuple[date, str]]:
        return [(night.ingest_date, night.status) for night in summary.nights]

    assert statuses(result) == statuses(serial)
    got, want = _state(tmp_path), _state(home)
    for table, rows in want.items():  # table by table, so a failure names the table that differs
        assert got[table] == rows, table


def test_nights_between_includes_both_ends() -> None:
    assert nights_between(date(2026, 11, 22), date(2026, 11, 23)) == [date(2026, 11, 22), date(2026, 11, 23)]
    with pytest.raises(ValueError, match="before its start"):
        nights_between(date(2026, 11, 23), date(2026, 11, 22))


SHARED_SERVER_DRIVER = """
import json, sys
from datetime import date
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, temporary_settings
from flows.backfill import run_backfill
from flows.settings import load_settings

settings = load_settings(source=sys.argv[1], lake=sys.argv[2], warehouse=sys.argv[3])
start, end = date.fromisoformat(sys.argv[4]), date.fromisoformat(sys.argv[5])
run_backfill(settings, start, end, workers=2, reextract=False)
server = SubprocessASGIServer()  # one instance per process: the driver's, still up
with temporary_settings({PREFECT_API_URL: server.api_url}), get_client(sync_client=True) as client:
    named = TaskRunFilter(name=TaskRunFilterName(like_="transform-night"))
    runs = client.read_task_runs(task_run_filter=named)
print(json.dumps({
    "api": server.api_url,
    "transforms": len(runs),
    "flow_runs": len({r.flow_run_id for r in runs}),
    "states": sorted({r.state.type.value for r in runs if r.state}),
}))
"""


def test_workers_share_the_drivers_temporary_prefect_server(sample_drop: Path, tmp_path: Path) -> None:
    """Without a configured API, the worker processes report to the driver's temporary server.

    Deterministic: no process sampling. Every process that starts a temporary server says
    so once in the shared stderr, and the workers' task runs must be in the driver's server.
    """
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_LOGGING_LEVEL="INFO")
    args = [str(sample_drop), str(tmp_path / "lake"), str(tmp_path / "w.sqlite"), str(START), str(END)]
    proc = subprocess.run(
        [sys.executable, "-c", SHARED_SERVER_DRIVER, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    starts = [line for line in proc.stderr.splitlines() if "Starting temporary server on" in line]
    assert len(starts) == 1, starts
    assert starts[0].rstrip().endswith(report["api"].removesuffix("/api"))
    assert report == {"api": report["api"], "transforms": 4, "flow_runs": 1, "states": ["COMPLETED"]}
