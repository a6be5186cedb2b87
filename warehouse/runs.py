"""The ``runs`` table beyond a committed load: runs in progress, failed and crashed.

A night's load writes its final ``runs`` row inside its transaction (see
:mod:`warehouse.loader`). That alone would leave no trace of a run that failed
before loading, or of one killed mid-way, so a run also writes a ``running`` row
as it starts (replaced by the load's row), a ``failed`` row when it raises, and the
next start turns the ``running`` rows of dead runs into ``crashed`` ones.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import duckdb

from warehouse.connection import write_transaction

RUN_COUNTS = (
    "fetched",
    "new_payloads",
    "articles_read",
    "duplicates",
    "stale_versions",
    "kill_notices",
    "quarantined",
    "articles_loaded",
    "facts_loaded",
)
"""The counts a run records, in the order of the ``runs`` columns."""

RUN_COLUMNS = (
    "run_id",
    "flow_run_id",
    "ingest_date",
    "source",
    "started_at",
    "finished_at",
    "status",
    *RUN_COUNTS,
    "stage_seconds",
    "extractor_version",
    "error",
)


def put_run(
    con: duckdb.DuckDBPyConnection,
    run: dict[str, Any],
    replace_only: set[str] | None = None,
    *,
    deadline_seconds: float = 300.0,
) -> bool:
    """Write a run's row, replacing an earlier row of the same run (its ``running`` row).

    Args:
        con: A writable connection.
        run: The row.
        replace_only: When given, an earlier row is replaced only if its status is one of
            these; otherwise it stays and nothing is written (a failure recorded after the
            load committed must not overwrite the load's row).
        deadline_seconds: How long to keep retrying while other writers' commits conflict.

    Returns:
        Whether the row was written.
    """
    columns = [c for c in RUN_COLUMNS if c in run]

    def body(con: duckdb.DuckDBPyConnection) -> bool:
        existing = con.execute("SELECT status FROM runs WHERE run_id = ?", [run["run_id"]]).fetchall()
        if replace_only is not None and any(status not in replace_only for (status,) in existing):
            return False
        if existing:  # a new run has no row yet: a DELETE matching nothing still costs a table scan
            con.execute("DELETE FROM runs WHERE run_id = ?", [run["run_id"]])
        con.execute(
            f"INSERT INTO runs ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [run[c] for c in columns],
        )
        return True

    return write_transaction(con, body, deadline_seconds=deadline_seconds)


def running_runs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, date, str | None]]:
    """(run_id, night, flow_run_id) of every run recorded as still running."""
    rows = con.execute(
        "SELECT run_id, ingest_date, flow_run_id FROM runs WHERE status = 'running' ORDER BY started_at"
    ).fetchall()
    return [(str(r[0]), r[1], r[2]) for r in rows]


def mark_crashed(con: duckdb.DuckDBPyConnection, run_id: str, error: str, noticed_at: datetime) -> bool:
    """Turn a dead run's ``running`` row into ``crashed``; False when it was no longer running.

    Checked, then updated, in one transaction (DuckLake has no ``UPDATE ... RETURNING``).
    """

    def body(con: duckdb.DuckDBPyConnection) -> bool:
        running = con.execute(
            "SELECT 1 FROM runs WHERE run_id = ? AND status = 'running'", [run_id]
        ).fetchone()
        if running is None:
            return False
        con.execute(
            "UPDATE runs SET status = 'crashed', error = ? WHERE run_id = ? AND status = 'running'",
            [f"{error} (noticed at {noticed_at.isoformat(timespec='seconds')})", run_id],
        )
        return True

    return write_transaction(con, body)
