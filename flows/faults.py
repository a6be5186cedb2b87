"""Fault-injection points for crash-safety tests.

Setting ``WIREFACTS_FAULT_PAUSE`` to a point's name (``load``: inside the load
transaction, after the night's old rows are deleted and new ones inserted;
``parquet``: after a Parquet file is written to its temporary name, before the
rename) makes the process write the file named by ``WIREFACTS_FAULT_MARKER``
and sleep there, so a test can SIGKILL it at exactly that moment. Unset, a
point costs one environment lookup.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_ENV = "WIREFACTS_FAULT_PAUSE"
MARKER_ENV = "WIREFACTS_FAULT_MARKER"
RAISE_ENV = "WIREFACTS_FAULT_RAISE"
"""Set to a point's name to make it raise :class:`InjectedFault` instead (the failed-run tests)."""


class InjectedFault(RuntimeError):
    """A failure a test asked for at a fault point."""


def fault_point(name: str) -> None:
    """Pause here for a minute (or raise) when the environment asks for this point."""
    if os.environ.get(RAISE_ENV) == name:
        raise InjectedFault(f"fault injected at {name}")
    if os.environ.get(PAUSE_ENV) != name:
        return
    marker = os.environ.get(MARKER_ENV)
    if marker:
        Path(marker).write_text(f"{name} {os.getpid()}\n")
    time.sleep(60)
