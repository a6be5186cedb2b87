"""Fault-injection points for crash-safety tests.

Setting ``WIREFACTS_FAULT_PAUSE`` to a point's name (``load``: inside the load
transaction, after the night's old rows are deleted and new ones inserted;
``parquet``: after a Parquet file is written to its temporary name, before the
rename) makes the process write the file named by ``WIREFACTS_FAULT_MARKER``
and sleep there, so a test can SIGKILL it at exactly that moment. A point may
also be asked for one night only, ``transform@2026-11-21`` (the night a point
passes as ``where``). Unset, a point costs one environment lookup.
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


def fault_point(name: str, where: str | None = None) -> None:
    """Pause (or raise) here when the environment asks for this point, or for it at ``where``."""
    asked = os.environ.get(RAISE_ENV)
    if asked is not None and asked in (name, f"{name}@{where}"):
        raise InjectedFault(f"fault injected at {asked}")
    if os.environ.get(PAUSE_ENV) != name:
        return
    marker = os.environ.get(MARKER_ENV)
    if marker:
        Path(marker).write_text(f"{name} {os.getpid()}\n")
    time.sleep(60)
