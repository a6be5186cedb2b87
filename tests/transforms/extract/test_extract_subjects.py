"""The noun phrase a number counts or measures."""

from __future__ import annotations

import pytest
from extract_helpers import extract_one_subject as subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coalition estimates that around 2,500 IS jihadists are defending Raqa.", "IS jihadists"),
        ("There were clashes, with 200 of our fighters mobilising to the area.", "fighters"),
        ("IS still controls 70 percent of the city, the Observatory said.", "the city"),
        ("The UN fears for tens of thousands of civilians trapped in Raqa.", "civilians"),
        ("Arrivals were 155,221 bags of 60 kilos.", "bags"),
        ("They clashed at four points in the east.", "points"),
        ("It ended a nearly eight-month campaign.", "campaign"),
        ("During three years of jihadist rule, Raqa suffered.", "jihadist rule"),
        ("The 2.5 kilometre Rafiqah Wall fell.", "Rafiqah Wall"),
    ],
)
def test_subjects(text: str, expected: str) -> None:
    assert subject(text) == expected


def test_a_bare_percent_takes_the_subject_of_its_verb() -> None:
    assert subject("Sales rose 5.2 pct.") == "Sales"  # the noun the verb links to the percent


def test_a_ticker_a_season_or_a_particle_is_never_a_subject() -> None:
    from transforms.extract.subjects import acceptable

    assert acceptable("RENA.PA") is None
    assert acceptable("this season") is None
    assert acceptable("up") is None
    assert acceptable("grain exports") == "grain exports"
