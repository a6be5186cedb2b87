"""Turn articles into the ``facts`` table with the numeric-fact extractor.

The extractor works on one text; this module runs it over a batch of articles
and adds what the warehouse needs: stable fact ids, the article's keys, links
between a measurement and its bracketed conversion, and the extractor version
so re-extraction after an improvement can be traced.
"""

from __future__ import annotations

import hashlib
import operator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from transforms.extract import EXTRACTOR_VERSION, Fact, extract, failure_reason
from transforms.parallel import map_in_order
from transforms.rows import table_from_tuples
from transforms.schemas import FACTS


def fact_id(article_id: str, start: int, end: int) -> str:
    """Stable id of a fact: the same span of the same article keeps its id across re-runs."""
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:24]


PARALLEL_MIN_CHARS = 2_000_000
"""Body text below which extraction stays in this process: a spawned worker costs ~0.8 s to import
the extractor and read its kept tables (:mod:`transforms.extract.kept`; ~1.8 s when it builds them),
about what one core extracts from 1-2 MB of wire text."""

CHUNKS_PER_WORKER = 8
"""Slices per worker, so a slow slice (a long earnings digest) does not leave a core idle at the end."""


@dataclass(frozen=True, slots=True)
class ExtractFailure:
    """An article the extractor failed on: no facts of it are made, and it is quarantined.

    Attributes:
        article_id: The article.
        reason: The extractor's version and error, for the quarantine row ("extractor 1.13.0
            failed: ValueError: ...").
    """

    article_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Extracted:
    """The facts of a batch, and the articles the extractor failed on.

    One story that trips an extractor bug must not stop the night: its fault is caught, the
    story goes to quarantine with the error, and every other story's facts still load.
    """

    facts: pa.Table
    failures: list[ExtractFailure] = field(default_factory=list)


def extract_facts(articles: pa.Table, workers: int = 1) -> Extracted:
    """Extract the numeric facts of every article body in a batch.

    The extractor is pure Python and CPU-bound, so a large batch is cut into
    contiguous slices of about equal text and extracted on ``workers`` cores, this
    process and ``workers - 1`` spawned ones (:func:`transforms.parallel.map_in_order`);
    the slices are put back in order, so the table is the same row for row whatever
    ``workers`` is. Small batches (a usual night) stay in process.

    Args:
        articles: Rows with at least ``article_id``, ``body``, ``pub_date`` and ``ingest_date``;
            ``headline`` and ``dateline_city``, when present, tell each fact its story's
            company and place.
        workers: Cores to extract on (1: this process only). Backfills, whose nights already
            run in parallel workers, pass 1.

    Returns:
        The facts (:data:`transforms.schemas.FACTS` schema) and the articles whose extraction
        failed, which have no facts in the table.
    """
    if workers > 1 and articles.num_rows > 1 and _body_chars(articles) >= PARALLEL_MIN_CHARS:
        slices = _balanced_slices(_wanted(articles), workers * CHUNKS_PER_WORKER)
        parts = map_in_order(_extract_serial, slices, workers)
        return Extracted(
            pa.concat_tables([part.facts for part in parts]),
            [failure for part in parts for failure in part.failures],
        )
    return _extract_serial(articles)


WANTED = ("article_id", "body", "pub_date", "ingest_date", "headline", "dateline_city")
"""The article columns extraction reads (the last two are optional)."""


def _wanted(articles: pa.Table) -> pa.Table:
    """Only the columns extraction reads: workers are sent no other."""
    return articles.select([c for c in WANTED if c in articles.column_names])


def _body_chars(articles: pa.Table) -> int:
    total = pc.sum(pc.utf8_length(articles["body"])).as_py()
    return int(total or 0)


def _balanced_slices(articles: pa.Table, count: int) -> list[pa.Table]:
    """Contiguous slices of ``articles`` holding about the same amount of body text each."""
    lengths = pc.fill_null(pc.utf8_length(articles["body"]), 0).to_pylist()
    target = max(1, sum(lengths) // count)
    slices: list[pa.Table] = []
    start, filled = 0, 0
    for row, length in enumerate(lengths):
        filled += length
        if filled >= target and len(slices) < count - 1:
            slices.append(_compact(articles, start, row + 1))
            start, filled = row + 1, 0
    if start < articles.num_rows:
        slices.append(_compact(articles, start, articles.num_rows))
    return slices


def _compact(articles: pa.Table, start: int, stop: int) -> pa.Table:
    """Rows ``start:stop`` in buffers of their own.

    A pickled ``Table.slice`` carries its parent's whole buffers: each of the slices sent to
    a worker would copy the night's every body into the pipe and the worker's memory.
    """
    return articles.take(pa.array(range(start, stop), pa.int64()))


def _extract_serial(articles: pa.Table) -> Extracted:
    """Extract a batch in this process (also what each worker runs on its slice)."""
    rows: list[tuple[Any, ...]] = []
    failures: list[ExtractFailure] = []
    for article in _wanted(articles).to_pylist():
        try:
            found = extract(
                article["body"], headline=article.get("headline"), dateline=article.get("dateline_city")
            )
        except Exception as error:  # one story's extractor fault is its own, not the night's
            failures.append(ExtractFailure(article["article_id"], failure_reason(error)))
            continue
        rows.extend(_fact_rows(article, found))
    return Extracted(table_from_tuples(rows, FACTS), failures)


_FROM_FACT = (
    "sentence_index", "sentence", "start", "end", "surface", "value", "low", "high", "qualifier",
    "change", "unit", "kind", "si_value", "si_unit", "subject", "subject_head", "about", "place",
)  # fmt: skip
"""The :data:`FACTS` columns a :class:`Fact` gives as they are, in the schema's order."""
_fact_fields = operator.attrgetter(*_FROM_FACT)


def _fact_rows(article: dict[str, Any], facts: list[Fact]) -> list[tuple[Any, ...]]:
    """One article's :data:`FACTS` rows, as tuples in its column order, links resolved to fact ids."""
    article_id, pub_date, ingest_date = article["article_id"], article["pub_date"], article["ingest_date"]
    ids = [fact_id(article_id, f.start, f.end) for f in facts]
    return [
        (
            ids[i],
            article_id,
            pub_date,
            *_fact_fields(f),
            ids[f.linked] if f.linked is not None else None,
            EXTRACTOR_VERSION,
            ingest_date,
        )
        for i, f in enumerate(facts)
    ]
