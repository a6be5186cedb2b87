"""One night, one pipeline: the scope and the stages every run of a night goes through.

Both the nightly flow and backfills call :func:`run_night`; only what feeds the
night differs (a nightly run fetches and transforms inside the night's scope, a
backfill's worker hands over the night it just transformed, once the backfill's
previous night is committed: :func:`flows.backfill.night_task`)::

    run_night(settings, night, prepare)          # lock, partial sweep, runs row
        prepare(step) -> (FetchResult, Transformed)
            nightly:  fetch -> transform.transform_night(manifest)  (each stage a task)
            backfill: the night this worker transformed (transform.transform_night too)
        settle_and_load(...)                     # gate -> [settle -> load -> write-lake] one transaction

The transform stages are listed once, in :func:`flows.transform.transform_night`;
the settle group once, in :func:`settle_and_load`. Every stage is timed by one
:class:`~flows.transform.StageTimer` into the run's ``stage_seconds``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import httpx
from prefect import runtime
from prefect.artifacts import create_table_artifact
from prefect.logging import get_run_logger

from flows.io.locks import night_lock
from flows.io.sources import FetchResult
from flows.results import RunSummary
from flows.runs import begin_run, crash_flow_runs, describe, record_failure, run_row
from flows.settings import Settings
from flows.settle import settle_night
from flows.stages import Transformed, Validated
from flows.tasks import density_band, load, task_step
from flows.transform import NightContext, StageTimer, Step
from transforms.quarantine import QuarantineEntry, quarantine_table
from transforms.schemas import ARTICLES, DELIVERIES, FACTS, KILL_NOTICES
from warehouse.loader import NightBatch

if TYPE_CHECKING:
    from expectations.suites import FactsDensity


class NightRejectedError(RuntimeError):
    """The quality gate refused the night: it was not loaded."""


class NightFailedError(RuntimeError):
    """The night could not be processed; its ``runs`` row says ``failed`` and why.

    Raised when a source that delivered something yielded no article at all (every
    payload quarantined, or every request refused): that is an outage or a reader
    gap, not a quiet night, so the run must not end as a success.
    """


Prepare = Callable[[Step], tuple[FetchResult, Transformed]]
"""What feeds a night: given the night's step, its fetch result and its transformed rows."""


def new_run_id() -> str:
    """A run's id."""
    return uuid.uuid4().hex


def night_context(
    settings: Settings,
    night: date,
    run_id: str,
    source: str,
    band: FactsDensity | None,
    *,
    build_docs: bool = True,
    extract_workers: int = 1,
) -> NightContext:
    """What the transform group of one night needs, from the settings."""
    return NightContext(
        lake=settings.open_lake(),
        docs_root=settings.data_docs_dir(),
        ingest_date=night,
        run_id=run_id,
        source=source,
        band=band,
        build_docs=build_docs,
        limits=settings.limits.article_limits(),
        max_bytes=settings.fetch.max_payload_bytes,
        docs_every=settings.validation.data_docs_every,
        extract_workers=extract_workers,
    )


def night_band(settings: Settings, night: date) -> FactsDensity:
    """The facts-density band learned from the nights before ``night``."""
    return density_band(settings.warehouse_target(), night, settings.validation.min_words_for_rates)


def run_night(
    settings: Settings,
    night: date,
    prepare: Prepare,
    *,
    run_id: str | None = None,
    source: str | None = None,
    raise_refusals: bool = True,
) -> RunSummary:
    """Run one night inside the current flow run, holding the night's lock.

    The run is in ``runs`` whatever happens: ``running`` once it holds the lock, then
    the load's row, or ``failed`` with the error when anything raises (a run killed
    outright is marked ``crashed`` by the next start, see :mod:`flows.runs`).

    Args:
        settings: The run's settings.
        night: The night (logical date).
        prepare: What feeds the night (see :data:`Prepare`), called under the lock.
        run_id: The run's id (a backfill names its runs before transforming); default: a new one.
        source: Source name recorded with the run; default: the configured source's.
        raise_refusals: Raise :class:`NightRejectedError` and :class:`NightFailedError`
            (a backfill records them and goes on with the next night).

    Raises:
        NightRejectedError: The quality gate refused the night; only its quarantine
            rows, validation results and run record were loaded.
        NightFailedError: The source delivered something but no article could be read.
        flows.io.locks.NightLockedError: Another run of the same night is in progress.
    """
    summary = RunSummary(
        run_id or new_run_id(),
        night,
        source or settings.resolve_source()[0],
        "running",
        str(settings.lake),
        settings.warehouse_target().describe(),
    )
    started = datetime.now(UTC)
    timer = StageTimer(summary.stage_seconds)
    recorded = False

    def record(exc: Exception) -> None:
        nonlocal recorded
        summary.status, summary.error = "failed", describe(exc)
        if summary.snapshot_id is None:  # the load did not commit: the night loaded nothing
            summary.articles_loaded = summary.facts_loaded = 0
        record_failure(settings, summary_row(summary, started))
        recorded = True

    try:
        with night_lock(
            settings.night_locks(), night, summary.run_id, wait_seconds=settings.lock_wait_seconds
        ):
            try:
                crash_flow_runs(begin_run(settings, summary_row(summary, started, finished=False), night))
                settings.open_lake().sweep_partials(night)
                step = task_step(timer)
                fetched, transformed = prepare(step)
                for stage, seconds in transformed.stage_seconds.items():
                    summary.stage_seconds[stage] = round(summary.stage_seconds.get(stage, 0.0) + seconds, 4)
                settle_and_load(settings, summary, fetched, transformed, started, step, timer)
            except (NightRejectedError, NightFailedError):
                raise  # the load recorded the run
            except Exception as exc:
                # recorded while the lock is still held: between releasing it and writing the row, another
                # run starting (a backfill's next night) would take this live run for a dead one (crashed)
                record(exc)
                raise
    except (NightRejectedError, NightFailedError):
        if raise_refusals:
            raise
        get_run_logger().error("night %s %s; the backfill goes on with the next night", night, summary.status)
    except Exception as exc:
        if not recorded:  # the lock itself was refused (another run holds the night)
            record(exc)
        raise
    return summary


def settle_and_load(
    settings: Settings,
    summary: RunSummary,
    fetched: FetchResult,
    transformed: Transformed,
    started: datetime,
    step: Step,
    timer: StageTimer,
) -> None:
    """The settle group of a night, in order: gate, then settle against history and load, in one transaction.

    It reads and writes the warehouse wherever it runs (the nightly flow's process, or
    the backfill worker that transformed the night). Settle reads history inside the
    load's write transaction (see :func:`warehouse.loader.load_night`), so what the
    night is compared with is exactly what it commits on top of, and a retried commit
    settles again.

    Raises:
        NightRejectedError: The quality gate refused the night.
        NightFailedError: The source delivered something but no article could be read;
            the night's quarantine rows and its ``failed`` run are loaded, nothing else.
    """
    logger = get_run_logger()
    deduped, checked = transformed.deduped, transformed.validated
    night = summary.ingest_date
    rejects = fetched.rejects + transformed.read_rejects + checked.rejects
    too_many = checked.failure_rate > settings.validation.max_failure_rate
    refused = too_many or not checked.critical_passed
    summary.data_docs = checked.docs_index
    summary.fetched, summary.new_payloads = fetched.seen, fetched.manifest.num_rows
    summary.articles_read = transformed.articles_read
    summary.kill_notices = deduped.kill_notices.num_rows
    summary.quarantined, summary.failed_rules = len(rejects), checked.failed_rules
    empty = _yielded_nothing(summary.source, fetched, transformed.articles_read, rejects)
    summary.status = "failed" if empty else "rejected" if refused else "success"
    if empty:
        summary.error = empty
    elif refused:
        summary.error = _refusal(checked, settings, too_many)

    def settle(con: duckdb.DuckDBPyConnection) -> NightBatch:
        """Settle the night against the transaction's snapshot and build its batch (run again on a retry)."""
        settled = timer.run("settle", settle_night, checked, deduped.deliveries, con, night)
        summary.duplicates = deduped.duplicates + settled.settled.duplicates
        summary.stale_versions = settled.settled.stale_versions
        if summary.status == "success":
            summary.articles_loaded = settled.settled.articles.num_rows
            summary.facts_loaded = settled.settled.facts.num_rows
        return NightBatch(
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

    kept = step("load", load, settings.warehouse_target(), settings.open_lake(), settle, timer)
    summary.snapshot_id = kept.run["snapshot_id"]
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


def _yielded_nothing(
    source: str, fetched: FetchResult, articles: int, rejects: list[QuarantineEntry]
) -> str | None:
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


def _refusal(checked: Validated, settings: Settings, too_many: bool) -> str:
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


def summary_row(summary: RunSummary, started: datetime, finished: bool = True) -> dict[str, Any]:
    """The ``runs`` row for a summary (``finished=False``: the row of a run still running)."""
    return run_row(
        summary.run_id,
        summary.ingest_date,
        summary.source,
        summary.status,
        started,
        finished_at=datetime.now(UTC) if finished else None,
        flow_run_id=str(runtime.flow_run.id) if runtime.flow_run.id else None,
        error=summary.error,
        counts=summary.counts(),
        stage_seconds=summary.stage_seconds,
    )


def _publish_artifact(summary: RunSummary) -> None:
    """A table artifact in the Prefect UI summarising the night.

    The artifact is a copy of the night's ``runs`` row for the UI, posted after the load has
    committed: an API client that fails then (a Dask worker's client closed under load, a server
    gone away) is logged as a warning, never turned into a failed night that did load.
    """
    try:
        _post_artifact(summary)
    except (RuntimeError, OSError, httpx.HTTPError) as error:
        get_run_logger().warning(
            "night %s loaded, but its Prefect artifact could not be posted: %s", summary.ingest_date, error
        )


def _post_artifact(summary: RunSummary) -> None:
    rows = [
        {"measure": key, "value": value}
        for key, value in asdict(summary).items()
        if key not in {"stage_seconds", "failed_rules"}
    ]
    rows += [{"measure": f"seconds.{stage}", "value": secs} for stage, secs in summary.stage_seconds.items()]
    page = run_page_link(summary.data_docs)
    create_table_artifact(
        key="wirefacts-night",
        table=[{k: str(v) for k, v in row.items()} for row in rows],
        description=f"wirefacts night {summary.ingest_date}: {summary.status}"
        + (f" ([run page]({page}))" if page else ""),
    )


def run_page_link(page: str | None) -> str | None:
    """The run page as a link the Prefect UI can follow (a file:// URI for a local page)."""
    if not page:
        return None
    if "://" in page:
        return page
    return Path(page).resolve().as_uri()
