"""One run per night at a time: an advisory lock file per night.

The lock is ``fcntl.flock`` on ``<locks>/night=<D>.lock``, where ``<locks>`` is
``<lake>/_locks`` for a local lake and ``_locks/`` beside the warehouse when the
lake is object storage (see :meth:`flows.settings.Settings.locks_dir`). The operating
system releases it when the holding process ends, however it ends (SIGKILL
included), so a crashed run never leaves a stale lock behind: the next run
finds the file, takes the lock and goes on. The file's content says who holds
it, for the message a waiting run prints. ``flock`` coordinates processes on
one machine or on a shared POSIX file system. Object storage has no locks, but
every write of a night goes through the one loader beside the DuckDB file, so a
lock on that machine is enough; ``wirefacts serve`` also sets the deployment's
Prefect concurrency limit to one.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path


class NightLockedError(RuntimeError):
    """Another run holds the night's lock for longer than we were willing to wait."""


@contextmanager
def night_lock(locks: Path, night: date, run_id: str, wait_seconds: float = 0.0) -> Iterator[Path]:
    """Hold the night's lock for the duration of the block.

    Args:
        locks: The folder of lock files (created when missing).
        night: The night to lock.
        run_id: Written into the lock file so a waiting run can say who holds it.
        wait_seconds: How long to wait for a running holder before giving up.

    Yields:
        The lock file's path.

    Raises:
        NightLockedError: The lock was still held after ``wait_seconds``.
    """
    path = Path(locks) / f"night={night}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, night, wait_seconds)
        holder = {
            "run_id": run_id,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def night_held_elsewhere(locks: Path, night: date) -> str | None:
    """Who holds the night's lock, or None when nobody does (a probe: the lock is not kept).

    The CLI asks before it starts Prefect, so a second run of a busy night fails in
    milliseconds with one line, and the next start asks it of every ``running`` row
    to tell a live run from a killed one. A lock this process holds through another
    descriptor counts as held (``flock`` locks belong to open file descriptions).
    """
    path = Path(locks) / f"night={night}.lock"
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return _holder(path)
    finally:
        os.close(fd)  # releases the probe's lock, if it got it
    return None


def locked_message(night: date, holder: str) -> str:
    """The one line a run of a night that another run holds says."""
    return f"night {night} is already being processed ({holder}); wait for that run to finish, or stop it"


def _acquire(fd: int, path: Path, night: date, wait_seconds: float) -> None:
    """Take the lock, polling until ``wait_seconds`` have passed."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise NightLockedError(locked_message(night, _holder(path))) from None
            time.sleep(0.2)


def _holder(path: Path) -> str:
    """Who holds the lock, as the holder wrote it."""
    try:
        info = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        return "holder unknown"
    return f"run {info.get('run_id')} pid {info.get('pid')} on {info.get('host')} since {info.get('since')}"
