"""Insert Arrow tables into DuckDB tables by column name (the writers' one way in)."""

from __future__ import annotations

import duckdb
import pyarrow as pa


def insert_arrow(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    """Insert every row of ``table`` into table ``name``, matching columns by name.

    Columns the Arrow table lacks take their defaults; an empty table is a no-op.
    """
    if table.num_rows == 0:
        return
    columns = ", ".join(f'"{c}"' for c in table.column_names)
    con.register("_arrow_rows", table)
    try:
        con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM _arrow_rows")
    finally:
        con.unregister("_arrow_rows")
