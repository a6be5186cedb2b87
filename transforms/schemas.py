"""Explicit Arrow schemas for every dataset the pipeline writes.

Parquet files, validation frames and warehouse tables are all built from these,
so a column is named and typed in exactly one place.
"""

from __future__ import annotations

import pyarrow as pa

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("raw_hash", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("source_uri", pa.string()),
        pa.field("format", pa.string(), nullable=False),
        pa.field("item_ref", pa.string()),
        pa.field("agency_id", pa.string()),
        pa.field("agency_version", pa.int64()),
        pa.field("pub_status", pa.string(), nullable=False),
        pa.field("headline", pa.string()),
        pa.field("dateline_city", pa.string()),
        pa.field("agency", pa.string()),
        pa.field("language", pa.string()),
        pa.field("byline", pa.string()),
        pa.field("published_at", pa.timestamp("us", tz="UTC")),
        pa.field("pub_date", pa.date32(), nullable=False),
        pa.field("date_source", pa.string(), nullable=False),
        pa.field("body", pa.string(), nullable=False),
        pa.field("subheads", pa.list_(pa.string())),
        pa.field("paragraph_count", pa.int32(), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field("boilerplate_removed", pa.int32(), nullable=False),
        pa.field("ingest_date", pa.date32(), nullable=False),
    ]
)
"""One row per distinct article (after exact deduplication)."""

DELIVERIES = pa.schema(
    [
        pa.field("raw_hash", pa.string(), nullable=False),
        pa.field("item_ref", pa.string()),
        pa.field("source", pa.string(), nullable=False),
        pa.field("source_uri", pa.string()),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("is_duplicate", pa.bool_(), nullable=False),
        pa.field("ingest_date", pa.date32(), nullable=False),
        pa.field("disposition", pa.string(), nullable=False),
    ]
)
"""One row per article as delivered, duplicates included: nothing fetched is lost.

``disposition`` is ``loaded``, ``duplicate``, ``stale_version`` (older than a version
already loaded) or ``kill_notice`` (a withheld or canceled item).
"""

KILL_NOTICES = pa.schema(
    [
        pa.field("agency_id", pa.string(), nullable=False),
        pa.field("agency_version", pa.int64()),
        pa.field("pub_status", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("raw_hash", pa.string(), nullable=False),
        pa.field("item_ref", pa.string()),
        pa.field("ingest_date", pa.date32(), nullable=False),
    ]
)
"""Withheld or canceled items: their story's facts leave the warehouse."""

FACTS = pa.schema(
    [
        pa.field("fact_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("pub_date", pa.date32(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("surface", pa.string(), nullable=False),
        pa.field("value", pa.float64()),
        pa.field("low", pa.float64()),
        pa.field("high", pa.float64()),
        pa.field("qualifier", pa.string(), nullable=False),
        pa.field("change", pa.string()),
        pa.field("unit", pa.string()),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("si_value", pa.float64()),
        pa.field("si_unit", pa.string()),
        pa.field("subject", pa.string()),
        pa.field("subject_head", pa.string()),
        pa.field("about", pa.string()),
        pa.field("place", pa.string()),
        pa.field("linked_fact_id", pa.string()),
        pa.field("extractor_version", pa.string(), nullable=False),
        pa.field("ingest_date", pa.date32(), nullable=False),
    ]
)
"""One row per numeric fact; ``start``/``end`` are offsets into the article body."""

QUARANTINE = pa.schema(
    [
        pa.field("quarantine_id", pa.string(), nullable=False),
        pa.field("ingest_date", pa.date32(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("raw_ref", pa.string()),
        pa.field("item_ref", pa.string()),
        pa.field("record_id", pa.string()),
    ]
)
"""What could not be loaded, with the stage, the reason and where the raw bytes are."""

RAW_FILES = pa.schema(
    [
        pa.field("raw_hash", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("source_uri", pa.string(), nullable=False),
        pa.field("raw_path", pa.string(), nullable=False),
        pa.field("size_bytes", pa.int64(), nullable=False),
        pa.field("fetched_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("ingest_date", pa.date32(), nullable=False),
        pa.field("http_status", pa.int32()),
        pa.field("http_headers", pa.string()),
    ]
)
"""The manifest of the raw landing zone: one row per payload fetched.

``http_status`` and ``http_headers`` (a JSON object) are set by HTTP sources only.
"""
