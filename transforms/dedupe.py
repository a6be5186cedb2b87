"""Exact deduplication on the normalised content hash.

A story fetched twice, or republished by a portal with different boilerplate,
normalises to the same text and so the same content hash. The first delivery
(in a stable order, so re-runs pick the same one) becomes the article; every
delivery, duplicates included, is kept in the ``deliveries`` table so nothing
fetched is lost and duplicates are counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from transforms.schemas import ARTICLES, DELIVERIES

_STABLE_ORDER = [("source_uri", "ascending"), ("item_ref", "ascending"), ("raw_hash", "ascending")]


@dataclass(frozen=True, slots=True)
class Deduplicated:
    """The result of deduplicating one batch.

    Attributes:
        articles: New distinct articles (ARTICLES schema).
        deliveries: Every delivery with its article id and duplicate flag (DELIVERIES schema).
    """

    articles: pa.Table
    deliveries: pa.Table

    @property
    def duplicate_count(self) -> int:
        """How many deliveries repeated an article already seen."""
        return int(pc.sum(self.deliveries["is_duplicate"]).as_py() or 0)


def deduplicate(batch: pa.Table, known_hashes: pa.Array | None = None) -> Deduplicated:
    """Collapse exact duplicates within a batch and against earlier nights.

    Args:
        batch: Normalised articles, one row per delivery (ARTICLES schema).
        known_hashes: Content hashes of articles loaded by other nights.

    Returns:
        The new distinct articles and one delivery row per input row.
    """
    ordered = batch.sort_by(_STABLE_ORDER)
    hashes = ordered["content_hash"]
    repeated = pa.array(hashes.to_pandas().duplicated().to_numpy(), pa.bool_())
    if known_hashes is not None and len(known_hashes):
        repeated = pc.or_(repeated, pc.is_in(hashes, value_set=known_hashes))
    is_first = pc.invert(repeated)
    deliveries = pa.table(
        {
            "raw_hash": ordered["raw_hash"],
            "item_ref": ordered["item_ref"],
            "source": ordered["source"],
            "source_uri": ordered["source_uri"],
            "content_hash": ordered["content_hash"],
            "article_id": ordered["article_id"],
            "is_duplicate": repeated,
            "ingest_date": ordered["ingest_date"],
            "disposition": pc.if_else(repeated, "duplicate", "loaded"),
        },
        schema=DELIVERIES,
    )
    return Deduplicated(articles=ordered.filter(is_first).cast(ARTICLES), deliveries=deliveries)


def drop_loaded_elsewhere(
    articles: pa.Table, deliveries: pa.Table, known_hashes: pa.Array
) -> tuple[pa.Table, pa.Table, int]:
    """Drop articles another night already loaded, and say so in their deliveries.

    Deduplication within a night runs with the night's transforms; against other
    nights it runs where the warehouse is read, just before loading, so nights
    transformed in parallel still load each article once.

    Args:
        articles: The night's distinct articles.
        deliveries: The night's deliveries.
        known_hashes: Content hashes other nights loaded.

    Returns:
        The articles left, the deliveries with the dropped ones marked ``duplicate``,
        and how many articles were dropped.
    """
    if not len(known_hashes):
        return articles, deliveries, 0
    known_article = pc.is_in(articles["content_hash"], value_set=known_hashes)
    known_delivery = pc.is_in(deliveries["content_hash"], value_set=known_hashes)
    marked = deliveries.set_column(
        deliveries.schema.get_field_index("is_duplicate"),
        "is_duplicate",
        pc.or_(deliveries["is_duplicate"], known_delivery),
    )
    marked = marked.set_column(
        marked.schema.get_field_index("disposition"),
        "disposition",
        pc.if_else(known_delivery, "duplicate", marked["disposition"]),
    )
    dropped = int(pc.sum(known_article).as_py() or 0)
    return articles.filter(pc.invert(known_article)), marked, dropped
