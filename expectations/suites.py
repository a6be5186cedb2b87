"""The expectation suites, as data: which column, which rule, which arguments.

Suites are declared as plain :class:`Rule` tuples so they can be read, listed
and tested without importing Great Expectations; :mod:`expectations.validate`
turns them into GX expectations when a validation actually runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from transforms.extract import KINDS, QUALIFIERS, UNITS

FORMATS = ("afp_text", "ninjs", "newsml_g2", "reuters_sgml")
DATE_SOURCES = ("content", "metadata", "run_date")
PUB_STATUSES = ("usable", "withheld", "canceled")


@dataclass(frozen=True, slots=True)
class Rule:
    """One expectation: a GX expectation class name and its keyword arguments.

    Attributes:
        name: Stable, human-readable name recorded in quarantine rows.
        expectation: The GX 1.x expectation class name in ``gx.expectations``.
        kwargs: Arguments for that class.
    """

    name: str
    expectation: str
    kwargs: dict[str, Any] = field(default_factory=dict)


def articles_rules(now: datetime) -> list[Rule]:
    """Rules every article row must meet.

    Args:
        now: The moment of validation: a publication date after it is in the future.
    """
    return [
        Rule("article_id_not_null", "ExpectColumnValuesToNotBeNull", {"column": "article_id"}),
        Rule("article_id_unique", "ExpectColumnValuesToBeUnique", {"column": "article_id"}),
        Rule("body_not_null", "ExpectColumnValuesToNotBeNull", {"column": "body"}),
        Rule("body_not_empty", "ExpectColumnValueLengthsToBeBetween", {"column": "body", "min_value": 1}),
        Rule("format_known", "ExpectColumnValuesToBeInSet", {"column": "format", "value_set": list(FORMATS)}),
        Rule(
            "date_source_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "date_source", "value_set": list(DATE_SOURCES)},
        ),
        Rule(
            "pub_status_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "pub_status", "value_set": list(PUB_STATUSES)},
        ),
        Rule(
            "pub_date_not_in_future",
            "ExpectColumnValuesToBeBetween",
            {"column": "pub_date", "max_value": now.replace(tzinfo=None).isoformat()},
        ),
    ]


def facts_rules() -> list[Rule]:
    """Rules every fact row must meet (on the frame built by :func:`expectations.frames.facts_frame`)."""
    return [
        Rule("fact_id_not_null", "ExpectColumnValuesToNotBeNull", {"column": "fact_id"}),
        Rule("fact_id_unique", "ExpectColumnValuesToBeUnique", {"column": "fact_id"}),
        Rule("article_id_not_null", "ExpectColumnValuesToNotBeNull", {"column": "article_id"}),
        Rule("kind_known", "ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": sorted(KINDS)}),
        Rule(
            "qualifier_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "qualifier", "value_set": sorted(QUALIFIERS)},
        ),
        Rule("unit_known", "ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": sorted(UNITS)}),
        Rule(
            "percent_between_0_and_100",
            "ExpectColumnValuesToBeBetween",
            {"column": "percent_value", "min_value": 0, "max_value": 100},
        ),
        Rule("start_not_negative", "ExpectColumnValuesToBeBetween", {"column": "start", "min_value": 0}),
        Rule(
            "end_inside_body",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {"column_A": "body_length", "column_B": "end", "or_equal": True},
        ),
        Rule(
            "surface_equals_body_slice",
            "ExpectColumnPairValuesToBeEqual",
            {"column_A": "surface", "column_B": "body_slice"},
        ),
    ]
