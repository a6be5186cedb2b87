"""A backfill over the bundled sample's nights, and the warehouse rows two backfills must agree on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from flows.backfill import BackfillSummary, run_backfill
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

START, END = date(2026, 11, 19), date(2026, 11, 23)
TABLES = {
    "articles": "article_id, pub_date, ingest_date, headline",
    "facts": "fact_id, article_id, value, unit, subject, extractor_version, ingest_date",
    "deliveries": "article_id, disposition, ingest_date",
    "story_links": "article_id, linked_id, evidence, ingest_date",
    "quarantine": "ingest_date, stage, reason",  # its ids name the drop folder, which tests vary
}


def backfill(drop: Path, lake: str, warehouse: Path, **kwargs: Any) -> BackfillSummary:
    """Backfill START..END from ``drop`` (one worker, from the source, unless ``kwargs`` say otherwise)."""
    settings = load_settings(source=str(drop), lake=lake, warehouse=str(warehouse))
    return run_backfill(settings, START, END, **{"workers": 1, "reextract": False, **kwargs})


def warehouse_state(warehouse: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The compared columns of every table in TABLES, sorted."""
    con = connect_warehouse(warehouse, read_only=True)
    try:
        return {
            t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in TABLES.items()
        }
    finally:
        con.close()
