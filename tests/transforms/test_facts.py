"""Articles become fact rows with stable ids, linked conversions and the extractor version."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from transforms.extract import EXTRACTOR_VERSION
from transforms.facts import _FROM_FACT, ExtractFailure, extract_facts, fact_id
from transforms.schemas import FACTS

BODY = (
    "The 2.5 kilometre (one and a half mile) wall was breached.\n\nIS still controls 70 percent of the city."
)


def _articles() -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "article_id": "a1",
                "body": BODY,
                "pub_date": date(2026, 11, 23),
                "ingest_date": date(2026, 11, 23),
            }
        ]
    )


def test_fact_rows_point_into_the_body() -> None:
    facts = extract_facts(_articles()).facts.to_pylist()
    assert [f["surface"] for f in facts] == ["2.5 kilometre", "one and a half mile", "70 percent"]
    for fact in facts:
        assert BODY[fact["start"] : fact["end"]] == fact["surface"]
        assert fact["extractor_version"] == EXTRACTOR_VERSION
        assert fact["fact_id"] == fact_id("a1", fact["start"], fact["end"])


def test_conversion_is_linked_to_its_measurement() -> None:
    km, mile, percent = extract_facts(_articles()).facts.to_pylist()
    assert mile["linked_fact_id"] == km["fact_id"] or km["linked_fact_id"] == mile["fact_id"]
    assert percent["linked_fact_id"] is None
    assert (percent["value"], percent["unit"], percent["subject"]) == (70.0, "percent", "the city")


def test_no_articles_no_facts() -> None:
    assert extract_facts(_articles().slice(0, 0)).facts.num_rows == 0


def test_each_fact_row_says_what_it_measures_and_where() -> None:
    articles = pa.Table.from_pylist(
        [
            {
                "article_id": "r1",
                "body": "Shr 35 cts vs 41 cts\n\nNet 24,000 vs 612,000\n\nAvg shrs 1.2 mln vs 1.1 mln",
                "pub_date": date(1987, 3, 2),
                "ingest_date": date(1987, 3, 2),
                "headline": "CHEMICAL BANK <CHL> 1ST QTR NET",
                "dateline_city": "NEW YORK",
            }
        ]
    )
    rows = [
        (f["surface"], f["unit"], f["kind"], f["subject"], f["subject_head"], f["about"], f["place"])
        for f in extract_facts(articles).facts.to_pylist()
    ]
    assert rows == [
        ("35 cts", "US cent", "money", "earnings per share", "earnings", "Chemical Bank", "New York"),
        ("41 cts", "US cent", "money", "earnings per share", "earnings", "Chemical Bank", "New York"),
        ("24,000", "US dollar", "money", "net income", "income", "Chemical Bank", "New York"),
        ("612,000", "US dollar", "money", "net income", "income", "Chemical Bank", "New York"),
        ("1.2 mln", None, "count", "average shares", "share", "Chemical Bank", "New York"),
        ("1.1 mln", None, "count", "average shares", "share", "Chemical Bank", "New York"),
    ]


def test_articles_without_headline_or_dateline_columns_still_extract() -> None:
    facts = extract_facts(_articles()).facts.to_pylist()
    assert [f["place"] for f in facts] == [None, None, None]
    assert facts[2]["subject_head"] == "city"


def test_extracting_in_worker_processes_gives_the_same_table_row_for_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large night is extracted on every core; the slices come back in order, ids and all."""
    bodies = [
        BODY,
        "Shares rose 4.8 pct to 6.11 dlrs.\n\nAbout 2,500 fighters remain.",
        "No numbers here at all.",
        "Net income was 146.5 mln dlrs, up from 129.3 mln.",
    ]
    articles = pa.Table.from_pylist(
        [
            {
                "article_id": f"a{i}",
                "body": bodies[i % len(bodies)],
                "pub_date": date(2026, 11, 23),
                "ingest_date": date(2026, 11, 23),
                "headline": "ACME CORP <ACM> RESULTS" if i % 3 == 0 else None,
                "dateline_city": "NEW YORK",
            }
            for i in range(30)
        ]
    )
    monkeypatch.setattr("transforms.facts.PARALLEL_MIN_CHARS", 0)
    serial = extract_facts(articles).facts
    parallel = extract_facts(articles, workers=2).facts
    assert serial.num_rows > 30
    assert parallel.equals(serial)


def test_fact_rows_are_built_in_the_facts_schema_order() -> None:
    """The rows are tuples in column order: a column added to FACTS must be added to the row too."""
    expected = [
        "fact_id",
        "article_id",
        "pub_date",
        *_FROM_FACT,
        "linked_fact_id",
        "extractor_version",
        "ingest_date",
    ]
    assert FACTS.names == expected


def test_a_story_the_extractor_fails_on_is_named_and_the_others_keep_their_facts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One story that trips an extractor fault must not cost the night its other stories."""
    from transforms.extract import extract as real_extract

    def extract(body: str, **kwargs: object) -> object:
        if body.startswith("BOOM"):
            raise ValueError("could not convert string to float: 'ECU 54.4026'")
        return real_extract(body, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("transforms.facts.extract", extract)
    articles = pa.concat_tables(
        [
            _articles(),
            pa.Table.from_pylist(
                [
                    {
                        "article_id": "a2",
                        "body": "BOOM 12 pct",
                        "pub_date": date(2026, 11, 23),
                        "ingest_date": date(2026, 11, 23),
                    }
                ]
            ),
        ]
    )
    extracted = extract_facts(articles)
    assert {f["article_id"] for f in extracted.facts.to_pylist()} == {"a1"}
    assert extracted.facts.num_rows == 3
    assert extracted.failures == [
        ExtractFailure(
            "a2",
            f"extractor {EXTRACTOR_VERSION} failed: ValueError: "
            "could not convert string to float: 'ECU 54.4026'",
        )
    ]
