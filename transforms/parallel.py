"""Run a pure-Python stage over a large night's slices on several cores, the calling process included.

The parse and extract stages are CPU-bound Python, so on a large night they cut
their input into contiguous slices and spread them over ``workers`` cores. The
process that asks used to wait idle while ``workers`` spawned processes did the
work, each paying for its own interpreter, pyarrow and the stage's tables (the
extractor's unit registry and gazetteer): on all of Reuters-21578 two extraction
workers held some 450 MB beside a driver that already had those tables loaded (the
warm-up thread, :mod:`flows.warm_up`). :func:`map_in_order` spawns ``workers - 1``
processes and lets the caller work too: the pool takes slices from the front of
the list, the caller from the back, so they meet wherever the slices' costs put
them, with the same cores busy and one process fewer.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_in_order(fn: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``[fn(item) for item in items]`` on ``workers`` cores: this process and ``workers - 1`` spawned ones.

    ``fn`` must be a module-level function (it is pickled to the spawned processes)
    and its items and results picklable. The results are in the order of ``items``,
    whichever process computed each, so the outcome does not depend on ``workers``.

    The spawned processes take items in order from the front (a process pool hands
    out its queue in submission order); this process takes them from the back, by
    cancelling an item's future before the pool starts it, and stops at the first item
    the pool already holds: every item before that one is the pool's too.
    """
    if workers <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    context = multiprocessing.get_context("spawn")  # fork is unsafe beside Prefect's threads
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        futures: list[Future[R]] = [pool.submit(fn, item) for item in items]
        mine: dict[int, R] = {}
        try:
            for index in reversed(range(len(items))):
                if not futures[index].cancel():
                    break
                mine[index] = fn(items[index])
            return [mine[i] if i in mine else futures[i].result() for i in range(len(items))]
        except BaseException:
            for future in futures:
                future.cancel()
            raise
