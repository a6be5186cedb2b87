"""The analyst query path: one read-only statement against the warehouse.

Analysts type SQL at ``wirefacts sql``; nothing they type may change the
warehouse, and nothing they pass as a value may become SQL. Three guards do
that, each covering what the one before cannot:

* the statement is parsed first and only a read (``SELECT``, ``FROM ...``,
  ``DESCRIBE``, ``SHOW``, ``SUMMARIZE``, ``PRAGMA`` listings) is run. This also
  refuses ``COPY ... TO``, ``EXPORT`` and ``ATTACH``, which a read-only
  connection would happily run because they write elsewhere;
* the connection is read-only, so DuckDB itself refuses any write that got past
  the parser check;
* values are always bound to ``?`` placeholders by DuckDB, never pasted into
  the text, so a value such as ``x' ; DROP TABLE facts; --`` is only a string.

Reading is confined too, because a read can still reach outside the warehouse:
``read_text('/etc/passwd')``, ``read_csv``, ``read_blob``, ``glob('/etc/**')``
or ``read_csv('http://...')`` (which would download and load an extension).
The connection turns off DuckDB's external access (files other than the
warehouse's own, URLs, extension installs and loads), then locks its
configuration so a query cannot turn it back on. And every query has a time
limit (``sql.timeout_seconds``): a runaway query is interrupted from a timer
thread with ``con.interrupt()``, so it does not hang the shell. The warehouse is a
DuckLake: the extensions are loaded and the lake attached before the lock, and
what is left readable is the data files' folder (``allowed_directories``) and the
catalog file with SQLite's companions (``allowed_paths``), not the rest of the
catalog's folder; a session never blocks a load, it reads one snapshot.

Errors come out as :class:`QueryError` subclasses whose message is one line a
person can act on, so the CLI can print it as is.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from warehouse.catalog import Catalog, as_catalog
from warehouse.connection import connect
from warehouse.search import enable_search, wants_search

READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT})
"""Statement types that only read. DESCRIBE, SHOW, SUMMARIZE and PRAGMA listings parse as SELECT."""

READ_ONLY_MESSAGE = (
    "the warehouse is opened read-only: INSERT/UPDATE/DELETE/CREATE/DROP/ALTER/COPY/ATTACH/EXPORT "
    "and other writes are refused; only queries (SELECT, FROM, DESCRIBE, SHOW, SUMMARIZE) run here"
)


class QueryError(RuntimeError):
    """A query that could not run; the message is one line meant for the person who typed it."""


class ReadOnlyQueryError(QueryError):
    """The statement would write (to the warehouse or to a file) and was refused."""


class WarehouseUnavailableError(QueryError):
    """The warehouse file is missing or a load holds it."""


class ExternalAccessError(QueryError):
    """The query tried to read a file, a URL or an extension outside the warehouse."""


class QueryTimeoutError(QueryError):
    """The query ran past its time limit and was stopped."""


DEFAULT_TIMEOUT_SECONDS = 60.0
"""The default of ``sql.timeout_seconds``."""

CONFINEMENT = (
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET enable_external_access = false",
    "SET lock_configuration = true",
)
"""Run on every analyst connection, in this order: the lock comes last, once the rest is set."""

EXTERNAL_ACCESS_MESSAGE = (
    "queries may read only the warehouse: files, URLs and extensions are off "
    "(read_csv, read_text, read_blob, read_parquet, glob, ATTACH, INSTALL, LOAD)"
)


def query(
    path: Catalog | Path,
    sql: str,
    params: Sequence[Any] | None = None,
    *,
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
    snapshot: int | None = None,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only statement and return its columns and rows.

    Args:
        path: The warehouse (its DuckLake catalog, or the path of its SQLite catalog file).
        sql: One statement; ``?`` marks where each parameter goes.
        params: Values bound to the ``?`` placeholders in order (never pasted into ``sql``).
        timeout_seconds: How long the query (execution and fetching) may run.
        snapshot: Query the warehouse as it was at this snapshot (``runs.snapshot_id``).

    Returns:
        (column names, rows as tuples).

    Raises:
        ReadOnlyQueryError: The statement is not a read.
        ExternalAccessError: The statement reads a file, URL or extension outside the warehouse.
        QueryTimeoutError: The statement ran past ``timeout_seconds`` and was stopped.
        WarehouseUnavailableError: The file does not exist or a load holds it.
        QueryError: The statement is malformed or fails (syntax, unknown table, bad parameter).
    """
    _check_is_one_read(sql)
    catalog = as_catalog(path)
    con = _open(catalog, snapshot)
    expired = threading.Event()

    def stop() -> None:
        expired.set()
        con.interrupt()

    timer = threading.Timer(timeout_seconds, stop)
    timer.daemon = True
    try:
        if wants_search(sql):
            enable_search(con)
        con.execute("SET allowed_directories = ?", [catalog.local_dirs(con)])
        con.execute("SET allowed_paths = ?", [catalog.local_files()])
        for statement in CONFINEMENT:
            con.execute(statement)
        timer.start()
        cursor = con.execute(sql, list(params) if params is not None else None)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return columns, cursor.fetchall()
    except duckdb.Error as exc:
        if expired.is_set() and isinstance(exc, duckdb.InterruptException):
            raise QueryTimeoutError(
                f"query stopped after the {timeout_seconds:g} s limit (setting sql.timeout_seconds, "
                "WIREFACTS_SQL__TIMEOUT_SECONDS); narrow it with WHERE or LIMIT"
            ) from exc
        raise _explain(exc) from exc
    finally:
        timer.cancel()
        con.close()


def _check_is_one_read(sql: str) -> None:
    """Refuse writes and multi-statement text before touching the file."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(one_line(exc)) from exc
    if any(s.type not in READ_STATEMENTS for s in statements):
        raise ReadOnlyQueryError(READ_ONLY_MESSAGE)
    if len(statements) != 1:
        raise QueryError(f"give exactly one statement (got {len(statements)})")


def _open(catalog: Catalog, snapshot: int | None) -> duckdb.DuckDBPyConnection:
    """A read-only connection (a load never holds it up), with the usual failures said plainly."""
    where = catalog.describe()
    if not catalog.exists():
        raise WarehouseUnavailableError(
            f"no warehouse at {where}: run `wirefacts run` first, or pass --warehouse FILE"
        )
    try:
        return connect(catalog, read_only=True, snapshot=snapshot)
    except duckdb.Error as exc:
        text = one_line(exc)
        if snapshot is not None and "snapshot" in text.lower():
            raise WarehouseUnavailableError(
                f"no snapshot {snapshot} in warehouse {where}: expired by `wirefacts maintain`, or never "
                "made (runs.snapshot_id lists the loads' snapshots; `wirefacts maintain --dry-run` "
                "says what would go)"
            ) from exc
        raise WarehouseUnavailableError(f"cannot open warehouse {where}: {text}") from exc


def _explain(exc: duckdb.Error) -> QueryError:
    """Map DuckDB's error to ours; a write refused by the read-only connection gets the clear message."""
    text = str(exc)
    if isinstance(exc, duckdb.PermissionException) or "disabled by configuration" in text:
        return ExternalAccessError(f"{EXTERNAL_ACCESS_MESSAGE}: {one_line(exc)}")
    if "read-only mode" in text or "read only" in text.lower():
        return ReadOnlyQueryError(READ_ONLY_MESSAGE)
    return QueryError(one_line(exc))


def one_line(exc: BaseException) -> str:
    """DuckDB messages span lines (the query with a caret under it); keep the sentence, on one line."""
    return " ".join(str(exc).split("\nLINE ", 1)[0].split())
