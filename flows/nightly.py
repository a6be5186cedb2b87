"""The nightly flow: fetch, parse, dedupe, extract, validate, write the lake, load.

One flow run per night and one task per stage over the whole batch: Prefect
costs about a second per flow run and milliseconds per task run, so work is
orchestrated per night, never per article. The night is the run's logical date
(Airflow's data interval start): the run for date D owns everything it ingests,
and running D again replaces exactly what D wrote.
"""

import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from prefect import flow, runtime
from prefect.artifacts import create_table_artifact
from prefect.logging import get_run_logger

from flows.settings import Settings, load_settings
from flows.tasks import (
    dedupe_task,
    extract_task,
    fetch_task,
    load_task,
    parse_task,
    stories_task,
    validate_task,
    write_lake_task,
)
from transforms.extract import EXTRACTOR_VERSION
from transforms.quarantine import quarantine_table
from transforms.schemas import ARTICLES, DELIVERIES, FACTS, KILL_NOTICES
from warehouse.loader import NightBatch

T = TypeVar("T")


class NightRejectedError(RuntimeError):
    """Too many rows failed validation: the night was not loaded."""


@dataclass(slots=True)
class RunSummary:
    """What a nightly run did, for the CLI, the artifact and the ``runs`` table."""

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


def default_night(now: datetime | None = None) -> date:
    """The night a run without ``--date`` processes: yesterday (UTC), as a nightly schedule expects."""
    return ((now or datetime.now(UTC)) - timedelta(days=1)).date()


@flow(name="wirefacts-nightly", log_prints=True)
def nightly_flow(
    date: date | None = None,
    source: str | None = None,
    lake: str | None = None,
    warehouse: str | None = None,
) -> dict[str, Any]:
    """Ingest one night from the drop folder into the lake and the warehouse.

    Args:
        date: The night (logical date); defaults to yesterday in UTC.
        source: Drop folder to read; defaults to the configured one.
        lake: Lake root; defaults to the configured one.
        warehouse: DuckDB file; defaults to the configured one.

    Returns:
        The run summary as a dict (Prefect stores flow results; a dict stays portable).
    """
    settings = load_settings(source=source, lake=lake, warehouse=warehouse)
    summary = run_night(settings, date or default_night())
    return asdict(summary)


def run_night(settings: Settings, ingest_date: date) -> RunSummary:
    """Run every stage of one night inside the current flow run.

    Raises:
        NightRejectedError: Validation failed above the configured rate; nothing but
            the quarantine rows and the run record were loaded.
    """
    logger = get_run_logger()
    started = datetime.now(UTC)
    run_id = uuid.uuid4().hex
    source_name, _ = settings.resolve_source()
    summary = RunSummary(
        run_id, ingest_date, source_name, "running", str(settings.lake), str(settings.warehouse)
    )
    timer = _StageTimer(summary.stage_seconds)

    fetched = timer.run(
        "fetch",
        fetch_task.with_options(
            retries=settings.fetch.retries, retry_delay_seconds=settings.fetch.retry_delay_seconds
        ),
        settings,
        ingest_date,
    )
    parsed = timer.run("parse", parse_task, fetched.manifest, settings.lake, ingest_date)
    deduped = timer.run("dedupe", dedupe_task, parsed.articles, settings.warehouse, ingest_date)
    facts = timer.run("extract", extract_task, deduped.articles)
    checked = timer.run(
        "validate", validate_task, deduped.articles, facts, source_name, settings, ingest_date, run_id
    )
    stories = timer.run("stories", stories_task, checked.articles, settings.warehouse, ingest_date)

    rejects = fetched.rejects + parsed.rejects + checked.rejects
    too_many = checked.failure_rate > settings.validation.max_failure_rate
    refused = too_many or not checked.critical_passed
    summary.data_docs = checked.docs_index
    summary.fetched, summary.new_payloads = fetched.seen, fetched.manifest.num_rows
    summary.articles_read, summary.duplicates = parsed.articles.num_rows, deduped.duplicates
    summary.stale_versions, summary.kill_notices = deduped.stale_versions, deduped.kill_notices.num_rows
    summary.quarantined, summary.failed_rules = len(rejects), checked.failed_rules
    summary.status = "rejected" if refused else "success"
    if refused:
        reasons = list(checked.explanation)
        if too_many:
            reasons.insert(
                0,
                f"{checked.failed_rows} of {checked.checked_rows} rows ({checked.failure_rate:.0%}) failed "
                f"validation, over the {settings.validation.max_failure_rate:.0%} limit: "
                + ", ".join(f"{rule} ({count} rows)" for rule, count in checked.failed_rules.items()),
            )
        summary.error = "\n".join([*reasons, f"Data Docs: {checked.docs_index}"])
    else:
        summary.articles_loaded, summary.facts_loaded = checked.articles.num_rows, checked.facts.num_rows

    batch = NightBatch(
        ingest_date=ingest_date,
        articles=checked.articles.cast(ARTICLES),
        deliveries=deduped.deliveries.cast(DELIVERIES),
        facts=checked.facts.cast(FACTS),
        raw_files=fetched.manifest,
        kill_notices=deduped.kill_notices.cast(KILL_NOTICES),
        quarantine=quarantine_table(rejects, ingest_date, run_id),
        run=_run_row(summary, started),
        load_data=not refused,
        validation_results=checked.results,
        cursor=(source_name, fetched.cursor) if fetched.cursor is not None else None,
        bands=stories.bands,
        story_links=stories.links,
    )
    timer.run("write-lake", write_lake_task, settings.lake, batch)
    timer.run("load", load_task, settings.warehouse, batch)
    _publish_artifact(summary)
    if refused:
        logger.error("night %s refused: %s", ingest_date, summary.error)
        raise NightRejectedError(summary.error)
    logger.info(
        "night %s loaded: %d articles, %d facts", ingest_date, summary.articles_loaded, summary.facts_loaded
    )
    return summary


class _StageTimer:
    """Calls a task and records its wall time under the stage's name."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds

    def run(self, stage: str, fn: Callable[..., T], *args: Any) -> T:
        began = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.seconds[stage] = round(time.perf_counter() - began, 4)


def _run_row(summary: RunSummary, started: datetime) -> dict[str, Any]:
    """The ``runs`` row for a summary."""
    return {
        "run_id": summary.run_id,
        "flow_run_id": str(runtime.flow_run.id) if runtime.flow_run.id else None,
        "ingest_date": summary.ingest_date,
        "source": summary.source,
        "started_at": started,
        "finished_at": datetime.now(UTC),
        "status": summary.status,
        "fetched": summary.fetched,
        "new_payloads": summary.new_payloads,
        "articles_read": summary.articles_read,
        "duplicates": summary.duplicates,
        "stale_versions": summary.stale_versions,
        "kill_notices": summary.kill_notices,
        "quarantined": summary.quarantined,
        "articles_loaded": summary.articles_loaded,
        "facts_loaded": summary.facts_loaded,
        "stage_seconds": summary.stage_seconds,
        "extractor_version": EXTRACTOR_VERSION,
        "error": summary.error,
    }


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
