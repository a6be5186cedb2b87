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

from flows.io.locks import NightLockedError, night_lock

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
