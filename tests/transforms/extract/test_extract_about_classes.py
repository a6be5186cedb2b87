"""Error classes of ``about`` in general news, one test each (extractor 1.3).

Every sentence here is written for the test, none is a dev-set item, so each rule
is checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest

from transforms.extract import extract
from transforms.extract.model import Fact


def one(text: str, surface: str, headline: str | None = None, dateline: str | None = None) -> Fact:
    found = [f for f in extract(text, headline=headline, dateline=dateline) if surface in f.surface]
    assert found, f"no fact {surface!r} in {[f.surface for f in extract(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Ikea's new store near Glasgow covers 30,000 square metres.", "30,000 square metres", "Ikea"),
        ("Pfizer's vaccine plant in Kent will employ 600 staff.", "600", "Pfizer"),
    ],
)
def test_an_opening_possessive_names_the_owner(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_name_with_an_apposition_is_the_clause_subject() -> None:
    fact = one("Voltra, a scooter maker, raised $45m from investors last week.", "$45m")
    assert fact.about == "Voltra"


@pytest.mark.parametrize("verb", ["expects", "plans", "employs"])
def test_an_opening_initialism_before_a_present_verb_is_a_name(verb: str) -> None:
    fact = one(f"BYD {verb} 12,000 workers at the new site.", "12,000")
    assert fact.about == "BYD"


def test_an_opening_plural_in_the_stop_list_is_no_name() -> None:
    fact = one("Prices rose 4% in Lyon last month.", "4%")
    assert fact.about != "Prices"
