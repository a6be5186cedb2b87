"""Every run leaves a ``runs`` row: running while it works, then how it ended, even when it failed or died.

A night's load writes the final row (success or rejected) in its own transaction.
Around it:

* a run writes a ``running`` row once it holds the night's lock;
* a run that raises records ``failed`` with the error (the CLI does the same for a
  run it refuses before starting, e.g. a night another run holds). When the
  warehouse cannot take the row (another process holds the DuckDB file), the row
  waits as JSON beside the night locks and the next start writes it;
* a run killed mid-way (SIGKILL, power loss) cannot write anything, so the next
  start turns its ``running`` row into ``crashed``: a ``running`` row whose night
  lock nobody holds belongs to a dead process, since the operating system frees
  the lock of a process that dies. Its Prefect flow run, left "Running" by the
  killed process, is set to Crashed too.

Nothing here imports Prefect at module level: the CLI records refused runs before
any server starts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from flows.io.locks import LockPlace, night_held_elsewhere
from flows.settings import Settings
from transforms.extract import EXTRACTOR_VERSION
from warehouse.connection import WarehouseBusyError, connect, session
from warehouse.runs import RUN_COUNTS, mark_crashed, put_run, running_runs

COUNTS = RUN_COUNTS
PENDING_DIR = "pending-runs"
"""Folder (in the locks folder) of failed runs' rows the warehouse could not take at the time."""
RECORD_WAIT_SECONDS = 5.0
"""How long a failing run waits for the warehouse to record its row before keeping it for later."""
MAX_ERROR_CHARS = 4_000

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CrashedRun:
    """A run found dead by a later start."""

    run_id: str
    night: date
    flow_run_id: str | None


def run_row(
    run_id: str,
    ingest_date: date,
    source: str,
    status: str,
    started_at: datetime,
    *,
    finished_at: datetime | None,
    flow_run_id: str | None = None,
    error: str | None = None,
    counts: Mapping[str, Any] | None = None,
    stage_seconds: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """A ``runs`` row; counts not given are 0 (a run that failed early read nothing)."""
    counts = counts or {}
    return {
        "run_id": run_id,
        "flow_run_id": flow_run_id,
        "ingest_date": ingest_date,
        "source": source,
        "started_at": started_at,
        "finished_at": finished_at,
        "status": status,
        **{name: int(counts.get(name) or 0) for name in COUNTS},
        "stage_seconds": dict(stage_seconds or {}),
        "extractor_version": EXTRACTOR_VERSION,
        "error": error[:MAX_ERROR_CHARS] if error else error,
    }


def describe(exc: BaseException) -> str:
    """An exception as one line for ``runs.error`` and the CLI."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def begin_run(settings: Settings, row: dict[str, Any], held_night: date) -> list[CrashedRun]:
    """Record what earlier runs could not, then this run's ``running`` row (call holding ``held_night``).

    Returns:
        The runs found dead and marked ``crashed`` (for :func:`crash_flow_runs`).
    """
    with session(settings.warehouse_target()) as con:
        _write_pending(con, settings.locks_dir() / PENDING_DIR)
        crashed = _mark_dead_runs(con, settings.night_locks(), held_night)
        put_run(con, row)
    return crashed


def record_failure(settings: Settings, row: dict[str, Any]) -> None:
    """Record a failed run; keep the row beside the locks when the warehouse cannot take it now.

    A row the run's own load already committed (success or rejected) is never replaced.
    """
    try:
        con = connect(settings.warehouse_target())
    except (WarehouseBusyError, duckdb.Error, OSError) as exc:
        _keep_pending(settings.locks_dir() / PENDING_DIR, row, exc)
        return
    try:
        put_run(con, row, replace_only={"running"}, deadline_seconds=RECORD_WAIT_SECONDS)
    except (WarehouseBusyError, duckdb.Error) as exc:
        _keep_pending(settings.locks_dir() / PENDING_DIR, row, exc)
    finally:
        con.close()


def crash_flow_runs(crashed: list[CrashedRun]) -> None:
    """Set the Prefect flow runs of dead runs, still "Running" on the server, to Crashed.

    Best effort: the server may be another one than the dead run used (a temporary
    server's database is per ``PREFECT_HOME``), or the flow run may be gone; the
    ``runs`` table holds the truth either way.
    """
    wanted = [run for run in crashed if run.flow_run_id]
    if not wanted:
        return
    from prefect.client.orchestration import get_client
    from prefect.states import Crashed

    try:
        with get_client(sync_client=True) as client:
            for run in wanted:
                flow_run = client.read_flow_run(run.flow_run_id)  # type: ignore[arg-type]
                if flow_run.state is None or flow_run.state.is_final():
                    continue
                message = (
                    f"the process running night {run.night} (run {run.run_id}) died; "
                    "marked crashed by a later run of wirefacts"
                )
                client.set_flow_run_state(run.flow_run_id, Crashed(message=message), force=True)  # type: ignore[arg-type]
    except Exception as exc:  # a missing or unreachable flow run must not fail the night
        logger.warning("could not mark the flow runs of crashed runs as Crashed: %s", describe(exc))


def _mark_dead_runs(con: duckdb.DuckDBPyConnection, locks: LockPlace, held_night: date) -> list[CrashedRun]:
    """``running`` rows whose night lock is free (or is ours) belong to dead processes: mark them crashed."""
    now = datetime.now(UTC)
    crashed = []
    for run_id, night, flow_run_id in running_runs(con):
        if night != held_night and night_held_elsewhere(locks, night) is not None:
            continue  # alive: another process holds that night
        error = f"run {run_id} of night {night} stopped before it finished (killed or crashed)"
        if mark_crashed(con, run_id, error, now):
            logger.warning("%s; marked crashed", error)
            crashed.append(CrashedRun(run_id, night, flow_run_id))
    return crashed


def _keep_pending(folder: Path, row: dict[str, Any], why: BaseException) -> None:
    """Keep a failed run's row as JSON until a start can write it to the warehouse."""
    logger.warning("run %s recorded in %s for now: %s", row["run_id"], folder, describe(why))
    folder.mkdir(parents=True, exist_ok=True)
    data = {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}
    (folder / f"{row['run_id']}.json").write_text(json.dumps(data))


def _write_pending(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Write the rows failed runs left in ``folder``, then remove their files."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        row = json.loads(path.read_text())
        row["ingest_date"] = date.fromisoformat(row["ingest_date"])
        for key in ("started_at", "finished_at"):
            row[key] = datetime.fromisoformat(row[key]) if row.get(key) else None
        put_run(con, row, replace_only={"running"})
        path.unlink()
