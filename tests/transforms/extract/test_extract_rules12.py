"""General fallbacks for facts left without a subject, added in extractor 1.11.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Fallback 1: a sum, mass or share with no subject of its own measures what the figure of its
# kind and unit before it in the sentence does.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The port handled exports of 12,000 tonnes of wheat -- 7,000 tonnes for Egypt and "
            "5,000 tonnes for Kenya.",
            "7,000 tonnes",
            "wheat",
        ),
        (
            "The port handled exports of 12,000 tonnes of wheat -- 7,000 tonnes for Egypt and "
            "5,000 tonnes for Kenya.",
            "5,000 tonnes",
            "wheat",
        ),
        (
            "The retailer made net income of 90 mln dlrs, a return of 4%, or about 2 dlrs per share.",
            "2 dlrs",
            "income",
        ),
        (
            "The chain expects operating profit of $2.1 billion this year, a margin of 8%, or about "
            "$4 per customer.",
            "$4",
            "profit",
        ),
    ],
)
def test_a_listed_figure_measures_what_the_one_before_does(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_new_clause_keeps_the_earlier_subject_out() -> None:
    fact = one("The airline lost 5% of its passengers, sending its shares down 3%.", "3%")
    assert fact.subject_head != "passenger"


# Fallback 2: a share apposed after a sum as "a NOUN of N%" is the noun's, even past "just" or
# "only"; when the noun is a change ("an increase of 6%"), it is what the sum measures.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The utility reported sales of $9.8 billion, an increase of about 6% on the year.", "6%", "sales"),
        ("The carrier expects net profit of $1.4 billion, a margin of just 2.9%.", "2.9%", "margin"),
        ("The lender posted profit of £800m, a return of only 11% on equity.", "11%", "return"),
    ],
)
def test_a_share_apposed_after_a_sum(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
