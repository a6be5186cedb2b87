"""Full-text search (BM25) over fact sentences and article texts: ``search_facts('raqa fighters')``.

DuckDB's fts extension stores its index as tables beside the indexed one, and a
DuckLake cannot hold them (it refuses the index's column types), so the index is
derived per session: ``warehouse/search.sql`` copies the sentences and texts
of the snapshot the session reads into the session's own in-memory database,
indexes them and defines the two temporary table macros. The same file is what
an analyst ``.read``s in the ``duckdb`` shell; ``wirefacts sql`` runs it when a
query calls a ``search_`` macro. Building takes well under a second per
thousand articles; the index never goes stale because it lives as long as the
session.
"""

from __future__ import annotations

import re
from importlib import resources

import duckdb

from warehouse.catalog import load_extension

SEARCH_SQL = "search.sql"
"""The file, in package ``warehouse``, that builds the session's index and macros."""

_CALLS_SEARCH = re.compile(r"\bsearch_(facts|articles)\s*\(", re.IGNORECASE)


def wants_search(sql: str) -> bool:
    """Whether a query calls ``search_facts`` or ``search_articles``."""
    return _CALLS_SEARCH.search(sql) is not None


def enable_search(con: duckdb.DuckDBPyConnection) -> None:
    """Build this session's fts indexes and the ``search_facts`` / ``search_articles`` macros.

    Call with the warehouse attached as ``wh`` (:func:`warehouse.connection.connect`)
    and before the session's configuration is locked.
    """
    load_extension(con, "fts")
    text = resources.files("warehouse").joinpath(SEARCH_SQL).read_text(encoding="utf-8")
    # one execute per statement, split on the file's own ";<newline>" ends: DuckDB's statement splitter
    # (extract_statements, or one multi-statement execute) binds the fts PRAGMA to the default catalog
    for statement in text.split(";\n"):
        if statement.strip():
            con.execute(statement)
