"""Systematic classes fixed in extractor 1.10, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest

from transforms.extract import EXTRACTOR_VERSION, Fact, extract


def one(text: str, surface: str, dateline: str | None = None) -> Fact:
    """The first fact of ``text`` whose surface holds ``surface``."""
    facts = extract(text, dateline=dateline)
    found = [fact for fact in facts if surface in fact.surface]
    assert found, f"no fact {surface!r} in {[fact.surface for fact in facts]}"
    return found[0]


def test_version() -> None:
    assert EXTRACTOR_VERSION == "1.10.0"


# Class 1: a place the gazetteer does not hold, set as a location by the sentence: a region with a
# compass word, a name shaped like a place ("... Lake", "... Stadium"), a one-word name after
# "near", "in" or "on". It is the fact's place, not the dateline.
@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("Floods in the Eastern Cape destroyed 1,300 houses, officials said.", "1,300", "Eastern Cape"),
        ("A landslide near Kalavryta buried 14 cars on Sunday.", "14", "Kalavryta"),
        ("A crowd of 52,000 at the Riverside Stadium saw the draw.", "52,000", "Riverside Stadium"),
        ("Farmers in Tuscany lost 40% of the olive harvest.", "40%", "Tuscany"),
        ("Water levels at Lake Mead fell 3 metres this summer.", "3 metres", "Lake Mead"),
    ],
)
def test_a_located_name_is_the_place(text: str, surface: str, place: str) -> None:
    assert one(text, surface, dateline="Springfield").place == place


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Acme took a 5% stake in Nvidia on Monday.", "5%"),
        ("Boxco booked a loss on Zentra's trading arm of 20 mln dlrs.", "20 mln dlrs"),
        ("Growth was 2% in IDC estimates.", "2%"),
    ],
)
def test_a_stake_an_owner_or_an_acronym_is_no_place(text: str, surface: str) -> None:
    assert one(text, surface, dateline="Springfield").place == "Springfield"


# Class 2: "the number of X" counts X: the noun after "of" is the subject, not "number".
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The number of passengers fell 12% to 3.1 million last year.", "12%", "passenger"),
        ("The number of passengers fell 12% to 3.1 million last year.", "3.1 million", "passenger"),
        ("Hospitals said the number of patients waiting rose to 7.6 million.", "7.6 million", "patient"),
        ("The number of homeless families grew by 4,000.", "4,000", "family"),
        ("The number of people in work rose by 90,000 to 31 million.", "90,000", "people"),
    ],
)
def test_the_number_of_a_noun_counts_the_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
