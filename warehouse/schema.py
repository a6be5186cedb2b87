"""Versioned schema migrations.

Each ``migrations/NNNN_name.sql`` file is applied once, in order, and recorded in
``schema_version``; a warehouse therefore upgrades in place on the next start
without losing rows. The caller runs :func:`migrate` in one transaction
(:func:`warehouse.connection.write_transaction`), so two processes creating the
same new warehouse at once end with one schema.

DuckLake keeps comments on tables, views and columns of tables, but not on the
columns of a view or on macros: those ``COMMENT ON`` statements are skipped
(:data:`DUCKLAKE_UNSUPPORTED`) and their text kept in the ``object_comments``
table instead (``SELECT * FROM object_comments WHERE object_name = 'fact_lineage'``).
"""

from __future__ import annotations

import re
from importlib import resources

import duckdb

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
"""


def available_migrations() -> list[tuple[int, str, str]]:
    """The migrations shipped with the package, as (version, name, sql), in order."""
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            found.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


_COMMENTS_TABLE = """
CREATE TABLE IF NOT EXISTS object_comments (
    object_name VARCHAR NOT NULL,
    column_name VARCHAR,
    comment     VARCHAR NOT NULL
)
"""

_COMMENT = re.compile(
    r"^\s*COMMENT ON (?:COLUMN (?P<obj>\w+)\.\"?(?P<col>\w+)\"?|MACRO TABLE (?P<macro>\w+)) "
    r"IS '(?P<text>.*)'\s*;?\s*$",
    re.DOTALL | re.IGNORECASE,
)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this warehouse (0 for a new file)."""
    con.execute(_VERSION_TABLE)
    con.execute(_COMMENTS_TABLE)
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration this warehouse has not recorded yet, in order, inside the caller's transaction.

    Missing numbers are applied even below the highest recorded one, so a file
    made while a branch added a later migration still gets the earlier one.

    Args:
        con: A writable connection.

    Returns:
        The names of the migrations applied now.
    """
    applied = []
    current_version(con)  # creates schema_version on a new warehouse
    done = {int(row[0]) for row in con.execute("SELECT version FROM schema_version").fetchall()}
    for number, name, sql in available_migrations():
        if number in done:
            continue
        for statement in con.extract_statements(sql):
            _execute(con, statement)
        con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [number, name])
        applied.append(name)
    return applied


DUCKLAKE_UNSUPPORTED = ("Cannot comment on columns for entry", "Unsupported catalog type for SET COMMENT")
"""DuckLake's refusals of a ``COMMENT ON`` a view column or a macro (see the module docstring)."""


def _execute(con: duckdb.DuckDBPyConnection, statement: duckdb.Statement) -> None:
    """Run one migration statement; a comment DuckLake cannot store goes to ``object_comments``."""
    try:
        con.execute(statement)
    except duckdb.BinderException as exc:
        found = _COMMENT.match(statement.query)
        if found is None or not any(text in str(exc) for text in DUCKLAKE_UNSUPPORTED):
            raise
        name = found["obj"] or found["macro"]
        con.execute(
            "DELETE FROM object_comments WHERE object_name = ? AND column_name IS NOT DISTINCT FROM ?",
            [name, found["col"]],
        )
        con.execute(
            "INSERT INTO object_comments VALUES (?, ?, ?)",
            [name, found["col"], found["text"].replace("''", "'")],
        )
