"""Versioned schema migrations.

Each ``migrations/NNNN_name.sql`` file is applied once, in order, inside a
transaction, and recorded in ``schema_version``; an older warehouse file
therefore upgrades in place on the next start without losing rows.
"""

from __future__ import annotations

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


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this warehouse (0 for a new file)."""
    con.execute(_VERSION_TABLE)
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration this warehouse has not recorded yet, in order.

    Missing numbers are applied even below the highest recorded one, so a file
    made while a branch added a later migration still gets the earlier one.

    Args:
        con: A writable connection.

    Returns:
        The names of the migrations applied now.
    """
    applied = []
    current_version(con)  # creates schema_version on a new file
    done = {int(row[0]) for row in con.execute("SELECT version FROM schema_version").fetchall()}
    for number, name, sql in available_migrations():
        if number in done:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [number, name])
            con.commit()
        except Exception:
            con.rollback()
            raise
        applied.append(name)
    return applied
