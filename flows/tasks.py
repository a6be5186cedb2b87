"""Prefect tasks: thin wrappers that run a stage of :mod:`flows.stages` and log it.

The nightly flow runs one task per stage over the whole night's batch; a
backfill runs :func:`transform_task` (the whole transform group) once per night,
on whatever task runner is configured, and the settle and load tasks in the
driver, one night after another. Inputs are Arrow tables and small dataclasses,
so no task caches on hashed inputs (``NO_CACHE``): a re-run must recompute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from flows import stages
from flows.faults import fault_point
from flows.lake import Lake
from flows.settings import Settings
from flows.sources import FetchResult, fetch_source
from transforms.facts import extract_facts
from transforms.stories import StoryStage
from warehouse.connection import connect
from warehouse.loader import (
    NightBatch,
    known_content_hashes,
    landed_elsewhere,
    load_night,
    loaded_versions,
    stored_cursor,
)

if TYPE_CHECKING:
    from expectations.suites import FactsDensity


@task(name="fetch", cache_policy=NO_CACHE)
def fetch_task(settings: Settings, ingest_date: date) -> FetchResult:
    """Land the source's new payloads in the raw zone."""
    name, config = settings.resolve_source()
    con = connect(settings.warehouse)
    try:
        already = landed_elsewhere(con, ingest_date)
        cursor = stored_cursor(con, name)
    finally:
        con.close()
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


@task(name="parse", cache_policy=NO_CACHE)
def parse_task(manifest: pa.Table, lake: Lake, ingest_date: date) -> stages.Parsed:
    """Read every landed payload with the reader its content calls for, then normalise."""
    parsed = stages.parse(manifest, lake, ingest_date)
    get_run_logger().info("read %d articles, %d items refused", parsed.articles.num_rows, len(parsed.rejects))
    return parsed


@task(name="dedupe", cache_policy=NO_CACHE)
def dedupe_task(articles: pa.Table) -> stages.NightDedupe:
    """Split off kill notices and collapse exact duplicates within the night."""
    result = stages.dedupe_night(articles)
    get_run_logger().info(
        "%d distinct articles, %d duplicates within the night, %d kill notices",
        result.articles.num_rows,
        result.duplicates,
        result.kill_notices.num_rows,
    )
    return result


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(articles: pa.Table) -> pa.Table:
    """Extract the numeric facts of every article."""
    facts = extract_facts(articles)
    get_run_logger().info("extracted %d facts from %d articles", facts.num_rows, articles.num_rows)
    return facts


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(
    articles: pa.Table,
    facts: pa.Table,
    *,
    source: str,
    docs_root: Path,
    ingest_date: date,
    run_id: str,
    band: FactsDensity | None,
) -> stages.Validated:
    """Validate the night through a GX Checkpoint; split good rows from bad."""
    checked = stages.validate(
        articles, facts, source=source, docs_root=docs_root, ingest_date=ingest_date, run_id=run_id, band=band
    )
    if not checked.critical_passed:
        get_run_logger().error("\n".join(checked.explanation))
    return checked


@task(name="transform-night", cache_policy=NO_CACHE)
def transform_task(
    source_rows: pa.Table | stages.StagedNight,
    *,
    lake: Lake,
    docs_root: Path,
    ingest_date: date,
    run_id: str,
    source: str,
    band: FactsDensity | None,
    build_docs: bool,
) -> stages.Transformed:
    """The transform group of one night (parse → dedupe → extract → validate); no warehouse access."""
    return stages.transform_night(
        source_rows,
        lake=lake,
        docs_root=docs_root,
        ingest_date=ingest_date,
        run_id=run_id,
        source=source,
        band=band,
        build_docs=build_docs,
    )


@dataclass(slots=True)
class SettledNight:
    """The settle stage's results: the night compared with history, and its story links."""

    settled: stages.Settled
    stories: StoryStage


@task(name="settle", cache_policy=NO_CACHE)
def settle_task(
    validated: stages.Validated, deliveries: pa.Table, warehouse: Path, ingest_date: date
) -> SettledNight:
    """Compare the night with other nights (stale versions, repeats) and link its stories."""
    con = connect(warehouse)
    try:
        agency_ids = validated.articles["agency_id"].combine_chunks()
        versions = loaded_versions(con, agency_ids, ingest_date)
        hashes = validated.articles["content_hash"].combine_chunks()
        known = known_content_hashes(con, hashes, ingest_date)
        settled = stages.settle(validated, deliveries, loaded_versions=versions, known_hashes=known)
        stories = stages.link_stories(con, settled.articles, ingest_date)
    finally:
        con.close()
    get_run_logger().info(
        "%d articles to load: %d loaded by other nights, %d stale versions; %d joined a stored story",
        settled.articles.num_rows,
        settled.duplicates,
        settled.stale_versions,
        stories.joined_stored,
    )
    return SettledNight(settled, stories)


@task(name="write-lake", cache_policy=NO_CACHE)
def write_lake_task(lake: Lake, batch: NightBatch) -> list[str]:
    """Replace the night's Parquet files; a refused night writes only its quarantine and manifest."""
    written: list[str] = []
    if batch.load_data:
        written += lake.write_night("articles", batch.articles, batch.ingest_date)
        written += lake.write_night("facts", batch.facts, batch.ingest_date)
    written.append(lake.write_quarantine(batch.quarantine, batch.ingest_date))
    written.append(lake.write_manifest(batch.raw_files, batch.ingest_date))
    return written


@task(name="load", cache_policy=NO_CACHE)
def load_task(warehouse: Path, batch: NightBatch) -> None:
    """Load the night into DuckDB in one transaction."""
    con = connect(warehouse)
    try:
        load_night(con, batch, before_commit=lambda: fault_point("load"))
    finally:
        con.close()


def density_band(warehouse: Path, ingest_date: date, min_words: int | None = None) -> FactsDensity:
    """The facts-per-1,000-words band learned from earlier nights (read once, before transforms).

    ``min_words`` is the smallest night the band judges (``validation.min_words_for_rates``).
    """
    from expectations.suites import FactsDensity
    from warehouse.validation_store import density_history

    con = connect(warehouse)
    try:
        return FactsDensity.from_history(density_history(con, before=ingest_date), min_words=min_words)
    finally:
        con.close()
