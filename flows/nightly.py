"""The nightly flow: fetch, parse, dedupe, extract, validate, settle, write the lake, load.

One flow run per night and one task per stage over the whole batch: Prefect
costs about a second per flow run and milliseconds per task run, so work is
orchestrated per night, never per article. The night is the run's logical date
(Airflow's data interval start): the run for date D owns everything it ingests,
and running D again replaces exactly what D wrote. Two runs of the same night
never overlap: each holds the night's lock (:mod:`flows.locks`).
"""

import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from prefect import flow, runtime
from prefect.artifacts import create_table_artifact
from prefect.logging import get_run_logger

from flows.locks import night_lock
from flows.runs import begin_run, crash_flow_runs, describe, record_failure, run_row
from flows.settings import Settings, default_night, load_settings
from flows.sources import FetchResult
from flows.stages import Transformed
from flows.tasks import (
    dedupe_task,
    density_band,
    extract_task,
    fetch_task,
    load_task,
    parse_task,
    settle_task,
    validate_task,
    write_lake_task,
)
from transforms.quarantine import quarantine_table
from transforms.schemas import ARTICLES, DELIVERIES, FACTS, KILL_NOTICES
from warehouse.loader import NightBatch

T = TypeVar("T")


class NightRejectedError(RuntimeError):
    """The quality gate refused the night: it was not loaded."""


class NightFailedError(RuntimeError):
    """The night could not be processed; its ``runs`` row says ``failed`` and why.

    Raised when a source that delivered something yielded no article at all (every
    payload quarantined, or every request refused): that is an outage or a reader
    gap, not a quiet night, so the run must not end as a success.
    """


@dataclass(slots=True)
class RunSummary:
    """What a run of one night did, for the CLI, the artifact and the ``runs`` table."""

    run_id: str
    ingest_date: date
    source: str
    status: str
    lake: str
    warehouse: str
    fetched: int = 0
    new_payloads: int = 0
    articles_read: int = 0
    duplicates: int = 0
    stale_versions: int = 0
    kill_notices: int = 0
    quarantined: int = 0
    articles_loaded: int = 0
    facts_loaded: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    failed_rules: dict[str, int] = field(default_factory=dict)
    data_docs: str | None = None
    error: str | None = None


@flow(name="wirefacts-nightly", log_prints=True)
def nightly_flow(
    date: date | None = None,
    source: str | None = None,
    lake: str | None = None,
    warehouse: str | None = None,
) -> dict[str, Any]:
    """Ingest one night from a configured source into the lake and the warehouse.

    Args:
        date: The night (logical date); defaults to yesterday in UTC.
        source: A configured source name or a drop-folder path; defaults to the configured one.
        lake: Lake root; defaults to the configured one.
        warehouse: DuckDB file; defaults to the configured one.

    Returns:
        The run summary as a dict (Prefect stores flow results; a dict stays portable).
    """
    settings = load_settings(source=source, lake=lake, warehouse=warehouse)
    summary = run_night(settings, date or default_night())
    return asdict(summary)


def run_night(settings: Settings, ingest_date: date) -> RunSummary:
    """Run every stage of one night inside the current flow run, holding the night's lock.

    The run is in ``runs`` whatever happens: ``running`` once it holds the lock, then
    the load's row, or ``failed`` with the error when anything raises (a run killed
    outright is marked ``crashed`` by the next start, see :mod:`flows.runs`).

    Raises:
        NightRejectedError: The quality gate refused the night; only its quarantine
            rows, validation results and run record were loaded.
        NightFailedError: The source delivered something but no article could be read.
        flows.locks.NightLockedError: Another run of the same night is in progress.
    """
    run_id = uuid.uuid4().hex
    source_name, _ = settings.resolve_source()
    summary = RunSummary(
        run_id, ingest_date, source_name, "running", str(settings.lake), str(settings.warehouse)
    )
    started = datetime.now(UTC)
    timer = StageTimer(summary.stage_seconds)
    try:
        _run_night_locked(settings, summary, started, timer)
    except (NightRejectedError, NightFailedError):
        raise  # the load recorded the run
    except Exception as exc:
        summary.status, summary.error = "failed", describe(exc)
        record_failure(settings, summary_row(summary, started))
        raise
    return summary


def _run_night_locked(
    settings: Settings, summary: RunSummary, started: datetime, timer: "StageTimer"
) -> None:
    """The stages of :func:`run_night`, under the night's lock, after recording the run as running."""
    ingest_date, run_id, source_name = summary.ingest_date, summary.run_id, summary.source
    lake = settings.open_lake()
    with night_lock(settings.locks_dir(), ingest_date, run_id, wait_seconds=settings.lock_wait_seconds):
        crash_flow_runs(begin_run(settings, summary_row(summary, started, finished=False), ingest_date))
        lake.sweep_partials(ingest_date)
        fetch = fetch_task.with_options(
            retries=settings.fetch.retries, retry_delay_seconds=settings.fetch.retry_delay_seconds
        )
        fetched = timer.run("fetch", fetch, settings, ingest_date)
        band = density_band(settings.warehouse, ingest_date, settings.validation.min_words_for_rates)
        parsed = timer.run("parse", parse_task, fetched.manifest, lake, ingest_date)
        deduped = timer.run("dedupe", dedupe_task, parsed.articles)
        facts = timer.run("extract", extract_task, deduped.articles)
        checked = timer.run(
            "validate",
            lambda: validate_task(
                deduped.articles,
                facts,
                source=source_name,
                docs_root=settings.data_docs_dir(),
                ingest_date=ingest_date,
                run_id=run_id,
                band=band,
            ),
        )
        transformed = Transformed(parsed, deduped, checked, {})
        finish_night(settings, summary, fetched, transformed, started, timer)


def finish_night(
    settings: Settings,
    summary: RunSummary,
    fetched: FetchResult,
    transformed: Transformed,
    started: datetime,
    timer: "StageTimer",
) -> None:
    """Settle a transformed night against history, write its lake files and load it.

    Shared by the nightly flow and backfills: it is the part that reads and writes
    the warehouse, so it always runs in the driver, one night at a time.

    Raises:
        NightRejectedError: The quality gate refused the night.
        NightFailedError: The source delivered something but no article could be read;
            the night's quarantine rows and its ``failed`` run are loaded, nothing else.
    """
    logger = get_run_logger()
    parsed, deduped, checked = transformed.parsed, transformed.deduped, transformed.validated
    night = summary.ingest_date
    settled = timer.run("settle", settle_task, checked, deduped.deliveries, settings.warehouse, night)
    rejects = fetched.rejects + parsed.rejects + checked.rejects
    too_many = checked.failure_rate > settings.validation.max_failure_rate
    refused = too_many or not checked.critical_passed
    summary.data_docs = checked.docs_index
    summary.fetched, summary.new_payloads = fetched.seen, fetched.manifest.num_rows
    summary.articles_read = parsed.articles.num_rows
    summary.duplicates = deduped.duplicates + settled.settled.duplicates
    summary.stale_versions, summary.kill_notices = (
        settled.settled.stale_versions,
        deduped.kill_notices.num_rows,
    )
    summary.quarantined, summary.failed_rules = len(rejects), checked.failed_rules
    empty = _yielded_nothing(summary.source, fetched, parsed.articles.num_rows, rejects)
    summary.status = "failed" if empty else "rejected" if refused else "success"
    if empty:
        summary.error = empty
    elif refused:
        summary.error = _refusal(checked, settings, too_many)
    else:
        summary.articles_loaded = settled.settled.articles.num_rows
        summary.facts_loaded = settled.settled.facts.num_rows
    batch = NightBatch(
        ingest_date=night,
        articles=settled.settled.articles.cast(ARTICLES),
        deliveries=settled.settled.deliveries.cast(DELIVERIES),
        facts=settled.settled.facts.cast(FACTS),
        raw_files=fetched.manifest,
        kill_notices=deduped.kill_notices.cast(KILL_NOTICES),
        quarantine=quarantine_table(rejects, night, summary.run_id),
        run=summary_row(summary, started),
        load_data=summary.status == "success",
        validation_results=checked.results,
        cursor=(summary.source, fetched.cursor) if fetched.cursor is not None else None,
        bands=settled.stories.bands,
        story_links=settled.stories.links,
    )
    timer.run("write-lake", write_lake_task, settings.open_lake(), batch)
    timer.run("load", load_task, settings.warehouse, batch)
    _publish_artifact(summary)
    if empty:
        logger.error("night %s failed: %s", night, summary.error)
        raise NightFailedError(summary.error)
    if refused:
        logger.error("night %s refused: %s", night, summary.error)
        raise NightRejectedError(summary.error)
    logger.info(
        "night %s loaded: %d articles, %d facts", night, summary.articles_loaded, summary.facts_loaded
    )


def _yielded_nothing(source: str, fetched: FetchResult, articles: int, rejects: list[Any]) -> str | None:
    """Why a night that got payloads (or tried to) but read no article is a failure; None otherwise.

    A source with nothing new is a quiet night, a success. A source whose every
    payload was quarantined, or that answered every request with an error, is not.
    """
    if articles or not (fetched.manifest.num_rows or fetched.rejects):
        return None
    first = f"; first: {rejects[0].reason}" if rejects else ""
    if not fetched.manifest.num_rows:
        return (
            f"source {source!r} delivered nothing: {len(fetched.rejects)} request(s) or payload(s) "
            f"refused{first}"
        )
    return (
        f"source {source!r} delivered {fetched.manifest.num_rows} new payload(s) but no article could be "
        f"read: {len(rejects)} quarantined (see the quarantine table){first}"
    )


def _refusal(checked: Any, settings: Settings, too_many: bool) -> str:
    """Why the gate refused the night: failed critical expectations, the failure rate, the Data Docs."""
    reasons = list(checked.explanation)
    if too_many:
        reasons.insert(
            0,
            f"{checked.failed_rows} of {checked.checked_rows} rows ({checked.failure_rate:.0%}) failed "
            f"validation, over the {settings.validation.max_failure_rate:.0%} limit: "
            + ", ".join(f"{rule} ({count} rows)" for rule, count in checked.failed_rules.items()),
        )
    return "\n".join([*reasons, f"Data Docs: {checked.docs_index}"])


class StageTimer:
    """Calls a task and records its wall time under the stage's name."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds

    def run(self, stage: str, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` and add its wall time to the stage's seconds."""
        began = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + time.perf_counter() - began, 4)


def summary_row(summary: RunSummary, started: datetime, finished: bool = True) -> dict[str, Any]:
    """The ``runs`` row for a summary (``finished=False``: the row of a run still running)."""
    counts = asdict(summary)
    return run_row(
        summary.run_id,
        summary.ingest_date,
        summary.source,
        summary.status,
        started,
        finished_at=datetime.now(UTC) if finished else None,
        flow_run_id=str(runtime.flow_run.id) if runtime.flow_run.id else None,
        error=summary.error,
        counts=counts,
        stage_seconds=summary.stage_seconds,
    )


def _publish_artifact(summary: RunSummary) -> None:
    """A table artifact in the Prefect UI summarising the night."""
    rows = [
        {"measure": key, "value": value}
        for key, value in asdict(summary).items()
        if key not in {"stage_seconds", "failed_rules"}
    ]
    rows += [{"measure": f"seconds.{stage}", "value": secs} for stage, secs in summary.stage_seconds.items()]
    create_table_artifact(
        key="wirefacts-night",
        table=[{k: str(v) for k, v in row.items()} for row in rows],
        description=f"wirefacts night {summary.ingest_date}: {summary.status}",
    )
