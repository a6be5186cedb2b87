"""A backfill night waits for the night before it without holding a Dask worker's only slot."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from flows.backfill import wait_for_night
from flows.settings import load_settings
from warehouse.catalog import Catalog
from warehouse.connection import session
from warehouse.runs import RUN_COUNTS

NIGHT = date(2026, 11, 20)
RUN_ID = "run-of-the-night-before"

_waiting = threading.Event()  # the cluster runs in this process: its tasks see this module


def _wait(warehouse: Catalog) -> int:
    _waiting.set()
    return wait_for_night(warehouse, NIGHT, RUN_ID, poll_seconds=0.05)


def _commit(warehouse: Catalog) -> None:
    """What the night before's load leaves: its ``runs`` row with the snapshot it committed."""
    row = {"run_id": RUN_ID, "ingest_date": NIGHT, "source": "drop", "status": "loaded", "snapshot_id": 7}
    row |= {"extractor_version": "test", "stage_seconds": "{}"}
    row |= dict.fromkeys(RUN_COUNTS, 0)
    with session(warehouse) as con:
        con.execute(
            f"INSERT INTO runs ({', '.join(row)}, started_at) VALUES ({', '.join('?' for _ in row)}, now())",
            list(row.values()),
        )


@pytest.fixture
def warehouse(tmp_path: Path) -> Catalog:
    settings = load_settings(warehouse=str(tmp_path / "w.sqlite"), lake=str(tmp_path / "lake"))
    target = settings.warehouse_target()
    with session(target):  # migrated before the cluster starts
        pass
    return target


def test_a_waiting_night_lets_its_dask_worker_run_the_night_it_waits_for(warehouse: Catalog) -> None:
    """The scheduler may queue the night waited for behind the waiting one, on the same worker.

    One worker with one thread: the waiting night is started first and holds the thread
    until the night before it is committed, which is queued on that same worker. Holding
    the slot while waiting would hang for ever; the wait hands the slot back instead.
    """
    _waiting.clear()
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        waiting = client.submit(_wait, warehouse, pure=False)
        assert _waiting.wait(120), "the waiting night never started"
        committing = client.submit(_commit, warehouse, pure=False)
        committing.result(timeout=120)
        assert waiting.result(timeout=120) == 7


def test_outside_dask_the_wait_returns_the_committed_snapshot(warehouse: Catalog) -> None:
    _commit(warehouse)
    assert wait_for_night(warehouse, NIGHT, RUN_ID, poll_seconds=0.05) == 7
