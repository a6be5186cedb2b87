"""Backfills: many nights, each transformed and committed by a worker, committed in date order.

``wirefacts backfill --start D1 --end D2`` runs every night of the range. Two ways
to say what a night holds:

* **from the source** (default): every payload of the source is landed and read
  once, payload by payload, and its articles are staged in the lake by
  publication date (``staging/<backfill>/night=D/<payload>.parquet``), so night D
  gets what was published in [D, D+1). Memory stays bounded by one payload plus
  one night. Undated articles cannot be placed and are counted, not loaded.
* **``--reextract``**: night D replays the payloads its earlier run landed (the
  lake's raw manifest of D) without touching the source, so a new extractor can
  be rolled over history; facts record the extractor version.

Each night is one task on the configured task runner (threads or processes here,
or Dask workers, on this machine or others): the worker transforms the night
(parse, dedupe, extract, validate; lake only, no connection), then **commits it
itself**: under the night's lock it settles the night against the warehouse and
loads it, in one write transaction (one snapshot). The driver only stages the
range, hands out nights and collects their summaries; it never writes the warehouse.

Settle is order-dependent (a story re-sent on night N+1 is a duplicate of the one
loaded by night N, not the other way round), and a backfill must equal a serial
load row for row. So commits keep date order: before it settles, a worker waits
until the backfill's previous night is committed, as the warehouse itself says
(that night's ``runs`` row carries a ``snapshot_id``: :func:`wait_for_night`),
while the workers of later nights go on transforming. The turn is kept in the
catalog, not in the driver, so it holds for threads, processes and Dask workers
on several machines sharing a PostgreSQL catalog. If the previous night failed,
the night is not loaded either (:class:`PreviousNightFailedError`), as a serial
backfill would have stopped there.
"""

from __future__ import annotations

import gc
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.io.locks import LockPlace, night_held_elsewhere, night_lock_held
from flows.io.sources import FetchResult
from flows.pipeline import new_run_id, night_band, night_context, run_night
from flows.progress import night_done
from flows.results import NIGHT_COLUMNS, RunSummary, night_cells
from flows.settings import Settings, load_settings
from flows.stages import Transformed
from flows.staging import NightInput, nights_between, replay_inputs, staged_inputs
from flows.tasks import transform_task
from flows.transform import NightContext, Step
from warehouse.catalog import Catalog
from warehouse.connection import reattach, session

WAIT_POLL_SECONDS = 0.5
"""How often a worker asks the warehouse whether the night before its own is committed (one small query)."""
REATTACH_SECONDS = 5.0
"""How long a waiting worker queries one attachment of the lake before attaching it afresh (a safeguard)."""
LOCK_WATCH_SECONDS = 0.02
"""How often a waiting worker looks at the night before's lock file (a probe of microseconds): the
moment that run lets go of its night, the warehouse is asked at once, not at the next poll."""


class PreviousNightFailedError(RuntimeError):
    """The backfill's previous night failed, so this one is not loaded (a serial backfill stops there)."""


@dataclass(slots=True)
class BackfillSummary:
    """What a backfill did, for the CLI, the markdown artifact and benchmarks."""

    backfill_id: str
    start: date
    end: date
    nights: list[RunSummary] = field(default_factory=list)
    empty_nights: int = 0
    undated_or_outside: int = 0
    staging_seconds: float = 0.0
    seconds: float = 0.0
    stage_seconds: float = 0.0


def backfill_run_name() -> str:
    """Prefect's name for a backfill flow run: ``backfill-1987-03-01..1987-03-10``."""
    from prefect.runtime import flow_run

    return f"backfill-{flow_run.parameters.get('start')}..{flow_run.parameters.get('end')}"


@flow(name="wirefacts-backfill", flow_run_name=backfill_run_name, log_prints=True)
def backfill_flow(
    start: date,
    end: date,
    reextract: bool = False,
    data_docs: bool = False,
    settings: Settings | None = None,
    in_flight: int = 2,
) -> BackfillSummary:
    """Run every night from ``start`` to ``end``: workers transform in parallel and commit in date order.

    Args:
        start: First night.
        end: Last night (included).
        reextract: Replay each night's landed payloads instead of reading the source.
        data_docs: Render Data Docs pages for every night (validation results, quarantine
            and the offline run pages are kept either way; rendering doubles validation time).
        settings: The run's settings, whole (the source is ignored with ``reextract``);
            default: the config file's and the environment's.
        in_flight: How many nights the task runner transforms at once (its workers).

    Returns:
        The backfill summary.
    """
    settings = settings or load_settings()
    began = time.perf_counter()
    summary = BackfillSummary(uuid.uuid4().hex, start, end)
    # the workers start (imports, GX context, extractor tables: seconds each) while this process stages
    workers = in_flight if in_flight > 1 else 0  # one worker: this process, which stages first anyway
    warming = [warm_up_task.submit(settings.data_docs_dir()) for _ in range(workers)]
    lake_ = settings.open_lake()
    if reextract:
        inputs, summary.undated_or_outside = replay_inputs(
            lake_, nights_between(start, end), summary.backfill_id, start, settings.fetch.max_payload_bytes
        )
    else:
        inputs, summary.undated_or_outside = staged_inputs(settings, lake_, start, end, summary.backfill_id)
    summary.staging_seconds = round(time.perf_counter() - began, 3)
    summary.empty_nights = len(nights_between(start, end)) - len(inputs)
    band = night_band(settings, start)
    source_name = _source_name(settings, inputs, reextract)
    run_ids = {item.night: new_run_id() for item in inputs}

    previous = {later.night: (earlier.night, run_ids[earlier.night]) for earlier, later in pairwise(inputs)}

    def submit(item: NightInput) -> PrefectFuture[RunSummary]:
        ctx = night_context(
            settings, item.night, run_ids[item.night], source_name, band, build_docs=data_docs
        )
        return night_task.submit(settings, item, ctx, source_name, previous.get(item.night))

    # A sliding window of nights in flight, no more than there are workers: each submitted night
    # then has a worker of its own, so the night a worker waits for is always running or about to
    # (a worker waiting for a night still queued behind it would wait for ever). Runners do not
    # start tasks in the order they were submitted (Prefect's process pool submits from a thread
    # pool), so a larger window could queue night N behind N+1 and N+2 while two workers wait.
    # Memory follows a night's size, not the corpus's. One worker runs strictly one night after
    # another, so its stage times add up to the wall time and the difference is the orchestration
    # overhead the benchmark reports.
    window = max(1, in_flight)
    pending: deque[PrefectFuture[RunSummary]] = deque(submit(item) for item in inputs[:window])
    upcoming = iter(inputs[window:])
    done = 0
    with _collected_each_night() as collect:
        while pending:
            future = pending.popleft()
            night = future.result()
            del future
            collect()
            if (following := next(upcoming, None)) is not None:
                pending.append(submit(following))
            done += 1
            summary.nights.append(night)
            summary.stage_seconds += sum(night.stage_seconds.values())
            night_done(night, done, len(inputs))
    lake_.drop_staging(summary.backfill_id)
    for warm in warming:
        warm.wait()  # long done; a failed warm-up is met again, with its night, by the stage that needs it
    summary.seconds = round(time.perf_counter() - began, 3)
    _publish(summary)
    return summary


def run_backfill(
    settings: Settings, start: date, end: date, *, workers: int, reextract: bool, data_docs: bool = False
) -> BackfillSummary:
    """Run :func:`backfill_flow` on the task runner the settings name.

    Args:
        settings: Resolved settings (source, lake, warehouse, runner).
        start: First night.
        end: Last night.
        workers: Nights transformed at once: worker processes (one night at a time in
            this process when 1), or local Dask workers.
        reextract: Replay from the raw zone.
        data_docs: Render Data Docs pages for every night.
    """
    runner: TaskRunner[Any] = (
        ThreadPoolTaskRunner(max_workers=1) if workers == 1 else ProcessPoolTaskRunner(workers)
    )
    if settings.runner.kind == "dask":
        from prefect_dask.task_runners import DaskTaskRunner

        if settings.runner.dask_address:
            runner = DaskTaskRunner(address=settings.runner.dask_address)
        else:
            runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1})
    flow_ = backfill_flow.with_options(task_runner=runner)
    local_workers = workers > 1 and not (settings.runner.kind == "dask" and settings.runner.dask_address)
    with _one_api_for_local_workers(local_workers):
        result: BackfillSummary = flow_(
            start=start,
            end=end,
            reextract=reextract,
            data_docs=data_docs,
            settings=settings,
            in_flight=2 if settings.runner.kind == "dask" else workers,  # Dask workers: not known here
        )
    return result


@contextmanager
def _collected_each_night() -> Iterator[Callable[[], int]]:
    """Yield a cheap full garbage collection, to run once a night is loaded.

    A finished Prefect future sits in a reference cycle (its state, the result and
    the runner's callback list point at each other), so dropping a loaded night's
    ``Transformed`` frees nothing until a full collection. CPython runs those rarely
    with the ~500k long-lived objects the imports create, so without this the driver
    grows by ~12 MB per 1,000 stories over a long backfill. Freezing what exists
    before the first night keeps each collection to milliseconds instead of ~0.35 s.
    """
    gc.collect()
    gc.freeze()
    try:
        yield gc.collect
    finally:
        gc.unfreeze()


@contextmanager
def _one_api_for_local_workers(enabled: bool) -> Iterator[None]:
    """Make worker processes on this machine report to this process's Prefect API.

    With no ``PREFECT_API_URL`` Prefect starts a temporary server in every process
    that needs an API, so each spawned worker would start its own (5-12 s and about
    230 MB each) and its task runs would not show in the driver's UI. Starting the
    temporary server here and naming it in the settings the workers inherit makes
    them share it. A configured API URL (a real server) is left alone.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if not enabled or PREFECT_API_URL.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    with temporary_settings({PREFECT_API_URL: server.api_url}):
        yield


def _source_name(settings: Settings, inputs: list[NightInput], reextract: bool) -> str:
    """The source recorded with rows: the replayed manifests' own, or the configured one."""
    if reextract:
        names = {name for item in inputs for name in item.fetched.manifest["source"].to_pylist()}
        return names.pop() if len(names) == 1 else "replay"
    return settings.resolve_source()[0]


@task(name="warm-up", cache_policy=NO_CACHE)
def warm_up_task(docs_root: Path) -> None:
    """Start a worker: pay the one-off costs of its first night (see :mod:`flows.warm_up`) before it has one.

    Submitted once per worker when the backfill begins, so worker processes start and import
    while the driver stages the range, instead of after. Best effort: an error here is
    met again, with its night, by the stage that needs what failed.
    """
    from flows.warm_up import warm_up_best_effort

    warm_up_best_effort(docs_root)


@task(name="night", cache_policy=NO_CACHE)
def night_task(
    settings: Settings,
    item: NightInput,
    ctx: NightContext,
    source: str,
    after: tuple[date, str] | None,
) -> RunSummary:
    """One night of a backfill, on a worker: transform it, wait for the previous night's commit, commit it.

    Args:
        settings: The run's settings (the worker opens the lake and the warehouse itself).
        item: The night's staged articles or manifest to replay.
        ctx: The night's transform context (its run id among them).
        source: Source name recorded with the rows.
        after: The backfill's previous night and its run id, committed before this one settles
            (None for the first night).

    A night whose transform fails is recorded too, as a ``failed`` run, in its turn: without
    that row the worker of the night after it, which waits for this night's row, would wait
    for ever (and the backfill with it).

    Returns:
        The night's summary; a refused or empty night is recorded, not fatal.

    Raises:
        PreviousNightFailedError: The previous night failed (recorded as this night's failed run).
        Exception: The night's transform failed (recorded as its failed run, then raised again).
    """
    try:
        transformed: Transformed | None = transform_task(item.rows, ctx)
        failed: Exception | None = None
    except Exception as exc:  # recorded as the night's run below: the next night's worker waits on that row
        transformed, failed = None, exc

    def transformed_already(_: Step) -> tuple[FetchResult, Transformed]:
        if after is not None:
            wait_for_night(settings.warehouse_target(), *after, locks=settings.night_locks())
        if failed is not None:
            raise failed
        assert transformed is not None
        return item.fetched, transformed

    return run_night(
        settings, item.night, transformed_already, run_id=ctx.run_id, source=source, raise_refusals=False
    )


def wait_for_night(
    warehouse: Catalog,
    night: date,
    run_id: str,
    *,
    locks: LockPlace | None = None,
    poll_seconds: float = WAIT_POLL_SECONDS,
) -> int:
    """Wait until run ``run_id`` of ``night`` is committed; return its snapshot id.

    Committed means its load's ``runs`` row is in the warehouse: only a load writes a
    row with a ``snapshot_id`` (in the same snapshot as the night's rows), so the wait
    reads nothing but the catalog every worker shares. A refused or empty night is
    committed too (its quarantine and its run are loaded). There is no deadline: the
    night waited for may still be transforming, which takes as long as it takes.

    With ``locks``, a run whose row still says ``running`` while nobody holds its night's
    lock ended without a word (a run writes that row and its final one holding the lock),
    so the wait ends with an error instead of lasting for ever.

    Raises:
        PreviousNightFailedError: That run ended ``failed`` or ``crashed`` without a load,
            or stopped without finishing.
    """
    with _out_of_the_dask_workers_slots(), session(warehouse, read_only=True) as con:
        return _wait_on(con, warehouse, night, run_id, locks, poll_seconds)


@contextmanager
def _out_of_the_dask_workers_slots() -> Iterator[None]:
    """On a Dask worker, give the task's thread slot back to the worker while the block runs.

    A Dask scheduler hands a worker tasks ahead of time (more than it has threads), and
    runs them in its own order: the night a worker waits for can sit in the same worker's
    queue, behind the waiting night, and would never start (a backfill on Dask once hung
    so). ``secede`` lets the worker start its next task on another thread meanwhile;
    ``rejoin`` takes a slot back before the night settles and loads, so a worker commits
    no more nights at once than it has threads. Elsewhere (threads, a process pool, whose
    idle processes take any queued task) this does nothing.
    """
    if "distributed" not in sys.modules:  # a Dask worker has imported it; importing it takes 0.3 s
        yield
        return
    from distributed import get_worker, rejoin, secede

    try:
        get_worker()
    except ValueError:  # not on a Dask worker
        yield
        return
    secede()  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        rejoin()  # type: ignore[no-untyped-call]


def _wait_on(
    con: duckdb.DuckDBPyConnection,
    warehouse: Catalog,
    night: date,
    run_id: str,
    locks: LockPlace | None,
    poll_seconds: float,
) -> int:
    """:func:`wait_for_night`'s loop on one open connection."""
    seen_held = False
    attached_at = time.monotonic()
    while True:
        # each query reads the newest snapshot on the same attachment; the lake is attached afresh
        # now and then all the same (an attachment of a SQLite catalog was once seen stuck on a WAL
        # file SQLite had since replaced, never seeing the commit it waited for), not on every poll:
        # an attach costs ten times the query
        if time.monotonic() - attached_at > REATTACH_SECONDS:
            reattach(con, warehouse)
            attached_at = time.monotonic()
        row = con.execute("SELECT status, snapshot_id, error FROM runs WHERE run_id = ?", [run_id]).fetchone()
        if row is not None and row[1] is not None:
            return int(row[1])
        if row is not None and row[0] in ("failed", "crashed"):
            passed_on = f"{PreviousNightFailedError.__name__}: "
            if str(row[2] or "").startswith(passed_on):  # name the night that failed first, once
                raise PreviousNightFailedError(str(row[2]).removeprefix(passed_on))
            raise PreviousNightFailedError(
                f"night {night} of this backfill {row[0]} ({row[2]}); the nights after it are not "
                "loaded, as a serial backfill would have stopped there: fix it and run the backfill again"
            )
        if (
            row is not None
            and row[0] == "running"
            and locks is not None
            and night_held_elsewhere(locks, night) is None
            and _run_status(warehouse, run_id) == "running"
        ):
            raise PreviousNightFailedError(
                f"night {night} of this backfill stopped without finishing (run {run_id} is still "
                "'running' but nobody holds its night); the nights after it are not loaded: "
                "run the backfill again"
            )
        seen_held = _until_released_or(locks, night, seen_held, poll_seconds)


def _until_released_or(locks: LockPlace | None, night: date, seen_held: bool, seconds: float) -> bool:
    """Sleep ``seconds``, or less: until the night's lock, once seen held, is let go.

    A run lets go of its night's lock only after its load committed (or it failed), so a
    release is the moment to ask the warehouse again. Returns whether the lock was last seen held.
    """
    deadline = time.monotonic() + seconds
    while locks is not None and (held := night_lock_held(locks, night)) is not None:
        if seen_held and not held:
            return False
        seen_held = held
        left = deadline - time.monotonic()
        if left <= 0:
            return seen_held
        time.sleep(min(LOCK_WATCH_SECONDS, left))
    time.sleep(seconds)
    return seen_held


def _run_status(warehouse: Catalog, run_id: str) -> str | None:
    """A run's status as the warehouse says it now."""
    with session(warehouse, read_only=True) as con:
        row = con.execute("SELECT status FROM runs WHERE run_id = ?", [run_id]).fetchone()
    return str(row[0]) if row else None


def _markdown_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _publish(summary: BackfillSummary) -> None:
    """A markdown artifact in the Prefect UI: one line per night."""
    lines = [
        f"# wirefacts backfill {summary.start} to {summary.end}",
        "",
        f"{len(summary.nights)} nights loaded, {summary.empty_nights} without stories, "
        f"{summary.undated_or_outside} undated or outside the range; {summary.seconds:.1f} s.",
        "",
        _markdown_row([header for header, _ in NIGHT_COLUMNS]),
        _markdown_row(["---"] * len(NIGHT_COLUMNS)),
    ]
    lines += [_markdown_row(night_cells(night)) for night in summary.nights]
    create_markdown_artifact(
        key="wirefacts-backfill",
        markdown="\n".join(lines),
        description=f"backfill {summary.start}..{summary.end}",
    )
