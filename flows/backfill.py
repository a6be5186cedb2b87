"""Backfills: many nights, transformed in parallel, loaded one after another.

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

Each night's transform group (parse, dedupe, extract, validate) is one task on
the configured task runner (threads here, or Dask workers: the tasks read the
lake only and hold no connection). The driver then settles and loads the nights
in date order, each under its night lock and in one transaction, through the
single DuckDB writer.
"""

from __future__ import annotations

import gc
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.logging import get_run_logger
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows.lake import Lake
from flows.pipeline import RunSummary, new_run_id, night_band, night_context, run_night
from flows.progress import night_done
from flows.settings import Settings, load_settings
from flows.sources import FetchResult, fetch_source
from flows.stages import StagedNight, Transformed, read_payloads
from flows.tasks import transform_task
from flows.transform import Step
from transforms.quarantine import QuarantineEntry
from transforms.schemas import ARTICLES, RAW_FILES


@dataclass(slots=True)
class NightInput:
    """What one night of a backfill transforms: staged articles or a manifest to replay."""

    night: date
    rows: pa.Table | StagedNight
    fetched: FetchResult


@dataclass(slots=True)
class BackfillSummary:
    """What a backfill did, for the CLI, the markdown artifact and benchmarks."""

    backfill_id: str
    start: date
    end: date
    nights: list[dict[str, Any]] = field(default_factory=list)
    empty_nights: int = 0
    undated_or_outside: int = 0
    staging_seconds: float = 0.0
    seconds: float = 0.0
    stage_seconds: float = 0.0


def nights_between(start: date, end: date) -> list[date]:
    """Every night from start to end, both included."""
    if end < start:
        raise ValueError(f"backfill end {end} is before its start {start}")
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


@flow(name="wirefacts-backfill", log_prints=True)
def backfill_flow(
    start: date,
    end: date,
    reextract: bool = False,
    data_docs: bool = False,
    source: str | None = None,
    lake: str | None = None,
    warehouse: str | None = None,
    in_flight: int = 2,
) -> dict[str, Any]:
    """Run every night from ``start`` to ``end``: transforms in parallel, loads in date order.

    Args:
        start: First night.
        end: Last night (included).
        reextract: Replay each night's landed payloads instead of reading the source.
        data_docs: Render Data Docs pages for every night (validation results, quarantine
            and the offline run pages are kept either way; rendering doubles validation time).
        source: Source name or drop-folder path (ignored with ``reextract``).
        lake: Lake root.
        warehouse: DuckDB file.
        in_flight: How many nights the task runner transforms at once (its workers).

    Returns:
        The backfill summary as a dict.
    """
    settings = load_settings(source=source, lake=lake, warehouse=warehouse)
    began = time.perf_counter()
    summary = BackfillSummary(uuid.uuid4().hex, start, end)
    lake_ = settings.open_lake()
    if reextract:
        inputs, summary.undated_or_outside = _replay_inputs(
            lake_, nights_between(start, end), summary.backfill_id, start, settings.fetch.max_payload_bytes
        )
    else:
        inputs, summary.undated_or_outside = _staged_inputs(settings, lake_, start, end, summary.backfill_id)
    summary.staging_seconds = round(time.perf_counter() - began, 3)
    summary.empty_nights = len(nights_between(start, end)) - len(inputs)
    band = night_band(settings, start)
    source_name = _source_name(settings, inputs, reextract)
    run_ids = {item.night: new_run_id() for item in inputs}

    def submit(item: NightInput) -> Any:
        ctx = night_context(
            settings, item.night, run_ids[item.night], source_name, band, build_docs=data_docs
        )
        return transform_task.submit(item.rows, ctx)

    # A sliding window of nights in flight: enough to keep the workers busy while the driver
    # loads, few enough that memory follows a night's size, not the corpus's.
    # One worker runs strictly one night after another (no overlap), so its stage times add up to
    # the wall time and the difference is the orchestration overhead the benchmark reports.
    window = 2 * in_flight if in_flight > 1 else 1
    pending: deque[tuple[NightInput, Any]] = deque((item, submit(item)) for item in inputs[:window])
    upcoming = iter(inputs[window:])
    done = 0
    with _collected_each_night() as collect:
        while pending:
            item, future = pending.popleft()
            transformed = future.result()
            night = _load_one(settings, item, transformed, run_ids[item.night], source_name)
            del transformed, future
            collect()
            if (following := next(upcoming, None)) is not None:
                pending.append((following, submit(following)))
            done += 1
            summary.nights.append(asdict(night))
            summary.stage_seconds += sum(night.stage_seconds.values())
            night_done(night, done, len(inputs))
    lake_.drop_staging(summary.backfill_id)
    summary.seconds = round(time.perf_counter() - began, 3)
    _publish(summary)
    return asdict(summary)


def run_backfill(
    settings: Settings, start: date, end: date, *, workers: int, reextract: bool, data_docs: bool = False
) -> dict[str, Any]:
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
    runner: Any = ThreadPoolTaskRunner(max_workers=1) if workers == 1 else ProcessPoolTaskRunner(workers)
    if settings.runner.kind == "dask":
        from prefect_dask.task_runners import DaskTaskRunner

        if settings.runner.dask_address:
            runner = DaskTaskRunner(address=settings.runner.dask_address)
        else:
            runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1})
    flow_ = backfill_flow.with_options(task_runner=runner)
    local_workers = workers > 1 and not (settings.runner.kind == "dask" and settings.runner.dask_address)
    with _one_api_for_local_workers(local_workers):
        result: dict[str, Any] = flow_(
            start=start,
            end=end,
            reextract=reextract,
            data_docs=data_docs,
            source=settings.source,
            lake=settings.lake,
            warehouse=str(settings.warehouse),
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


def _load_one(
    settings: Settings, item: NightInput, transformed: Transformed, run_id: str, source: str
) -> RunSummary:
    """Settle and load one transformed night (:func:`flows.pipeline.run_night`); a refused or empty
    night is recorded, not fatal.

    Any other error is recorded as the night's ``failed`` run and stops the backfill.
    """

    def transformed_already(_: Step) -> tuple[FetchResult, Transformed]:
        return item.fetched, transformed

    return run_night(
        settings, item.night, transformed_already, run_id=run_id, source=source, raise_refusals=False
    )


SELECTION_KEY = b"wirefacts.selection"
"""Manifest metadata saying how a night chose its stories from its payloads (see :func:`_replay_inputs`)."""
BY_PUB_DATE = b"pub_date"
"""The night took only its payloads' dated stories published in [night, night + 1): a backfill's night."""


def _replay_inputs(
    lake: Lake, nights: list[date], backfill_id: str, run_date: date, max_bytes: int
) -> tuple[list[NightInput], int]:
    """Each night's raw manifest from the lake: its landed payloads, replayed without the source.

    A night a backfill made from the source took only its payloads' stories published
    that night: one payload (a Reuters ``.sgm`` file) spans weeks and is listed by every
    night it fed. Replaying the whole payload into each of those nights would give edge
    nights the stories of nights outside the range, and inner nights their neighbours'.
    Such nights (their manifest says so, :data:`SELECTION_KEY`) are therefore staged
    again by publication date, each payload read once, by the same rule as the first
    run (:func:`_stage_payload`); a payload's read rejects go, as then, to the first
    night that lists it, and the night's fetch-stage quarantine rows, which only the
    source could reproduce, are carried over from the lake. Nights a nightly run made
    took everything their payloads held (by arrival), so their manifest is replayed whole.

    Returns:
        The nights' inputs, and how many stories of by-date payloads fell on no replayed night.
    """
    inputs: list[NightInput] = []
    by_date: dict[date, list[dict[str, Any]]] = {}
    for night in nights:
        if (manifest := lake.read_manifest(night)) is None:
            continue
        if (manifest.schema.metadata or {}).get(SELECTION_KEY) == BY_PUB_DATE:
            by_date[night] = manifest.cast(RAW_FILES).to_pylist()
        else:
            manifest = manifest.cast(RAW_FILES)
            inputs.append(NightInput(night, manifest, FetchResult(manifest, seen=manifest.num_rows)))
    payloads: dict[str, dict[str, Any]] = {}
    nights_of: dict[str, set[date]] = {}
    for night, rows in sorted(by_date.items()):
        for row in rows:
            payloads.setdefault(row["raw_hash"], row)
            nights_of.setdefault(row["raw_hash"], set()).add(night)
    rejects = {night: _fetch_rejects(lake, night) for night in by_date}
    skipped = 0
    for raw_hash, row in payloads.items():
        staged = _stage_payload(lake, backfill_id, row, run_date, nights_of[raw_hash], max_bytes)
        rejects[min(nights_of[raw_hash])] += staged.rejects
        skipped += staged.skipped
    inputs += _by_date_inputs(backfill_id, by_date, rejects)
    return sorted(inputs, key=lambda item: item.night), skipped


def _fetch_rejects(lake: Lake, night: date) -> list[QuarantineEntry]:
    """The night's quarantine rows of the fetch stage, as its earlier run wrote them to the lake."""
    path = lake.url("quarantine", f"ingest_date={night}", "quarantine.parquet")
    if not lake.fs.exists(path):
        return []
    with lake.fs.open(path, "rb") as file:
        table = pq.read_table(file)
    return [
        QuarantineEntry(r["stage"], r["reason"], r["source"], r["raw_ref"], r["item_ref"], r["record_id"])
        for r in table.to_pylist()
        if r["stage"] == "fetch"
    ]


@dataclass(slots=True)
class _StagedPayload:
    """What staging one payload did: the nights it fed, its read rejects, the stories it placed nowhere."""

    nights: list[date]
    rejects: list[QuarantineEntry]
    skipped: int
    articles: int


def _stage_payload(
    lake: Lake, backfill_id: str, row: dict[str, Any], run_date: date, nights: set[date], max_bytes: int
) -> _StagedPayload:
    """Read one landed payload and stage its dated stories under their publication date, if in ``nights``.

    The one rule that says which stories a backfill's night holds, for the first run and
    for a replay alike: a story goes to night D when it carries its own date and was
    published in [D, D+1); undated stories and those of other nights are counted, not staged.
    The payload is read by the pipeline's own reader (:func:`flows.stages.read_payloads`).
    """
    read = read_payloads([row], lake, run_date, max_bytes)
    rejects, articles = read.rejects, read.articles
    wanted = pa.array(sorted(nights), pa.date32())
    placed = pc.and_(
        pc.not_equal(articles["date_source"], "run_date"), pc.is_in(articles["pub_date"], wanted)
    )
    skipped = articles.num_rows - int(pc.sum(placed).as_py() or 0)
    total, articles = articles.num_rows, articles.filter(placed)
    fed = sorted(set(articles["pub_date"].to_pylist()))
    for night in fed:
        part = articles.filter(pc.equal(articles["pub_date"], pa.scalar(night, pa.date32())))
        part = part.set_column(
            part.schema.get_field_index("ingest_date"),
            "ingest_date",
            pa.array([night] * part.num_rows, pa.date32()),
        )
        lake.stage(backfill_id, night, row["raw_hash"], part.cast(ARTICLES))
    return _StagedPayload(fed, rejects, skipped, total)


def _by_date_inputs(
    backfill_id: str,
    manifests: dict[date, list[dict[str, Any]]],
    rejects: dict[date, list[QuarantineEntry]],
) -> list[NightInput]:
    """One staged input per night; the manifest records that the night took its stories by date."""
    inputs = []
    for night in sorted(manifests):
        rows = [{**row, "ingest_date": night} for row in manifests[night]]
        manifest = pa.Table.from_pylist(rows, schema=RAW_FILES.with_metadata({SELECTION_KEY: BY_PUB_DATE}))
        fetch = FetchResult(manifest, rejects=rejects.get(night, []), seen=manifest.num_rows)
        inputs.append(NightInput(night, StagedNight(backfill_id, night), fetch))
    return inputs


def _staged_inputs(
    settings: Settings, lake: Lake, start: date, end: date, backfill_id: str
) -> tuple[list[NightInput], int]:
    """Land the source, read it payload by payload, and stage its articles by publication date.

    A payload's read rejects go to the first night it feeds, and a payload that yields
    no article at all (an empty or unreadable file: its date is unknown) to the first
    night of the backfill, whose manifest then lists it, so a replay finds them again.
    The rejects of a payload whose stories all fall outside the range are counted with
    those stories, not quarantined: the backfill of their nights takes them.
    """
    name, config = settings.resolve_source()
    fetched = fetch_source(
        name,
        config,
        lake=lake,
        ingest_date=start,
        already_ingested=set(),
        cursor=None,
        max_bytes=settings.fetch.max_payload_bytes,
    )
    manifests: dict[date, list[dict[str, Any]]] = {}
    rejects: dict[date, list[QuarantineEntry]] = {}
    unplaced: list[tuple[dict[str, Any], list[QuarantineEntry]]] = []
    skipped = 0
    for row in fetched.manifest.to_pylist():
        staged = _stage_payload(
            lake, backfill_id, row, start, set(nights_between(start, end)), settings.fetch.max_payload_bytes
        )
        skipped += staged.skipped
        if staged.nights:
            for night in staged.nights:
                manifests.setdefault(night, []).append(row)
            rejects.setdefault(staged.nights[0], []).extend(staged.rejects)
        elif staged.articles == 0:
            unplaced.append((row, staged.rejects))
        else:
            skipped += len(staged.rejects)
    if manifests:
        first = min(manifests)
        for row, row_rejects in unplaced:
            manifests[first].append(row)
            rejects.setdefault(first, []).extend(row_rejects)
        rejects[first] = list(fetched.rejects) + rejects.get(first, [])
    elif unplaced or fetched.rejects:
        get_run_logger().warning(
            "no story of the source falls in %s..%s: %d unreadable payloads and %d refused at fetch "
            "are not quarantined (no night to hold them)",
            start,
            end,
            len(unplaced),
            len(fetched.rejects),
        )
    return _by_date_inputs(backfill_id, manifests, rejects), skipped


def _publish(summary: BackfillSummary) -> None:
    """A markdown artifact in the Prefect UI: one line per night."""
    lines = [
        f"# wirefacts backfill {summary.start} to {summary.end}",
        "",
        f"{len(summary.nights)} nights loaded, {summary.empty_nights} without stories, "
        f"{summary.undated_or_outside} undated or outside the range; {summary.seconds:.1f} s.",
        "",
        "| night | status | articles | facts | duplicates | quarantined | seconds |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for night in summary.nights:
        lines.append(
            f"| {night['ingest_date']} | {night['status']} | {night['articles_loaded']} "
            f"| {night['facts_loaded']} | {night['duplicates']} | {night['quarantined']} "
            f"| {sum(night['stage_seconds'].values()):.2f} |"
        )
    create_markdown_artifact(
        key="wirefacts-backfill",
        markdown="\n".join(lines),
        description=f"backfill {summary.start}..{summary.end}",
    )
