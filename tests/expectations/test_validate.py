"""A real Great Expectations validation (the night's Checkpoint) names the rule each bad row broke."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from night_builders import NOW, article, facts_table

from expectations.checkpoint import NightValidation, validate_night

BODY = "IS controls 70 percent of the city."


def _validate(articles: list[dict[str, Any]], facts: list[dict[str, Any]], docs: Path) -> NightValidation:
    import pyarrow as pa

    return validate_night(
        pa.Table.from_pylist(articles),
        facts_table(facts),
        now=NOW,
        docs_root=docs,
        run_name="validate",
        build_docs=False,
    )


def _fact(
    fact_id: str, start: int, end: int, surface: str, value: float, body: str = BODY, **extra: object
) -> dict[str, object]:
    row: dict[str, Any] = {
        "fact_id": fact_id,
        "article_id": "a1",
        "pub_date": date(2026, 11, 23),
        "sentence_index": 0,
        "sentence": body,
        "start": start,
        "end": end,
        "surface": surface,
        "value": value,
        "kind": "percent",
        "unit": "percent",
        "qualifier": "exact",
        "change": None,
        "extractor_version": "test",
        "ingest_date": date(2026, 11, 23),
    }
    row.update(extra)
    return row


def test_future_publication_date_is_flagged(tmp_path: Path) -> None:
    later = {**article("a2", "Later."), "date_source": "content", "pub_date": date(2099, 1, 1)}
    outcome = _validate([article("a1", BODY), later], [], tmp_path)
    assert dict(outcome.article_failures) == {1: ["pub_date_not_in_future"]}


def test_each_bad_fact_names_its_rule(tmp_path: Path) -> None:
    facts = [
        _fact("f1", 12, 22, "70 percent", 70.0),
        _fact("f2", 12, 22, "70 percent", -70.0),
        _fact("f3", 0, 2, "XX", 2.0, kind="count", unit=None),
        _fact("f4", 30, 99, "the city.", 1.0, kind="count", unit="parsec"),
        _fact("f5", 12, 22, "70 percent", 5e6, change="up"),
    ]
    outcome = _validate([article("a1", BODY)], facts, tmp_path)
    assert dict(outcome.fact_failures) == {
        1: ["percent_of_whole_not_negative"],
        2: ["surface_equals_body_slice"],
        3: ["unit_known", "end_inside_body", "surface_equals_body_slice"],
        4: ["percent_not_absurd"],
    }
    failed = {r.rule: r.unexpected_count for r in outcome.results if not r.success and r.suite != "night"}
    assert failed == {
        "percent_of_whole_not_negative": 1,
        "percent_not_absurd": 1,
        "unit_known": 1,
        "end_inside_body": 1,
        "surface_equals_body_slice": 2,
    }


def test_percents_the_world_reports_pass(tmp_path: Path) -> None:
    """Bond prices over par, triple-digit inflation, a 200 pct stock dividend, a fall: all real."""
    body = (
        "The bond was at 108.96 pct. Inflation hit 440 pct. It paid a 200 pct stock dividend. "
        "Sales fell 12 pct."
    )
    facts = [
        _fact(f"f{i}", body.index(s), body.index(s) + len(s), s, v, body=body, **extra)
        for i, (s, v, extra) in enumerate(
            [
                ("108.96 pct", 108.96, {}),
                ("440 pct", 440.0, {}),
                ("200 pct", 200.0, {}),
                ("12 pct", -12.0, {"change": "down"}),
            ]
        )
    ]
    outcome = _validate([article("a1", body)], facts, tmp_path)
    assert dict(outcome.fact_failures) == {}
