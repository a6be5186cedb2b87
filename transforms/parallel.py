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

A spawned process costs its interpreter, its imports and the stage's tables before it
does any work: about a second of the other core at the start of each stage, while this
process works alone. A night that knows it will fan out keeps its processes for its
stages instead (:func:`kept_processes`): they are started when the night starts, warm up
while the night fetches (when only one core is busy), and serve parse and extract in turn.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_in_order(fn: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``[fn(item) for item in items]`` on ``workers`` cores: this process and ``workers - 1`` spawned ones.

    ``fn`` must be a module-level function (it is pickled to the spawned processes)
    and its items and results picklable. The results are in the order of ``items``,
    whichever process computed each, so the outcome does not depend on ``workers``.

    The spawned processes take items in order from the front, this process takes them
    from the back, and they meet wherever the items' costs put them. A feeder thread
    hands a spawned process its next item the moment it returns one, so each holds one
    item at a time and none is ever queued where this process could have taken it: at
    the end nobody waits for more than the one item still running. (Taking queued items
    back with ``Future.cancel`` would do the same, but a pool that breaks with cancelled
    items in it hangs on Python 3.11 instead of raising.)

    Raises:
        Whatever ``fn`` raised first, in either process; ``BrokenProcessPool`` when a
        spawned process died.
    """
    if workers <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    results: dict[int, R] = {}
    errors: list[BaseException] = []
    lock = threading.Lock()
    unclaimed = [0, len(items)]  # items[front:back] are nobody's yet

    def claim(front: bool) -> int | None:
        with lock:
            if errors or unclaimed[0] >= unclaimed[1]:
                return None
            if front:
                unclaimed[0] += 1
                return unclaimed[0] - 1
            unclaimed[1] -= 1
            return unclaimed[1]

    def fail(exc: BaseException) -> None:
        with lock:
            errors.append(exc)

    with _pool_for(workers - 1) as pool:
        running: dict[Future[R], int] = {}

        def top_up() -> None:
            """Give every spawned process one item from the front, while any is unclaimed."""
            while len(running) < workers - 1 and (index := claim(front=True)) is not None:
                running[pool.submit(fn, items[index])] = index

        def feed() -> None:
            """Hand each spawned process its next item as it returns one, until none is left."""
            try:
                while running:
                    done, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        results[running.pop(future)] = future.result()
                    top_up()
            except BaseException as exc:  # the items still running finish as the pool shuts down
                fail(exc)

        top_up()  # before this process takes any: the front is the pool's however threads are scheduled
        feeder = threading.Thread(target=feed, name="map-in-order-feeder", daemon=True)
        feeder.start()
        try:
            while (index := claim(front=False)) is not None:
                results[index] = fn(items[index])
        except BaseException as exc:
            fail(exc)
        feeder.join()
        if errors and isinstance(errors[0], BrokenProcessPool):
            _forget_if_kept(pool)  # a kept process died: no later stage gets the broken pool
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(items))]


_KEPT: dict[int, tuple[int, ProcessPoolExecutor]] = {}
"""The processes kept by :func:`kept_processes` for this process (by pid): how many, and their pool."""
_KEPT_LOCK = threading.Lock()


def _spawned(count: int, warm: Callable[[], object] | None = None) -> ProcessPoolExecutor:
    """``count`` spawned processes (fork is unsafe beside Prefect's threads), each running ``warm`` first."""
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=warm)


@contextlib.contextmanager
def _pool_for(count: int) -> Iterator[ProcessPoolExecutor]:
    """The kept pool when it has ``count`` processes; else a pool of this map's own, shut down after it."""
    with _KEPT_LOCK:
        kept = _KEPT.get(os.getpid())
    if kept is not None and kept[0] == count:
        yield kept[1]
        return
    with _spawned(count) as pool:
        yield pool


@contextlib.contextmanager
def kept_processes(workers: int, warm: Callable[[], object] | None = None) -> Iterator[None]:
    """Start ``workers - 1`` spawned processes now and let every :func:`map_in_order` of the block use them.

    The processes start at once and run ``warm`` (a module-level function: imports, the
    stage's tables), so the stages that fan out find them ready. They stop when the block
    ends or at :func:`release_kept_processes`, whichever comes first. With ``workers`` of 1
    nothing is started, nor inside a block that already keeps as many (the command line
    starts them before it imports Prefect; the flow it runs starts them when run alone).
    """
    with _KEPT_LOCK:
        kept = _KEPT.get(os.getpid())
    if workers <= 1 or (kept is not None and kept[0] == workers - 1):
        yield  # nothing to start, or an enclosing block (the command line's) already keeps them
        return
    pool = _spawned(workers - 1, warm)
    for _ in range(workers - 1):  # a pool spawns its processes on demand: ask for each now
        pool.submit(os.getpid)
    with _KEPT_LOCK:
        _KEPT[os.getpid()] = (workers - 1, pool)
    try:
        yield
    finally:
        release_kept_processes()


def _forget_if_kept(pool: ProcessPoolExecutor) -> None:
    """Stop keeping ``pool`` (it broke); the next map spawns a pool of its own."""
    with _KEPT_LOCK:
        kept = _KEPT.get(os.getpid())
    if kept is not None and kept[1] is pool:
        release_kept_processes()


def release_kept_processes() -> None:
    """Stop the kept processes now (the last stage that fans out is done: their memory is let go)."""
    with _KEPT_LOCK:
        kept = _KEPT.pop(os.getpid(), None)
    if kept is not None:
        kept[1].shutdown(wait=True, cancel_futures=True)
