"""Prefect tasks: one per stage, each over the whole night's batch.

Tasks are thin: they call the pure functions in :mod:`transforms`, do the I/O
at the edges (lake, warehouse) and log through Prefect's run logger. Inputs are
Arrow tables and small dataclasses, so no task caches on hashed inputs
(``NO_CACHE``): a re-run of a night must recompute, not replay a cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from flows.lake import Lake
from flows.settings import Settings
from flows.sources import FetchResult, fetch_source
from transforms.dedupe import deduplicate
from transforms.facts import extract_facts
from transforms.normalize import Delivery, normalise_articles
from transforms.quarantine import QuarantineEntry
from transforms.readers import read_payload
from transforms.records import RawArticle
from transforms.stories import StoryStage, assign_stories, sketch_night
from transforms.versions import split_versions
from warehouse.connection import connect
from warehouse.loader import (
    NightBatch,
    known_content_hashes,
    landed_elsewhere,
    load_night,
    loaded_versions,
    stored_cursor,
)
from warehouse.stories import history_candidates


@dataclass(slots=True)
class Parsed:
    """Normalised articles of a night (one row per delivery) and what could not be read."""

    articles: pa.Table
    rejects: list[QuarantineEntry] = field(default_factory=list)


@dataclass(slots=True)
class Validated:
    """Rows that passed validation, the quarantine entries of those that did not, and the verdict."""

    articles: pa.Table
    facts: pa.Table
    rejects: list[QuarantineEntry]
    checked_rows: int
    failed_rows: int
    failed_rules: dict[str, int]
    critical_passed: bool
    explanation: list[str]
    docs_index: str
    results: pa.Table

    @property
    def failure_rate(self) -> float:
        """Share of validated rows that broke at least one rule."""
        return self.failed_rows / self.checked_rows if self.checked_rows else 0.0


@task(name="fetch", cache_policy=NO_CACHE)
def fetch_task(settings: Settings, ingest_date: date) -> FetchResult:
    """Land the source's new payloads in the raw zone."""
    logger = get_run_logger()
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
        lake=Lake(settings.lake),
        ingest_date=ingest_date,
        already_ingested=already,
        cursor=cursor,
        max_bytes=settings.fetch.max_payload_bytes,
    )
    logger.info(
        "fetched %d payloads from source %r: %d new, %d ingested by earlier nights, %d refused",
        result.seen,
        name,
        result.manifest.num_rows,
        result.skipped,
        len(result.rejects),
    )
    return result


@task(name="parse", cache_policy=NO_CACHE)
def parse_task(manifest: pa.Table, lake_root: Path, ingest_date: date) -> Parsed:
    """Read every landed payload with the reader its content calls for, then normalise."""
    lake = Lake(lake_root)
    items: list[tuple[RawArticle, Delivery]] = []
    rejects: list[QuarantineEntry] = []
    for row in manifest.to_pylist():
        result = read_payload(lake.read_raw(row["raw_hash"]), row["source_uri"])
        delivery = Delivery(row["raw_hash"], row["source"], row["source_uri"])
        items.extend((article, delivery) for article in result.articles)
        rejects.extend(
            QuarantineEntry("read", r.reason, row["source"], row["raw_hash"], r.item_ref or row["source_uri"])
            for r in result.rejects
        )
    get_run_logger().info("read %d articles, %d items refused", len(items), len(rejects))
    return Parsed(articles=normalise_articles(items, ingest_date), rejects=rejects)


@dataclass(slots=True)
class DedupeStage:
    """The night's articles to extract from, every delivery's fate, and the kill notices."""

    articles: pa.Table
    deliveries: pa.Table
    kill_notices: pa.Table
    duplicates: int
    stale_versions: int


@task(name="dedupe", cache_policy=NO_CACHE)
def dedupe_task(articles: pa.Table, warehouse: Path, ingest_date: date) -> DedupeStage:
    """Set kill notices and stale versions aside, then collapse exact duplicates."""
    con = connect(warehouse)
    try:
        versions = loaded_versions(con, articles["agency_id"].combine_chunks(), ingest_date)
        split = split_versions(articles, versions)
        known = known_content_hashes(con, split.articles["content_hash"].combine_chunks(), ingest_date)
    finally:
        con.close()
    result = deduplicate(split.articles, known)
    get_run_logger().info(
        "%d distinct new articles, %d duplicates, %d stale versions, %d kill notices",
        result.articles.num_rows,
        result.duplicate_count,
        split.stale_count,
        split.kill_notices.num_rows,
    )
    return DedupeStage(
        articles=result.articles,
        deliveries=pa.concat_tables([result.deliveries, split.set_aside]),
        kill_notices=split.kill_notices,
        duplicates=result.duplicate_count,
        stale_versions=split.stale_count,
    )


@task(name="stories", cache_policy=NO_CACHE)
def stories_task(articles: pa.Table, warehouse: Path, ingest_date: date) -> StoryStage:
    """Link the night's articles to the stories they continue, stored ones included.

    Only the stored articles sharing a band hash, an agency id or a same-city
    follow-up window are read, so the cost follows the night, not the history.
    """
    night = sketch_night(articles, ingest_date)
    con = connect(warehouse)
    try:
        history, matches = history_candidates(con, articles, night.bands, ingest_date)
    finally:
        con.close()
    result = assign_stories(articles, night, history, matches, ingest_date)
    get_run_logger().info(
        "%d articles in %d stories; %d joined a story of another night (%d stored candidates, %d links)",
        articles.num_rows,
        len(set(result.assignments["story_id"].to_pylist())),
        result.joined_stored,
        history.num_rows,
        result.links.num_rows,
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
    articles: pa.Table, facts: pa.Table, source: str, settings: Settings, ingest_date: date, run_id: str
) -> Validated:
    """Validate the night through a GX Checkpoint (Data Docs in the lake); split good rows from bad."""
    from expectations.checkpoint import validate_night
    from expectations.results import validation_results_table
    from expectations.run_page import write_run_page
    from expectations.suites import FactsDensity
    from warehouse.validation_store import density_history

    con = connect(settings.warehouse)
    try:
        band = FactsDensity.from_history(density_history(con, before=ingest_date))
    finally:
        con.close()
    night = validate_night(
        articles,
        facts,
        now=datetime.now(UTC),
        docs_root=Path(settings.lake) / "data_docs",
        run_name=run_id,
        history=band,
    )
    bad_articles = {articles["article_id"][i].as_py(): rules for i, rules in night.article_failures.items()}
    bad_facts = {facts["fact_id"][i].as_py(): rules for i, rules in night.fact_failures.items()}
    rejects = [
        QuarantineEntry(
            "validate", f"article failed expectation(s): {', '.join(rules)}", source, record_id=article_id
        )
        for article_id, rules in bad_articles.items()
    ] + [
        QuarantineEntry(
            "validate", f"fact failed expectation(s): {', '.join(rules)}", source, record_id=fact_id
        )
        for fact_id, rules in bad_facts.items()
    ]
    keep_articles = pc.invert(pc.is_in(articles["article_id"], pa.array(list(bad_articles), pa.string())))
    good_articles = articles.filter(keep_articles)
    keep_facts = pc.and_(
        pc.invert(pc.is_in(facts["fact_id"], pa.array(list(bad_facts), pa.string()))),
        pc.is_in(facts["article_id"], good_articles["article_id"]),
    )
    verdict = "passed" if night.passed else "critical expectation failed"
    run_page = write_run_page(
        Path(settings.lake) / "data_docs",
        run_id,
        f"night {ingest_date}, run {run_id}: {verdict}",
        night.results,
    )
    if not night.passed:
        get_run_logger().error("\n".join(night.explain()))
    return Validated(
        articles=good_articles,
        facts=facts.filter(keep_facts),
        rejects=rejects,
        checked_rows=articles.num_rows + facts.num_rows,
        failed_rows=len(bad_articles) + len(bad_facts),
        failed_rules=night.failed_rules,
        critical_passed=night.passed,
        explanation=night.explain(),
        docs_index=str(run_page),
        results=validation_results_table(run_id, ingest_date, night.results),
    )


@task(name="write-lake", cache_policy=NO_CACHE)
def write_lake_task(lake_root: Path, batch: NightBatch) -> list[Path]:
    """Replace the night's Parquet files; a refused night writes only its quarantine and manifest."""
    lake = Lake(lake_root)
    written: list[Path] = []
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
        load_night(con, batch)
    finally:
        con.close()
