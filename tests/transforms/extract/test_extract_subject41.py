"""subject41: probe-first rules on general news (copular dimensions and ages, casualty places)."""

from __future__ import annotations

import pytest
from extract_helpers import one


# A dimension or an age a copula states measures the definite phrase opening the sentence, also across
# a relative clause or a place phrase.
@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The new bridge, which cost 1.2 billion euros, is 3.2 km long.", "3.2 km", "new bridge"),
        ("The hand stencil in a cave on Kabaena is at least 71,300 years old.", "71,300", "hand stencil"),
        ("The oldest tree in the park was about 500 years old.", "500 years", "oldest tree"),
        ("The tower is 330 metres tall.", "330 metres", "tower"),
    ],
)
def test_copular_measure_subject(text: str, surface: str, subject: str) -> None:
    assert one(text, surface).subject == subject


def test_copular_age_needs_a_definite_opening() -> None:
    assert one("He is 42 years old.", "42 years").subject is None


# A count located by "in <compass word> <place>" or "in <country>'s <region>": the most specific place.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The storm killed at least 23 people in southern Mexico, officials said.", "23", "Mexico"),
        ("The earthquake killed 40 people in northern Afghanistan.", "40", "Afghanistan"),
        ("Floods have displaced some 300,000 people in Pakistan's Sindh province.", "300,000", "Sindh"),
    ],
)
def test_casualty_count_place(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_company_count_in_region_stays_company() -> None:
    assert one("Acme will cut 1,300 jobs in northern France.", "1,300").about == "Acme"


# A measure of the euro zone is located there too, not at the dateline or a later clause's place.
def test_euro_zone_is_the_place() -> None:
    assert one("Inflation in the euro zone slowed to 2.4% in November.", "2.4%").place == "euro zone"
    text = "Euro zone inflation slowed to 2.4% in November, while wages in Germany grew 3%."
    assert one(text, "2.4%", dateline="FRANKFURT").place == "Euro zone"
    assert one(text, "3%").place == "Germany"
