"""Night locks: a second run of the same night waits or fails clearly; a killed holder frees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from flows.io.locks import LockPlace, NightLockedError, night_held_elsewhere, night_lock, night_lock_held

NIGHT = date(2026, 11, 23)
HOLD = (
    "import sys, time; from datetime import date; from pathlib import Path\n"
    "from flows.io.locks import night_lock\n"
    "with night_lock(Path(sys.argv[1]), date(2026, 11, 23), 'other-run'):\n"
    "    print('held', flush=True); time.sleep(60)\n"
)


def _holder(lake: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(lake)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_second_run_of_a_held_night_fails_with_who_holds_it(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    try:
        with (
            pytest.raises(
                NightLockedError, match=r"night 2026-11-23 is already being processed \(run other-run pid"
            ),
            night_lock(tmp_path, NIGHT, "me", wait_seconds=0.5),
        ):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_a_killed_run_is_recovered(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    started = time.monotonic()
    with night_lock(tmp_path, NIGHT, "me", wait_seconds=5) as path:
        assert '"run_id": "me"' in path.read_text()
    assert time.monotonic() - started < 2


def test_other_nights_are_independent(tmp_path: Path) -> None:
    with night_lock(tmp_path, NIGHT, "a"), night_lock(tmp_path, date(2026, 11, 24), "b"):
        pass


PG_HOLD = (
    "import sys, time; from datetime import date; from pathlib import Path\n"
    "from flows.io.locks import LockPlace, night_lock\n"
    "place = LockPlace.for_catalog(Path(sys.argv[1]), sys.argv[2])\n"
    "with night_lock(place, date(2026, 11, 23), 'other-run'):\n"
    "    print('held', flush=True); time.sleep(60)\n"
)


def _pg_holder(folder: Path, catalog: str) -> subprocess.Popen[str]:
    """Another process holding the night in PostgreSQL (its own lock folder: nothing shared on disk)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", PG_HOLD, str(folder), catalog], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_postgres_catalogs_night_is_locked_for_every_machine(postgres: str, tmp_path: Path) -> None:
    """Two "machines" (processes with separate lock folders) share the night's lock through PostgreSQL."""
    holder = _pg_holder(tmp_path / "machine-a", postgres)
    mine = LockPlace.for_catalog(tmp_path / "machine-b", postgres)
    try:
        assert night_held_elsewhere(mine, NIGHT) is not None
        assert "run other-run from" in (night_held_elsewhere(mine, NIGHT) or "")
        with (
            pytest.raises(
                NightLockedError, match=r"night 2026-11-23 is already being processed \(run other-run from"
            ),
            night_lock(mine, NIGHT, "me", wait_seconds=0.5),
        ):
            pass
        with night_lock(mine, date(2026, 11, 24), "me"):  # other nights are free
            pass
    finally:
        holder.kill()
        holder.wait()
    # the holder was killed outright: the server ended its session, so the night is free again
    with night_lock(mine, NIGHT, "me", wait_seconds=30):
        assert night_held_elsewhere(mine, NIGHT) is not None  # held by this block, seen by a probe
    assert night_held_elsewhere(mine, NIGHT) is None
    assert not (tmp_path / "machine-b").exists()  # no lock file: the database is the one place


def test_a_bad_postgres_connection_string_fails_clearly(tmp_path: Path) -> None:
    import psycopg

    place = LockPlace.for_catalog(tmp_path, "postgres:host=127.0.0.1 port=1 dbname=none connect_timeout=2")
    with pytest.raises(psycopg.OperationalError, match=r"127\.0\.0\.1"), night_lock(place, NIGHT, "me"):
        pass


def test_a_watcher_sees_a_night_held_and_then_let_go(tmp_path: Path) -> None:
    place = LockPlace(tmp_path)
    assert night_lock_held(place, NIGHT) is False  # never locked: no lock file yet
    with night_lock(place, NIGHT, "me"):
        assert night_lock_held(place, NIGHT) is True
        with night_lock(place, date(2026, 11, 24), "me"):
            pass  # the watch probe never takes the lock from its holder
        assert night_lock_held(place, NIGHT) is True
    assert night_lock_held(place, NIGHT) is False
    assert night_lock_held(LockPlace(tmp_path, postgres="dbname=x"), NIGHT) is None  # not watched
