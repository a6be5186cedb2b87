"""Normalisation: cleaning, dates, boilerplate and the content hash."""

from __future__ import annotations

from datetime import UTC, date, datetime

from transforms.normalize import Delivery, clean_text, normalise_article, normalise_articles
from transforms.records import RawArticle

DELIVERY = Delivery(raw_hash="r1", source="test", source_uri="file:///drop/a.txt")
NIGHT = date(2026, 11, 23)


def test_clean_text_straightens_quotes_dashes_and_spaces() -> None:
    assert clean_text("\u201cIt\u2019s over\u201d \u2014  he said\u00a0\u2013 twice\u2026") == (
        '"It\'s over" - he said - twice...'
    )


def test_clean_text_composes_unicode() -> None:
    assert clean_text("Re\u0301union") == "R\u00e9union"


def test_story_without_date_takes_the_run_date() -> None:
    row = normalise_article(RawArticle(format="afp_text", body="Text."), DELIVERY, NIGHT)
    assert (row["pub_date"], row["date_source"]) == (NIGHT, "run_date")


def test_story_with_date_keeps_it_and_says_where_it_came_from() -> None:
    when = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    row = normalise_article(RawArticle(format="ninjs", body="Text.", published_at=when), DELIVERY, NIGHT)
    assert (row["pub_date"], row["date_source"]) == (date(2026, 11, 20), "metadata")


def test_portal_copy_hashes_like_the_wire_copy() -> None:
    wire = RawArticle(
        format="afp_text", headline="Cod quota cut", body="Ministers cut \u201cdeep\u201d.\n\nEnd."
    )
    portal = RawArticle(
        format="afp_text",
        headline="Cod  quota cut",
        body='Ministers cut "deep".\n\nEnd.\n\nSign up for our newsletter to get the news first.',
    )
    rows = normalise_articles([(wire, DELIVERY), (portal, DELIVERY)], NIGHT).to_pylist()
    assert rows[0]["content_hash"] == rows[1]["content_hash"]
    assert [r["boilerplate_removed"] for r in rows] == [0, 1]
    assert rows[1]["body"] == 'Ministers cut "deep".\n\nEnd.'


def test_counts_paragraphs_and_words() -> None:
    row = normalise_article(RawArticle(format="afp_text", body="One two.\n\nThree."), DELIVERY, NIGHT)
    assert (row["paragraph_count"], row["word_count"]) == (2, 3)


def test_a_story_dated_by_its_file_says_so() -> None:
    stamp = datetime(2026, 11, 19, 8, 0, tzinfo=UTC)
    raw = RawArticle(format="plain_text", body="Text.", published_at=stamp, date_source="file")
    row = normalise_article(raw, DELIVERY, NIGHT)
    assert (row["pub_date"], row["date_source"]) == (date(2026, 11, 19), "file")
