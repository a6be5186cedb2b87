"""Progress callbacks for long runs (the CLI's progress bar), kept out of anything Prefect pickles.

A flow's function is pickled by value when tasks run in other processes, with
the globals it uses; callbacks that close over a terminal (and its locks) must
therefore live here, behind functions, not in the flow's module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.results import RunSummary

ProgressCallback = Callable[["RunSummary", int, int], None]
_callbacks: list[ProgressCallback] = []


@contextmanager
def on_night_done(callback: ProgressCallback) -> Iterator[None]:
    """Call ``callback(night_summary, done, total)`` after each night of a backfill loads."""
    _callbacks.append(callback)
    try:
        yield
    finally:
        _callbacks.remove(callback)


def night_done(summary: RunSummary, done: int, total: int) -> None:
    """Tell every registered callback that a night finished."""
    for callback in list(_callbacks):
        callback(summary, done, total)
