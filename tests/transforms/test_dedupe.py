"""Exact deduplication keeps one article and counts every duplicate delivery."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from transforms.dedupe import deduplicate, drop_loaded_elsewhere
from transforms.normalize import Delivery, normalise_articles
from transforms.records import RawArticle

NIGHT = date(2026, 11, 23)


def _batch(*bodies_and_uris: tuple[str, str]) -> pa.Table:
    items = [
        (RawArticle(format="afp_text", headline="H", body=body), Delivery(f"raw-{uri}", "test", uri))
        for body, uri in bodies_and_uris
    ]
    return normalise_articles(items, NIGHT)


def test_duplicate_within_batch_is_counted_not_lost() -> None:
    result = deduplicate(_batch(("Same story.", "b.txt"), ("Same story.", "a.txt"), ("Other.", "c.txt")))
    assert result.articles.num_rows == 2
    assert result.duplicate_count == 1
    assert result.deliveries.num_rows == 3
    kept = result.articles.to_pylist()
    assert {row["source_uri"] for row in kept} == {"a.txt", "c.txt"}  # the first in a stable order wins


def test_article_loaded_by_an_earlier_night_is_a_duplicate() -> None:
    batch = _batch(("Old story.", "a.txt"), ("New story.", "b.txt"))
    old_hash = batch["content_hash"][0]
    result = deduplicate(batch, pa.array([old_hash.as_py()]))
    assert [row["source_uri"] for row in result.articles.to_pylist()] == ["b.txt"]
    assert result.deliveries["is_duplicate"].to_pylist() == [True, False]


def test_articles_loaded_by_another_night_are_dropped_at_load_time() -> None:
    result = deduplicate(_batch(("Old story.", "a.txt"), ("New story.", "b.txt")))
    old_hash = result.articles["content_hash"][0].as_py()
    articles, deliveries, dropped = drop_loaded_elsewhere(
        result.articles, result.deliveries, pa.array([old_hash])
    )
    assert dropped == 1
    assert [row["source_uri"] for row in articles.to_pylist()] == ["b.txt"]
    assert deliveries["disposition"].to_pylist() == ["duplicate", "loaded"]
    assert deliveries["is_duplicate"].to_pylist() == [True, False]
