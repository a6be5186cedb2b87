"""Opening the warehouse (a DuckLake): extensions, attach, migrations once, retried commits.

Every connection is an in-memory DuckDB with the lake attached as ``wh`` and
made the default database, so SQL says ``facts``, not ``wh.facts``. Readers and
writers in other processes never block each other: each transaction sees one
whole snapshot. Two writers committing at once may conflict (the SQLite
catalog answers "database is locked" to the one that started reading before the
other committed; DuckLake refuses logically conflicting changes); the loser's
whole transaction is run again by :func:`write_transaction`, so nothing is lost.
The first writable connection of a process to a catalog migrates it.

Loading the extensions and attaching the lake are what opening costs (each ``LOAD``
checks the extension file's signature; an attach reads the catalog), so code that opens
the warehouse several times a night uses :func:`session`: on leaving, the in-memory
DuckDB is kept, lake attached, for this process's next :func:`connect` to the same
catalog in the same mode. An attachment is not pinned to a snapshot: every transaction
DuckLake begins reads the newest one, tables and columns included, whoever committed it.
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse.catalog import ALIAS, Catalog, as_catalog, attach, load_extensions, prepare_sqlite
from warehouse.schema import migrate

T = TypeVar("T")

_MIGRATED: set[tuple[str, int]] = set()
"""Catalogs (metadata, SQLite inode) this process has migrated: a file made anew is migrated again."""
_MIGRATE_LOCK = threading.Lock()


_SpareKey = tuple[int, str, bool, int]
"""What a kept connection was opened for: (process, catalog metadata, read-only, SQLite catalog inode)."""
_SPARES: list[tuple[_SpareKey, duckdb.DuckDBPyConnection]] = []
"""In-memory DuckDBs with the lake attached and no transaction open, with what they were opened for,
oldest first. A catalog file made anew has a new inode, so an attachment to the old one is never reused."""
_SPARES_LOCK = threading.Lock()
MAX_SPARES = 4
"""Spare DuckDBs kept in all (the oldest is closed): a writer and a reader per thread opening the lake."""


class WarehouseBusyError(RuntimeError):
    """Commits kept conflicting with other writers for longer than we were willing to retry."""


class WarehouseMissingError(RuntimeError):
    """A reader asked for a warehouse that does not exist yet."""


def connect(
    target: Catalog | Path | str,
    *,
    read_only: bool = False,
    snapshot: int | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, migrating it to the current schema when writable.

    This is the one way code, tests and benchmarks open the warehouse.

    Args:
        target: The lake (:class:`~warehouse.catalog.Catalog`) or the path of its SQLite catalog file
            (created when missing and writable).
        read_only: Open for reading only; no migration, no writes possible.
        snapshot: Open the warehouse as it was at this snapshot (read-only).

    Returns:
        An open connection whose default database is the warehouse.

    Raises:
        WarehouseMissingError: Reading a SQLite catalog file that does not exist.
    """
    catalog = _resolved(as_catalog(target))
    file = catalog.sqlite_file
    if file is not None:
        if read_only or snapshot is not None:
            if not file.is_file():
                raise WarehouseMissingError(f"no warehouse at {file}: run `wirefacts run` first")
        else:
            prepare_sqlite(file)
    con = _spare(_spare_key(catalog, read_only)) if snapshot is None else None
    try:
        if con is not None:
            con.execute(f"USE {ALIAS}")
        else:
            con = duckdb.connect(":memory:")
            load_extensions(con, catalog)
            attach(con, catalog, read_only=read_only, snapshot=snapshot)
        if not (read_only or snapshot is not None):
            key = (catalog.metadata, file.stat().st_ino if file is not None else 0)
            with _MIGRATE_LOCK:  # a warm-up thread may be migrating it now: wait for it, do not race it
                if key not in _MIGRATED:
                    write_transaction(con, migrate)
                    _MIGRATED.add(key)
    except BaseException:
        if con is not None:
            con.close()
        raise
    return con


@contextlib.contextmanager
def session(target: Catalog | Path | str, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A :func:`connect` connection for the block; it is kept, lake attached, for the process's next one.

    A night opens the warehouse several times (its ``running`` row, the backfill's wait for
    the night before, the load), each time for little work: reusing the connection leaves
    nothing to pay but the block's own queries (a new one loads the extensions and attaches,
    about 0.2 CPU-s; an attach alone about 0.04). What the block reads is still the newest
    snapshot: DuckLake takes it at each transaction's start. A block that raises, or leaves
    a transaction open, closes the connection instead: its state is not known.
    """
    catalog = _resolved(as_catalog(target))
    con = connect(catalog, read_only=read_only)
    try:
        yield con
    except BaseException:
        con.close()
        raise
    _keep(con, _spare_key(catalog, read_only))


def _spare_key(catalog: Catalog, read_only: bool) -> _SpareKey:
    """What a connection to ``catalog`` in this mode is kept and found again under."""
    file = catalog.sqlite_file
    try:
        inode = file.stat().st_ino if file is not None else 0
    except OSError:  # not made yet (a reader's connect says so)
        inode = -1
    return (os.getpid(), catalog.metadata, read_only, inode)


def _spare(key: _SpareKey) -> duckdb.DuckDBPyConnection | None:
    """A kept connection opened for ``key``, if this process has one."""
    with _SPARES_LOCK:
        for index in range(len(_SPARES) - 1, -1, -1):
            if _SPARES[index][0] == key:
                return _SPARES.pop(index)[1]
    return None


def _keep(con: duckdb.DuckDBPyConnection, key: _SpareKey) -> None:
    """Keep the connection for the next :func:`connect` of this key; close it if a transaction is open."""
    try:
        con.begin()  # refused while the block's own transaction is open: such a connection is not kept
        con.rollback()
    except duckdb.Error:
        con.close()
        return
    pid = os.getpid()
    with _SPARES_LOCK:
        # a forked child's copies of its parent's DuckDBs are forgotten, never closed (they are the parent's)
        _SPARES[:] = [spare for spare in _SPARES if spare[0][0] == pid]
        _SPARES.append((key, con))
        oldest = _SPARES.pop(0)[1] if len(_SPARES) > MAX_SPARES else None
    if oldest is not None:
        oldest.close()


def reattach(con: duckdb.DuckDBPyConnection, target: Catalog | Path | str) -> None:
    """Attach the warehouse afresh, read-only, on a connection :func:`connect` opened read-only.

    An attachment already reads the newest snapshot at each transaction: this is a safeguard
    for code that polls one attachment for a long time (a new attachment opens the catalog
    file anew), at about a quarter of :func:`connect`'s CPU time (the extensions stay loaded).
    """
    con.execute("USE memory")
    con.execute(f"DETACH {ALIAS}")
    attach(con, _resolved(as_catalog(target)), read_only=True)


def _resolved(catalog: Catalog) -> Catalog:
    """The catalog with the data path to attach it with: the lake's stored one once the file exists."""
    file = catalog.sqlite_file
    if file is not None and file.is_file():
        # the data path is the lake's own once created (DuckLake refuses another): use the stored one
        return replace(catalog, data_path="")
    if file is not None and not catalog.data_path:
        return replace(catalog, data_path=f"{file}.files/")  # a bare catalog path: data beside it
    return catalog


def is_retryable(exc: BaseException) -> bool:
    """A commit that lost a race with another writer (and may simply be run again)."""
    text = str(exc).lower()
    return isinstance(exc, duckdb.Error) and any(
        word in text
        for word in ("database is locked", "conflict", "busy", "could not serialize", "maximum retry count")
    )


def write_transaction(
    con: duckdb.DuckDBPyConnection,
    body: Callable[[duckdb.DuckDBPyConnection], T],
    *,
    deadline_seconds: float = 300.0,
) -> T:
    """Run ``body`` in one transaction (one snapshot), running it again while commits conflict.

    ``body`` must be safe to run twice (the loader's delete-then-insert is): a lost
    race rolls everything back, so the second run starts from the new snapshot.

    Raises:
        WarehouseBusyError: Still conflicting after ``deadline_seconds``.
    """
    deadline = time.monotonic() + deadline_seconds
    delay = 0.05
    retried_at_once = False
    while True:
        con.begin()
        try:
            result = body(con)
            con.commit()
            return result
        except Exception as exc:
            _rollback(con)
            if not is_retryable(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusyError(
                    f"warehouse commits kept conflicting for {deadline_seconds:.0f}s: {exc}"
                ) from exc
            if not retried_at_once:
                # A commit that lost a race usually lost to a writer that has committed by now (a
                # SQLite catalog says "database is locked" for that too). Waiting would only idle a
                # core (a backfill's loads lose this way to each other's ``running`` rows), so the
                # first loss runs again at once; should the other writer still hold the lock, that
                # costs one run of the body, and every later loss backs off.
                retried_at_once = True
                continue
        time.sleep(delay * (1 + random.random()))
        delay = min(delay * 2, 2.0)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open (a failed COMMIT has already ended it)."""
    with contextlib.suppress(duckdb.Error):
        con.rollback()
