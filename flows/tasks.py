"""Prefect tasks: how a night's process runs each stage of :mod:`flows.stages` and the settle group as a task.

:func:`task_step` runs any stage as a Prefect task named after it and timed by the
night's :class:`~flows.transform.StageTimer`, so the stage list itself lives in one
place (:func:`flows.transform.transform_night`, :func:`flows.pipeline.settle_and_load`).
A backfill runs :func:`transform_task` (the whole transform group) once per night,
on whatever task runner is configured. Inputs are Arrow tables and small
dataclasses, so no task caches on hashed inputs (``NO_CACHE``): a re-run must recompute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import pyarrow as pa
from prefect import Task, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from flows import stages, transform
from flows.faults import fault_point
from flows.io.lake import Lake
from flows.io.sources import FetchResult, fetch_source
from flows.settings import Settings
from warehouse.catalog import Catalog
from warehouse.connection import session
from warehouse.history import landed_elsewhere, stored_cursor
from warehouse.loader import NightBatch, Settle, load_night

if TYPE_CHECKING:
    from expectations.suites import FactsDensity

T = TypeVar("T")


@task(name="fetch", cache_policy=NO_CACHE)
def fetch_task(settings: Settings, ingest_date: date) -> FetchResult:
    """Land the source's new payloads in the raw zone."""
    name, config = settings.resolve_source()
    with session(settings.warehouse_target()) as con:
        already = landed_elsewhere(con, ingest_date)
        cursor = stored_cursor(con, name)
    result = fetch_source(
        name,
        config,
        lake=settings.open_lake(),
        ingest_date=ingest_date,
        already_ingested=already,
        cursor=cursor,
        max_bytes=settings.fetch.max_payload_bytes,
    )
    get_run_logger().info(
        "fetched %d payloads from source %r: %d new, %d ingested by earlier nights, %d refused",
        result.seen,
        name,
        result.manifest.num_rows,
        result.skipped,
        len(result.rejects),
    )
    return result


def _report(stage: str, result: object) -> None:
    """Log what a transform stage did (the settle group logs itself)."""
    logger = get_run_logger()
    if isinstance(result, stages.Parsed):
        logger.info("read %d articles, %d items refused", result.articles.num_rows, len(result.rejects))
    elif isinstance(result, stages.NightDedupe):
        logger.info(
            "%d distinct articles, %d duplicates within the night, %d kill notices",
            result.articles.num_rows,
            result.duplicates,
            result.kill_notices.num_rows,
        )
    elif stage == "extract" and isinstance(result, pa.Table):
        logger.info("extracted %d facts", result.num_rows)
    elif isinstance(result, stages.Validated) and not result.critical_passed:
        logger.error("\n".join(result.explanation))


@task(cache_policy=NO_CACHE)
def _stage_task(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
    """One stage of a night as a Prefect task (named after the stage by :func:`task_step`)."""
    result = fn(*args)
    _report(stage, result)
    return result


def task_step(timer: transform.StageTimer) -> transform.Step:
    """A :class:`~flows.transform.Step` that runs each stage as a Prefect task, timed by ``timer``."""

    def step(stage: str, fn: Callable[..., T], /, *args: Any) -> T:
        if isinstance(fn, Task):  # already a task (fetch, with its retries)
            plain: Callable[..., T] = fn
            return timer.run(stage, plain, *args)
        as_task: Callable[..., T] = _stage_task.with_options(name=stage)
        return timer.run(stage, as_task, stage, fn, *args)

    return step


@task(name="transform-night", cache_policy=NO_CACHE)
def transform_task(
    source_rows: pa.Table | stages.StagedNight, ctx: transform.NightContext
) -> stages.Transformed:
    """The transform group of one night (parse → dedupe → extract → validate); no warehouse access."""
    return transform.transform_night(source_rows, ctx)


def write_lake(lake: Lake, batch: NightBatch) -> list[str]:
    """Replace the night's quarantine and manifest files (articles and facts are the warehouse's files)."""
    written: list[str] = []
    written.append(lake.write_quarantine(batch.quarantine, batch.ingest_date))
    written.append(lake.write_manifest(batch.raw_files, batch.ingest_date))
    return written


def load(
    warehouse: Catalog, lake: Lake, batch: NightBatch | Settle, timer: transform.StageTimer
) -> NightBatch:
    """Load the night into the warehouse as one snapshot, writing its lake files from what the load keeps.

    Articles and facts become the DuckLake's data files (the curated zone); the
    night's quarantine and manifest files are written inside the load's transaction,
    after its duplicate check, so a run killed while writing them commits nothing.
    ``batch`` may be the settle group (:data:`warehouse.loader.Settle`), run inside the
    same transaction. Returns what was committed (its run row carries the snapshot id).
    """
    with session(warehouse) as con:
        return load_night(
            con,
            batch,
            before_commit=lambda: fault_point("load"),
            kept=lambda kept: timer.run("write-lake", write_lake, lake, kept),
        )


def density_band(warehouse: Catalog, ingest_date: date, min_words: int | None = None) -> FactsDensity:
    """The facts-per-1,000-words band learned from earlier nights (read once, before transforms).

    ``min_words`` is the smallest night the band judges (``validation.min_words_for_rates``).
    """
    from expectations.suites import FactsDensity
    from warehouse.validation_store import density_history

    with session(warehouse) as con:
        return FactsDensity.from_history(density_history(con, before=ingest_date), min_words=min_words)
