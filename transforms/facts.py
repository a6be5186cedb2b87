"""Turn articles into the ``facts`` table with the numeric-fact extractor.

The extractor works on one text; this module runs it over a batch of articles
and adds what the warehouse needs: stable fact ids, the article's keys, links
between a measurement and its bracketed conversion, and the extractor version
so re-extraction after an improvement can be traced.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pyarrow as pa

from transforms.extract import EXTRACTOR_VERSION, Fact, extract
from transforms.schemas import FACTS


def fact_id(article_id: str, start: int, end: int) -> str:
    """Stable id of a fact: the same span of the same article keeps its id across re-runs."""
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:24]


def extract_facts(articles: pa.Table) -> pa.Table:
    """Extract the numeric facts of every article body in a batch.

    Args:
        articles: Rows with at least ``article_id``, ``body``, ``pub_date`` and ``ingest_date``;
            ``headline`` and ``dateline_city``, when present, tell each fact its story's
            company and place.

    Returns:
        A table with the :data:`transforms.schemas.FACTS` schema.
    """
    rows: list[dict[str, Any]] = []
    wanted = ["article_id", "body", "pub_date", "ingest_date", "headline", "dateline_city"]
    columns = articles.select([c for c in wanted if c in articles.column_names]).to_pylist()
    for article in columns:
        found = extract(
            article["body"], headline=article.get("headline"), dateline=article.get("dateline_city")
        )
        rows.extend(_fact_rows(article, found))
    return pa.Table.from_pylist(rows, schema=FACTS)


def _fact_rows(article: dict[str, Any], facts: list[Fact]) -> list[dict[str, Any]]:
    """Rows for one article's facts, links resolved to fact ids."""
    ids = [fact_id(article["article_id"], f.start, f.end) for f in facts]
    return [
        {
            "fact_id": ids[i],
            "article_id": article["article_id"],
            "pub_date": article["pub_date"],
            "sentence_index": f.sentence_index,
            "sentence": f.sentence,
            "start": f.start,
            "end": f.end,
            "surface": f.surface,
            "value": f.value,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier,
            "change": f.change,
            "unit": f.unit,
            "kind": f.kind,
            "si_value": f.si_value,
            "si_unit": f.si_unit,
            "subject": f.subject,
            "subject_head": f.subject_head,
            "about": f.about,
            "place": f.place,
            "linked_fact_id": ids[f.linked] if f.linked is not None else None,
            "extractor_version": EXTRACTOR_VERSION,
            "ingest_date": article["ingest_date"],
        }
        for i, f in enumerate(facts)
    ]
