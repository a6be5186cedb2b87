"""The one hedge vocabulary the cue patterns skip between a cue and its figure.

Every sentence here is written for the test, none is a dev-set item.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract.qualifiers import HEDGE_WORDS, OPENING_HEDGE_WORDS

_EXACT_HEDGES = ("just", "only")


@pytest.mark.parametrize("hedge", [h for h in HEDGE_WORDS if h not in _EXACT_HEDGES])
def test_each_hedge_a_pattern_skips_reads_as_a_qualifier(hedge: str) -> None:
    fact = one(f"Officials said {hedge} 2,500 fighters were in the town.", "2,500")
    assert fact.qualifier != "exact"


@pytest.mark.parametrize("hedge", _EXACT_HEDGES)
def test_just_and_only_leave_the_figure_exact(hedge: str) -> None:
    assert one(f"Officials said {hedge} 2,500 fighters were in the town.", "2,500").qualifier == "exact"


def test_the_opening_hedges_are_hedges() -> None:
    assert set(OPENING_HEDGE_WORDS) <= set(HEDGE_WORDS)


# Running totals and measuring participles skipped fewer hedges than the rest: "just" and "only"
# now stand between the cue and the figure there as everywhere else.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The brewer closed 40 pubs in May, taking closures this year to just 310.", "310", "closure"),
        ("Sugar shipments totalling only 40,000 tonnes left the port in May.", "40,000", "shipment"),
    ],
)
def test_a_hedge_between_cue_and_figure_keeps_the_cue(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A hedge that is also a preposition does not make the plural noun before it a verb.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Aid donors promised 1.8 billion dlrs in soft loans over the next three years.",
            "1.8 billion",
            "loan",
        ),
        ("The fund has millions of small savers around the country.", "millions", "saver"),
    ],
)
def test_a_preposition_after_a_plural_noun_is_no_object(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
