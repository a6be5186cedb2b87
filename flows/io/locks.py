"""One run per night at a time: a lock file per night, or a PostgreSQL advisory lock.

Where the catalog is PostgreSQL (many machines), the night's lock is a session-level
advisory lock in that database (``pg_try_advisory_lock(class, night)``, see
:class:`LockPlace`): every machine that can load the warehouse reaches it, and the
server releases it when the holder's connection ends, however the holder ends
(SIGKILL, a machine lost: when its TCP connection drops). The holder's run id is its
connection's ``application_name``, so a waiting run can say who holds the night.

Otherwise the lock is ``fcntl.flock`` on ``<locks>/night=<D>.lock``, where ``<locks>`` is
``<lake>/_locks`` for a local lake and ``_locks/`` beside the warehouse when the
lake is object storage (see :meth:`flows.settings.Settings.locks_dir`). The operating
system releases it when the holding process ends, however it ends (SIGKILL
included), so a crashed run never leaves a stale lock behind: the next run
finds the file, takes the lock and goes on. The file's content says who holds
it, for the message a waiting run prints. ``flock`` coordinates processes on
one machine or on a shared POSIX file system, which is all a SQLite catalog (a file
on one machine) needs; ``wirefacts serve`` also sets the deployment's Prefect
concurrency limit to one.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

PG_LOCK_CLASS = 0x77660001
"""The first key of every night's PostgreSQL advisory lock (the second is the night's ordinal):
a constant of this project's, so its locks never meet another application's in the same database."""
POLL_SECONDS = 0.2


@dataclass(frozen=True, slots=True)
class LockPlace:
    """Where a warehouse's night locks live.

    Attributes:
        folder: The folder of lock files (and of failed runs' pending rows).
        postgres: The libpq connection string of a PostgreSQL catalog: night locks are
            advisory locks there, shared by every machine. None: lock files in ``folder``.
    """

    folder: Path
    postgres: str | None = None

    @classmethod
    def for_catalog(cls, folder: Path, metadata: str) -> LockPlace:
        """The lock place of a DuckLake catalog (``sqlite:...`` or ``postgres:<libpq string>``)."""
        return cls(folder, metadata.removeprefix("postgres:") if metadata.startswith("postgres:") else None)


class NightLockedError(RuntimeError):
    """Another run holds the night's lock for longer than we were willing to wait."""


@contextmanager
def night_lock(
    locks: Path | LockPlace, night: date, run_id: str, wait_seconds: float = 0.0
) -> Iterator[Path | None]:
    """Hold the night's lock for the duration of the block.

    Args:
        locks: The folder of lock files (created when missing), or a :class:`LockPlace`
            (a PostgreSQL one locks in the database).
        night: The night to lock.
        run_id: Written into the lock file (the PostgreSQL session's name) so a waiting
            run can say who holds it.
        wait_seconds: How long to wait for a running holder before giving up.

    Yields:
        The lock file's path (None for a PostgreSQL lock).

    Raises:
        NightLockedError: The lock was still held after ``wait_seconds``.
    """
    if isinstance(locks, LockPlace):
        if locks.postgres is not None:
            with _pg_night_lock(locks.postgres, night, run_id, wait_seconds):
                yield None
            return
        locks = locks.folder
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


def night_held_elsewhere(locks: Path | LockPlace, night: date) -> str | None:
    """Who holds the night's lock, or None when nobody does (a probe: the lock is not kept).

    The CLI asks before it starts Prefect, so a second run of a busy night fails in
    milliseconds with one line, and the next start asks it of every ``running`` row
    to tell a live run from a killed one. A lock this process holds through another
    descriptor counts as held (``flock`` locks belong to open file descriptions; a
    PostgreSQL lock belongs to a session, and the probe opens its own).
    """
    if isinstance(locks, LockPlace):
        if locks.postgres is not None:
            return _pg_held_elsewhere(locks.postgres, night)
        locks = locks.folder
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


def night_lock_held(locks: Path | LockPlace, night: date) -> bool | None:
    """Whether the night's lock file is held now, for a cheap watch; None where that is not cheap to tell.

    A probe of a lock file costs microseconds, so a run waiting for another night's run to end
    can look every few milliseconds; a PostgreSQL lock costs a session, so it is not watched
    (None): such a waiter asks the warehouse at its usual pace.
    """
    if isinstance(locks, LockPlace):
        if locks.postgres is not None:
            return None
        locks = locks.folder
    try:
        fd = os.open(Path(locks) / f"night={night}.lock", os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases the probe's lock, if it got it
    return False


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


def _pg_connect(conninfo: str, name: str) -> psycopg.Connection[tuple[object, ...]]:
    """A PostgreSQL session for locks (autocommit: a session lock outlives transactions)."""
    import psycopg

    return psycopg.connect(conninfo, autocommit=True, application_name=name[:63])


@contextmanager
def _pg_night_lock(conninfo: str, night: date, run_id: str, wait_seconds: float) -> Iterator[None]:
    """Hold the night's advisory lock in a session of its own, polling until ``wait_seconds``."""
    conn = _pg_connect(conninfo, f"wirefacts run {run_id}")
    try:
        deadline = time.monotonic() + wait_seconds
        while not _pg_try(conn, night):
            if time.monotonic() >= deadline:
                raise NightLockedError(locked_message(night, _pg_holder(conn, night)))
            time.sleep(POLL_SECONDS)
        yield
    finally:
        conn.close()  # ending the session releases its advisory locks


def _pg_try(conn: psycopg.Connection[tuple[object, ...]], night: date) -> bool:
    row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (PG_LOCK_CLASS, night.toordinal())).fetchone()
    return bool(row and row[0])


def _pg_held_elsewhere(conninfo: str, night: date) -> str | None:
    """Probe the night's advisory lock from a new session: who holds it, or None."""
    with _pg_connect(conninfo, "wirefacts lock probe") as conn:
        if _pg_try(conn, night):
            conn.execute("SELECT pg_advisory_unlock(%s, %s)", (PG_LOCK_CLASS, night.toordinal()))
            return None
        return _pg_holder(conn, night)


def _pg_holder(conn: psycopg.Connection[tuple[object, ...]], night: date) -> str:
    """Who holds the night's advisory lock, from the holder's session (its name is the run)."""
    row = conn.execute(
        "SELECT a.application_name, coalesce(host(a.client_addr), 'the database host'), a.pid, "
        "date_trunc('second', a.backend_start) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s::bigint::oid "
        "AND l.objid = %s::bigint::oid AND l.objsubid = 2",
        (PG_LOCK_CLASS, night.toordinal()),
    ).fetchone()
    if row is None:
        return "holder unknown"
    name, host, pid, since = row
    who = str(name).removeprefix("wirefacts ") if str(name).startswith("wirefacts ") else f"session {name!r}"
    return f"{who} from {host} (PostgreSQL backend {pid}) since {since}"
