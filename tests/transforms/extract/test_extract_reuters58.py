"""Shapes found by a hand audit of Reuters-21578 stories (round reuters58).

Every sentence here is written for the test, none is a dev-set item.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A hyphenated proper name is one head: "Borg-Warner", not "warner".
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Analysts said Harcourt, which owns 12.5 pct of Dana-Farber, may sell.", "12.5 pct", "dana-farber"),
        ("The group holds 30 pct of Allis-Chalmers, the filing showed.", "30 pct", "allis-chalmers"),
    ],
)
def test_hyphenated_name_is_one_head(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A capitalised compound on an English prefix is a common noun: its last part heads it.
def test_prefixed_compound_keeps_its_noun_head() -> None:
    fact = one("The company named two Vice-Chairmen, it said.", "two")
    assert fact.subject_head == "chairman"


# A plural possessive leaves its apostrophe off ``about``.
def test_plural_possessive_about_has_no_apostrophe() -> None:
    fact = one("Talks covered 40 pct of the Bahamas' external debt, the minister said.", "40 pct")
    assert fact.about == "Bahamas"


# A compass word before a demonym in the headline names the region or country.
@pytest.mark.parametrize(
    ("headline", "about"),
    [
        ("SOUTH AMERICAN COCOA OUTPUT FALLS", "South America"),
        ("NORTH KOREAN GRAIN IMPORTS RISE", "North Korea"),
        ("EAST GERMAN STEEL OUTPUT UP", "East Germany"),
    ],
)
def test_compass_demonym_headline(headline: str, about: str) -> None:
    fact = one("Output rose 4.5 pct in the year, the figures showed.", "4.5 pct", headline=headline)
    assert fact.about == about
