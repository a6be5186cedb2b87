"""A write transaction that loses a commit race runs again from the winner's snapshot."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.connection import connect, write_transaction


def _loads(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT loads FROM load_clock").fetchone()
    assert row is not None
    return int(row[0])


def test_a_body_that_lost_to_another_commit_runs_again_and_keeps_both_changes(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    mine, other = connect(path), connect(path)
    start = _loads(mine)
    runs = []

    def body(con: duckdb.DuckDBPyConnection) -> int:
        seen = _loads(con)
        runs.append(seen)
        con.execute("UPDATE load_clock SET loads = loads + 1")
        if len(runs) == 1:  # another writer commits the same row while this transaction is open
            other.execute("UPDATE load_clock SET loads = loads + 1")
        return seen

    assert write_transaction(mine, body) == start + 1
    assert runs == [start, start + 1]  # the second run read what the winner committed
    assert _loads(other) == start + 2
