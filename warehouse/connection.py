"""Opening the DuckDB file: one writer, many readers, migrations once per process.

DuckDB lets one process write a file at a time; another process that tries
gets a lock error. Writers therefore retry with backoff for a while before
giving up with a clear message, instead of failing a night on a passing reader.
The first writable connection of a process to a warehouse file migrates it;
later ones do not run the migrations again (a night connects several times).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb

from warehouse.schema import migrate

_MIGRATED: set[tuple[str, int, int]] = set()
"""Warehouse files (path, device, inode) this process has migrated: a file made anew is migrated again."""


class WarehouseBusyError(RuntimeError):
    """Another process held the warehouse for longer than we were willing to wait."""


def connect(path: Path, *, read_only: bool = False, wait_seconds: float = 60.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, migrating it to the current schema when writable.

    Args:
        path: The DuckDB file (created when missing and writable).
        read_only: Open for reading only; no migration, no writes possible.
        wait_seconds: How long to retry while another process holds the lock.

    Returns:
        An open connection.

    Raises:
        WarehouseBusyError: The lock was not released in time.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                if "lock" in str(exc).lower():
                    raise WarehouseBusyError(
                        f"warehouse {path} is locked by another process (waited {wait_seconds:.0f}s): {exc}"
                    ) from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
    if not read_only:
        stat = os.stat(path)
        key = (str(path.resolve()), stat.st_dev, stat.st_ino)
        if key not in _MIGRATED:
            migrate(con)
            _MIGRATED.add(key)
    return con
