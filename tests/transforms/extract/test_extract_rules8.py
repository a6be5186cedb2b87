"""Systematic classes fixed in extractor 1.9, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest

from transforms.extract import Fact, extract


def one(text: str, surface: str) -> Fact:
    """The first fact of ``text`` whose surface holds ``surface``."""
    found = [fact for fact in extract(text) if surface in fact.surface]
    assert found, f"no fact {surface!r} in {[fact.surface for fact in extract(text)]}"
    return found[0]


_FLATS = "Flat prices eased in March, with the median now at £312,000, down from £330,000."


# Class 1: an adverb between a noun and "at" ("with the median now at $435,000") is no part of the noun.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Shares of Acme slid, with the stock currently at 41 dlrs.", "41 dlrs", "stock"),
        (_FLATS, "£312,000", "median"),
        (_FLATS, "£330,000", "median"),
        ("Inflation cooled, with the core rate still at 3.4 percent.", "3.4 percent", "rate"),
    ],
)
def test_an_adverb_before_at_is_no_part_of_the_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
