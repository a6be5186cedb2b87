"""The stages of a night as plain functions: what the Prefect tasks run.

Two groups, because of DuckDB's single writer:

* **transform** stages (parse, dedupe within the night, extract, validate) read
  the lake and nothing else; they hold no connection and pickle, so a backfill
  can run many nights of them in parallel, on Dask workers too;
* **settle** stages (deduplicate against other nights, drop stale versions, link
  stories) read the warehouse; they run in the one process that loads, one
  night after another, right before that night's load.

Their order is listed once, in :func:`flows.transform.transform_night` (transform
group) and :func:`flows.pipeline.settle_and_load` (settle group).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from flows.io.lake import Lake
from transforms.dedupe import deduplicate, drop_loaded_elsewhere
from transforms.facts import Extracted
from transforms.limits import ArticleLimits, apply_limits
from transforms.quarantine import QuarantineEntry
from transforms.readers.batch import Payload, read_batch
from transforms.readers.dates import last_modified
from transforms.rows import keep_rows
from transforms.schemas import DELIVERIES, KILL_NOTICES
from transforms.versions import drop_stale_versions, split_kill_notices

if TYPE_CHECKING:  # GX stays out of the import path until a validation runs
    from expectations.suites import FactsDensity


_GX_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class StagedNight:
    """A night a backfill staged in the lake as normalised articles (see :meth:`Lake.stage`)."""

    backfill_id: str
    night: date


@dataclass(slots=True)
class Parsed:
    """Normalised articles of a night (one row per delivery) and what could not be read."""

    articles: pa.Table
    rejects: list[QuarantineEntry] = field(default_factory=list)


@dataclass(slots=True)
class NightDedupe:
    """The night's distinct articles, every delivery's fate, and the kill notices."""

    articles: pa.Table
    deliveries: pa.Table
    kill_notices: pa.Table
    duplicates: int


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


@dataclass(slots=True)
class Transformed:
    """What the transform group made of one night that the settle group needs (picklable, no connections).

    The parsed articles themselves are not kept: dedupe copies them (sorted, repeats
    dropped), and the parsed table held on to the load was 22 MB for nothing on all of
    Reuters-21578; their count is.

    Attributes:
        articles_read: How many articles the parse stage read (one per delivery).
        read_rejects: What the parse stage could not read, or refused (over a limit), and the
            stories the extract stage failed on (:func:`extract_rejects`).
    """

    articles_read: int
    read_rejects: list[QuarantineEntry]
    deduped: NightDedupe
    validated: Validated
    stage_seconds: dict[str, float]


@dataclass(slots=True)
class Settled:
    """The night after comparing it with what other nights loaded."""

    articles: pa.Table
    facts: pa.Table
    deliveries: pa.Table
    duplicates: int
    stale_versions: int


def parse(
    manifest: pa.Table,
    lake: Lake,
    ingest_date: date,
    *,
    limits: ArticleLimits | None = None,
    max_bytes: int | None = None,
    workers: int = 1,
) -> Parsed:
    """Read every landed payload with the reader its content calls for, normalise, apply the limits.

    Articles over a bound of :mod:`transforms.limits` are quarantined here, before
    extraction, so one hostile story cannot exhaust the night's memory.

    Args:
        manifest: RAW_FILES rows of the payloads to read.
        lake: The lake holding them.
        ingest_date: The night.
        limits: Article bounds; default: the configured ``limits.*``.
        max_bytes: Largest payload a reader takes; default: the configured
            ``fetch.max_payload_bytes``, so raising the fetch limit raises the reader's too.
        workers: Processes a large night is read in (1: this one).
    """
    limits, max_bytes = _configured(limits, max_bytes)
    rows = manifest.to_pylist()
    return within_limits(read_payloads(rows, lake, ingest_date, max_bytes, workers), limits)


def read_payloads(
    rows: list[dict[str, Any]], lake: Lake, run_date: date, max_bytes: int | None = None, workers: int = 1
) -> Parsed:
    """Read landed payloads (RAW_FILES rows) and normalise their articles; no limits applied yet.

    The one reading rule of the pipeline: the nightly parse stage and a backfill's
    staging by publication date both read payloads through it, so they cannot drift
    (payload size limit, the payload's modified time, the run date, the source name).
    A large night is read on ``workers`` processes (:func:`transforms.readers.batch.read_batch`),
    with the same rows in the same order.
    """
    if max_bytes is None:
        max_bytes = _configured(None, None)[1]
    payloads = [
        Payload(
            lake.read_raw(row["raw_hash"]),
            row["raw_hash"],
            row["source"],
            row["source_uri"],
            last_modified(row.get("http_headers")),
        )
        for row in rows
    ]
    batch = read_batch(payloads, run_date, max_bytes, workers)
    rejects = [
        QuarantineEntry("read", r.reason, row["source"], row["raw_hash"], r.item_ref or row["source_uri"])
        for row, found in zip(rows, batch.rejects, strict=True)
        for r in found
    ]
    return Parsed(batch.articles, rejects)


def within_limits(parsed: Parsed, limits: ArticleLimits | None = None) -> Parsed:
    """The parsed night minus the articles over a bound, which join its rejects."""
    kept, over = apply_limits(parsed.articles, limits or _configured(None, None)[0])
    return Parsed(kept, parsed.rejects + over) if over else parsed


def _configured(limits: ArticleLimits | None, max_bytes: int | None) -> tuple[ArticleLimits, int]:
    """The given bounds, else the configured ones (read here, so every caller of parse gets them)."""
    if limits is not None and max_bytes is not None:
        return limits, max_bytes
    from flows.settings import load_settings

    settings = load_settings()
    configured = settings.limits.article_limits()
    return limits or configured, max_bytes or settings.fetch.max_payload_bytes


def dedupe_night(articles: pa.Table) -> NightDedupe:
    """Split off kill notices, then collapse exact duplicates within the night."""
    split = split_kill_notices(articles)
    result = deduplicate(split.articles)
    return NightDedupe(
        articles=result.articles,
        deliveries=pa.concat_tables([result.deliveries, split.set_aside]).cast(DELIVERIES),
        kill_notices=split.kill_notices.cast(KILL_NOTICES),
        duplicates=result.duplicate_count,
    )


def extract_rejects(
    articles: pa.Table, extracted: Extracted, source: str
) -> tuple[pa.Table, list[QuarantineEntry]]:
    """The articles the extractor did not fail on, and a quarantine entry for each it failed on.

    A story the extractor failed on has no facts; loading it would drop its facts silently. So it
    is held back, like a story that fails validation: its quarantine row names the error and leads
    back to its raw bytes, its delivery says ``quarantined``, and a re-run once the extractor is
    fixed loads it.
    """
    if not extracted.failures:
        return articles, []
    failed = {failure.article_id: failure.reason for failure in extracted.failures}
    refs = _raw_refs(articles)
    entries = [
        QuarantineEntry("extract", reason, source, *refs.get(article, (None, None)), article)
        for article, reason in failed.items()
    ]
    failed_ids = pa.array(list(failed), pa.string())
    return keep_rows(articles, pc.invert(pc.is_in(articles["article_id"], failed_ids))), entries


def validate(
    articles: pa.Table,
    facts: pa.Table,
    *,
    source: str,
    docs_root: Path,
    ingest_date: date,
    run_id: str,
    band: FactsDensity | None,
    build_docs: bool = True,
    docs_every: int = 1,
) -> Validated:
    """Validate the night through a GX Checkpoint (Data Docs in ``docs_root``); split good rows from bad."""
    from expectations.checkpoint import validate_night
    from expectations.results import validation_results_table
    from expectations.run_page import failing_rows, write_run_page

    with _GX_LOCK:  # GX keeps process-global state: one validation at a time per process
        night = validate_night(
            articles,
            facts,
            now=datetime.now(UTC),
            docs_root=docs_root,
            run_name=run_id,
            history=band,
            build_docs=build_docs,
            docs_every=docs_every,
        )
    bad_articles = {articles["article_id"][i].as_py(): rules for i, rules in night.article_failures.items()}
    bad_facts = {facts["fact_id"][i].as_py(): rules for i, rules in night.fact_failures.items()}
    refs = _raw_refs(articles)
    fact_article: dict[str, str] = dict(
        zip(facts["fact_id"].to_pylist(), facts["article_id"].to_pylist(), strict=True)
    )
    rejects = [
        QuarantineEntry(
            "validate",
            f"article failed expectation(s): {', '.join(r)}",
            source,
            *refs.get(a, (None, None)),
            a,
        )
        for a, r in bad_articles.items()
    ] + [
        QuarantineEntry(
            "validate",
            f"fact failed expectation(s): {', '.join(r)}",
            source,
            *refs.get(fact_article.get(f, ""), (None, None)),
            f,
        )
        for f, r in bad_facts.items()
    ]
    good_articles = keep_rows(
        articles, pc.invert(pc.is_in(articles["article_id"], pa.array(list(bad_articles), pa.string())))
    )
    keep_facts = pc.and_(
        pc.invert(pc.is_in(facts["fact_id"], pa.array(list(bad_facts), pa.string()))),
        pc.is_in(facts["article_id"], good_articles["article_id"]),
    )
    verdict = "passed" if night.passed else "critical expectation failed"
    verdict += "".join(f"; {note}" for note in night.notes)  # a rate too small to judge says so
    page = write_run_page(
        docs_root,
        run_id,
        f"night {ingest_date}, run {run_id}: {verdict}",
        night.results,
        failing_rows(articles, facts, bad_articles, bad_facts),
    )
    return Validated(
        articles=good_articles,
        facts=keep_rows(facts, keep_facts),
        rejects=rejects,
        checked_rows=articles.num_rows + facts.num_rows,
        failed_rows=len(bad_articles) + len(bad_facts),
        failed_rules=night.failed_rules,
        critical_passed=night.passed,
        explanation=night.explain(),
        docs_index=str(page),
        results=validation_results_table(run_id, ingest_date, night.results),
    )


def _raw_refs(articles: pa.Table) -> dict[str, tuple[str | None, str | None]]:
    """Article id -> (payload hash, item in it), so a quarantined row leads back to its raw bytes."""
    rows = articles.select(["article_id", "raw_hash", "item_ref", "source_uri"]).to_pylist()
    return {row["article_id"]: (row["raw_hash"], row["item_ref"] or row["source_uri"]) for row in rows}


def settle(
    validated: Validated,
    deliveries: pa.Table,
    *,
    loaded_versions: dict[str, int],
    known_hashes: pa.Array,
) -> Settled:
    """Compare the night with what other nights loaded: drop stale versions and repeats.

    Args:
        validated: The night's validated articles and facts.
        deliveries: The night's deliveries so far.
        loaded_versions: Highest agency version loaded by other nights, per agency id.
        known_hashes: Content hashes of the night's articles that other nights loaded.
    """
    current = drop_stale_versions(validated.articles, loaded_versions)
    stale_ids = current.set_aside["article_id"]
    stale_deliveries = pc.and_(
        pc.is_in(deliveries["article_id"], stale_ids), pc.equal(deliveries["disposition"], "loaded")
    )
    deliveries = pa.concat_tables([deliveries.filter(pc.invert(stale_deliveries)), current.set_aside])
    articles, deliveries, repeated = drop_loaded_elsewhere(current.articles, deliveries, known_hashes)
    facts = keep_rows(validated.facts, pc.is_in(validated.facts["article_id"], articles["article_id"]))
    deliveries = _mark_quarantined(deliveries, validated.articles)
    return Settled(articles, facts, deliveries.cast(DELIVERIES), repeated, current.set_aside.num_rows)


def _mark_quarantined(deliveries: pa.Table, passed: pa.Table) -> pa.Table:
    """Deliveries of an article that failed validation say ``quarantined``, not ``loaded``.

    Otherwise ``deliveries`` would claim an article that ``articles`` does not hold.
    """
    failed = pc.and_(
        pc.is_in(deliveries["disposition"], pa.array(["loaded", "duplicate"])),
        pc.invert(pc.is_in(deliveries["article_id"], passed["article_id"])),
    )
    index = deliveries.schema.get_field_index("disposition")
    return deliveries.set_column(
        index, "disposition", pc.if_else(failed, "quarantined", deliveries["disposition"])
    )
