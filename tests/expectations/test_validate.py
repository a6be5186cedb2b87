"""A real Great Expectations validation names the rule each bad row broke."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pyarrow as pa
import pytest

from expectations.frames import articles_frame, facts_frame
from expectations.suites import articles_rules, facts_rules
from expectations.validate import run_suite

BODY = "IS controls 70 percent of the city."


@pytest.fixture(scope="module")
def articles() -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "article_id": "a1",
                "body": BODY,
                "format": "afp_text",
                "date_source": "run_date",
                "pub_status": "usable",
                "pub_date": date(2026, 11, 23),
                "subheads": [],
            },
            {
                "article_id": "a2",
                "body": "Later.",
                "format": "afp_text",
                "date_source": "content",
                "pub_status": "usable",
                "pub_date": date(2099, 1, 1),
                "subheads": [],
            },
        ]
    )


def _fact(
    fact_id: str, start: int, end: int, surface: str, value: float, **extra: object
) -> dict[str, object]:
    row: dict[str, object] = {
        "fact_id": fact_id,
        "article_id": "a1",
        "start": start,
        "end": end,
        "surface": surface,
        "value": value,
        "kind": "percent",
        "unit": "percent",
        "qualifier": "exact",
        "change": None,
    }
    row.update(extra)
    return row


def test_future_publication_date_is_flagged(articles: pa.Table) -> None:
    outcome = run_suite(
        "articles", articles_frame(articles), articles_rules(datetime(2026, 11, 24, tzinfo=UTC))
    )
    assert dict(outcome.failed_rows) == {1: ["pub_date_not_in_future"]}


def test_each_bad_fact_names_its_rule(articles: pa.Table) -> None:
    facts = pa.Table.from_pylist(
        [
            _fact("f1", 12, 22, "70 percent", 70.0),
            _fact("f2", 12, 22, "70 percent", -70.0),
            _fact("f3", 0, 2, "XX", 2.0, kind="count", unit=None),
            _fact("f4", 30, 99, "the city.", 1.0, kind="count", unit="parsec"),
            _fact("f5", 12, 22, "70 percent", 5e6, change="up"),
        ]
    )
    outcome = run_suite("facts", facts_frame(facts, articles), facts_rules())
    assert dict(outcome.failed_rows) == {
        1: ["percent_of_whole_not_negative"],
        2: ["surface_equals_body_slice"],
        3: ["unit_known", "end_inside_body", "surface_equals_body_slice"],
        4: ["percent_not_absurd"],
    }
    failed = {r.rule: r.unexpected_count for r in outcome.results if not r.success}
    assert failed == {
        "percent_of_whole_not_negative": 1,
        "percent_not_absurd": 1,
        "unit_known": 1,
        "end_inside_body": 1,
        "surface_equals_body_slice": 2,
    }


def test_percents_the_world_reports_pass() -> None:
    """Bond prices over par, triple-digit inflation, a 200 pct stock dividend, a fall: all real."""
    body = (
        "The bond was at 108.96 pct. Inflation hit 440 pct. It paid a 200 pct stock dividend. "
        "Sales fell 12 pct."
    )
    articles = pa.Table.from_pylist([{"article_id": "a1", "body": body}])
    facts = pa.Table.from_pylist(
        [
            _fact(f"f{i}", body.index(s), body.index(s) + len(s), s, v, **extra)
            for i, (s, v, extra) in enumerate(
                [
                    ("108.96 pct", 108.96, {}),
                    ("440 pct", 440.0, {}),
                    ("200 pct", 200.0, {}),
                    ("12 pct", -12.0, {"change": "down"}),
                ]
            )
        ]
    )
    outcome = run_suite("facts", facts_frame(facts, articles), facts_rules())
    assert dict(outcome.failed_rows) == {}
