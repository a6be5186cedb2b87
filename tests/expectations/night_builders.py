"""Small nights (articles and facts as Arrow tables) for the expectations tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from transforms.schemas import FACTS

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
BODY = "IS controls 70 percent of the city. In 1990 there were 12 towers and 300 guards."


def article(article_id: str, body: str = BODY, word_count: int | None = None) -> dict[str, Any]:
    """An article row with the columns the articles frame and the night frame read."""
    return {
        "article_id": article_id,
        "body": body,
        "format": "afp_text",
        "date_source": "run_date",
        "pub_status": "usable",
        "pub_date": date(2026, 11, 23),
        "subheads": [],
        "word_count": len(body.split()) if word_count is None else word_count,
    }


def fact(fact_id: str, article_id: str, surface: str, body: str = BODY, **extra: Any) -> dict[str, Any]:
    """A FACTS row whose offsets point at ``surface`` in ``body`` (or 0 when it is not there)."""
    start = max(body.find(surface), 0)
    row: dict[str, Any] = {name: None for name in FACTS.names}
    row.update(
        fact_id=fact_id,
        article_id=article_id,
        pub_date=date(2026, 11, 23),
        sentence_index=0,
        sentence=body,
        start=start,
        end=start + len(surface),
        surface=surface,
        value=float("".join(c for c in surface if c.isdigit()) or 0),
        qualifier="exact",
        unit=None,
        kind="count",
        extractor_version="test",
        ingest_date=date(2026, 11, 23),
    )
    row.update(extra)
    return row


def facts_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=FACTS)
