"""The warehouse's snapshots: which one a commit made, labels on them, and the list analysts read.

Every committed transaction of a DuckLake is a snapshot; ``AT (VERSION => N)``
and ``wirefacts sql --at-snapshot N`` read the warehouse as it was at snapshot N.
Loads label their snapshot with the run id (DuckLake's commit message and extra
info), so ``snapshots`` can be joined to ``runs`` even for runs that never got to
record their id.
"""

from __future__ import annotations

import json
import os
import socket

import duckdb

from warehouse.catalog import ALIAS


def committed_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    """The id of the snapshot this connection's last commit made."""
    row = con.execute(f"FROM {ALIAS}.last_committed_snapshot()").fetchone()
    if row is None or row[0] is None:
        raise RuntimeError("this connection has committed nothing yet")
    return int(row[0])


ROW_CHANGES = frozenset({"tables_inserted_into", "tables_deleted_from", "inlined_insert", "inlined_delete"})
"""The kinds of change DuckLake records for a snapshot that wrote rows and nothing else (by table id)."""


def tables_changed_since(con: duckdb.DuckDBPyConnection, snapshot: int) -> frozenset[str] | None:
    """The tables whose rows the snapshots committed after ``snapshot`` changed.

    None when one of them changed more than rows (a table made, altered or dropped, files
    compacted): what it did is not a set of tables.
    """
    rows = con.execute(
        "SELECT changes FROM ducklake_snapshots(?) WHERE snapshot_id > ?", [ALIAS, snapshot]
    ).fetchall()
    ids: set[int] = set()
    for (changes,) in rows:
        for kind, values in changes.items():
            if kind not in ROW_CHANGES:
                return None
            ids.update(int(value) for value in values)
    if not ids:
        return frozenset()
    names = con.execute(
        f"SELECT DISTINCT table_name FROM __ducklake_metadata_{ALIAS}.ducklake_table "
        f"WHERE table_id IN ({', '.join('?' for _ in ids)})",
        sorted(ids),
    ).fetchall()
    return frozenset(str(name) for (name,) in names)


def current_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    """The newest snapshot of the warehouse."""
    row = con.execute(f"FROM {ALIAS}.current_snapshot()").fetchone()
    return int(row[0]) if row else 0


def label_snapshot(con: duckdb.DuckDBPyConnection, message: str, run_id: str) -> None:
    """Label the snapshot the current transaction will commit (author ``wirefacts``).

    The extra info holds the run id and the process and host that committed, so an
    operator can tell which worker of a backfill loaded a night (``snapshots``).
    """
    committer = {"run_id": run_id, "pid": os.getpid(), "host": socket.gethostname()}
    con.execute(
        f"CALL {ALIAS}.set_commit_message('wirefacts', ?, extra_info => ?)",
        [message, json.dumps(committer)],
    )


def snapshots(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str, str | None]]:
    """(snapshot id, time, commit message) of every snapshot, oldest first."""
    rows = con.execute(
        f"SELECT snapshot_id, CAST(snapshot_time AS VARCHAR), commit_message FROM {ALIAS}.snapshots() "
        "ORDER BY snapshot_id"
    ).fetchall()
    return [(int(a), str(b), c) for a, b, c in rows]
