"""Move a warehouse of the previous version (one DuckDB file) into the DuckLake warehouse, in one command.

    uv run python -m warehouse.upgrade var/wirefacts.duckdb

The old file is never changed: it is copied to a temporary file, brought to the
last schema by the same migrations, and its rows are copied, table by table and
column by column, into the DuckLake in one transaction (one snapshot; a failure
copies nothing). A warehouse that already holds runs or articles is refused, so the command
cannot mix two histories.

"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb

from warehouse.catalog import ALIAS, Catalog, as_catalog
from warehouse.connection import connect, write_transaction
from warehouse.schema import migrate
from warehouse.snapshots import committed_snapshot

_SKIPPED = frozenset({"schema_version", "object_comments", "load_clock"})
"""Tables the new warehouse keeps for itself."""


class UpgradeError(RuntimeError):
    """The upgrade cannot run; the message says why in one line."""


def upgrade(old: Path, target: Catalog | Path) -> tuple[dict[str, int], int]:
    """Copy every row of the DuckDB file ``old`` into the (new or empty) DuckLake ``target``.

    Returns:
        Rows copied per table, and the snapshot that holds them.

    Raises:
        UpgradeError: ``old`` is missing or not a DuckDB file, or ``target`` already holds runs.
    """
    if not old.is_file():
        raise UpgradeError(f"no DuckDB warehouse at {old}")
    catalog = as_catalog(target)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "old.duckdb"
        shutil.copyfile(old, copy)
        try:
            plain = duckdb.connect(str(copy))
        except duckdb.Error as exc:
            raise UpgradeError(f"{old} is not a DuckDB warehouse: {' '.join(str(exc).split())}") from exc
        try:
            write_transaction(plain, migrate)  # the old file at the last schema, as the loader knew it
        finally:
            plain.close()
        con = connect(catalog)
        try:
            held = con.execute(
                "SELECT (SELECT count(*) FROM runs) + (SELECT count(*) FROM articles)"
            ).fetchone()
            if held != (0,):
                raise UpgradeError(
                    f"warehouse {catalog.describe()} already holds rows: upgrade into a new one"
                )
            con.execute(f"ATTACH '{copy}' AS old (READ_ONLY)")
            copied = write_transaction(con, _copy_tables)
            return copied, committed_snapshot(con)
        finally:
            con.close()


def _copy_tables(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Copy each base table of ``old`` into the same table of the warehouse (the columns both have)."""
    copied = {}
    tables = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'old' AND schema_name = 'main'"
    ).fetchall()
    for (table,) in tables:
        if table in _SKIPPED:
            continue
        old_columns = _columns(con, "old", table)
        new_columns = _columns(con, ALIAS, table)
        shared = [c for c in new_columns if c in old_columns]
        if not shared:
            continue
        names = ", ".join(f'"{c}"' for c in shared)
        con.execute(f"DELETE FROM {ALIAS}.main.{table}")
        con.execute(f"INSERT INTO {ALIAS}.main.{table} ({names}) SELECT {names} FROM old.main.{table}")
        row = con.execute(f"SELECT count(*) FROM {ALIAS}.main.{table}").fetchone()
        copied[table] = int(row[0]) if row else 0
    return copied


def _columns(con: duckdb.DuckDBPyConnection, database: str, table: str) -> list[str]:
    """Column names of a table, in order."""
    rows = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND table_name = ? "
        "ORDER BY column_index",
        [database, table],
    ).fetchall()
    return [str(r[0]) for r in rows]


def main(argv: list[str] | None = None) -> int:
    """``python -m warehouse.upgrade OLD [--warehouse FILE]``: exit 0 copied, 2 refused (one line)."""
    parser = argparse.ArgumentParser(prog="python -m warehouse.upgrade", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the previous version's DuckDB file (var/wirefacts.duckdb)")
    parser.add_argument(
        "--warehouse", type=Path, help="SQLite catalog to create; default: the configured one"
    )
    args = parser.parse_args(argv)
    target: Catalog | Path
    if args.warehouse is not None:
        target = args.warehouse
    else:
        from flows.settings import load_settings

        target = load_settings().warehouse_target()
    try:
        copied, snapshot = upgrade(args.old, target)
    except UpgradeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for table, rows in sorted(copied.items()):
        print(f"{table:20} {rows}")
    print(f"copied in snapshot {snapshot}; the old file is unchanged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
