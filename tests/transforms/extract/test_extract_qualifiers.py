"""Hedges (qualifiers with bounds), ranges and changes."""

from __future__ import annotations

import pytest
from extract_helpers import only

from transforms.extract import QUALIFIERS, extract


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("around 2,500 fighters", "approximate", 2500.0, 2500.0),
        ("about 2,500 fighters", "approximate", 2500.0, 2500.0),
        ("some 2,500 fighters", "approximate", 2500.0, 2500.0),
        ("roughly 2,500 fighters", "approximate", 2500.0, 2500.0),
        ("nearly 2,500 fighters", "approximate", 2500.0, 2500.0),
        ("almost 2,500 fighters", "approximate", 2500.0, 2500.0),
        ("more than 2,500 fighters", "more_than", 2500.0, None),
        ("over 2,500 fighters", "more_than", 2500.0, None),
        ("less than 2,500 fighters", "less_than", None, 2500.0),
        ("under 2,500 fighters", "less_than", None, 2500.0),
        ("at least 2,500 fighters", "at_least", 2500.0, None),
        ("up to 2,500 fighters", "at_most", None, 2500.0),
        ("as many as 2,500 fighters", "at_most", None, 2500.0),
        ("at most 2,500 fighters", "at_most", None, 2500.0),
        ("2,500 or so fighters", "approximate", 2500.0, 2500.0),
    ],
)
def test_qualifiers(text: str, qualifier: str, low: float | None, high: float | None) -> None:
    fact = only(f"Officials said {text} were in the town.")
    assert (fact.value, fact.qualifier, fact.low, fact.high) == (2500.0, qualifier, low, high)
    assert fact.qualifier in QUALIFIERS
    assert fact.subject == "fighters"


def test_qualifier_is_part_of_the_surface() -> None:
    assert only("The coalition estimates that around 2,500 IS jihadists remain.").surface == "around 2,500"


def test_less_than_with_unit() -> None:
    fact = only("Jihadists are down to less than one square kilometre.")
    assert (fact.value, fact.low, fact.high, fact.qualifier) == (1.0, None, 1.0, "less_than")


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Between 20 and 30 people died.", "Between 20 and 30", 20.0, 30.0),
        ("Some 20-30 people died.", "Some 20-30", 20.0, 30.0),
        ("Police said 20 to 30 people died.", "20 to 30", 20.0, 30.0),
        ("Turnout was 50 to 80% in the north.", "50 to 80%", 50.0, 80.0),
        ("Prices were 340 to 350 cruzados.", "340 to 350 cruzados", 340.0, 350.0),
        ("The plan costs $3-4 billion.", "$3-4 billion", 3e9, 4e9),
    ],
)
def test_ranges(text: str, surface: str, low: float, high: float) -> None:
    fact = only(text)
    got = (fact.surface, fact.value, fact.low, fact.high, fact.qualifier)
    assert got == (surface, None, low, high, "range")


def test_from_to_is_two_levels_not_a_range() -> None:
    facts = extract("The rate went from 5 pct to 7 pct.")
    assert [(f.value, f.qualifier) for f in facts] == [(5.0, "exact"), (7.0, "exact")]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Sales rose 5.2 pct in January.", "up"),
        ("Sales fell by 2 percent in January.", "down"),
        ("Sales were up about 19 per cent in January.", "up"),
        ("Sales posted a 3 pct rise in January.", "up"),
        ("Sales rose to 5.2 pct in January.", None),
    ],
)
def test_change_direction(text: str, change: str | None) -> None:
    assert only(text).change == change


def test_up_in_a_phrasal_verb_is_not_a_change() -> None:
    fact = only("Warplanes opened up two breaches in the wall.")
    assert (fact.value, fact.change) == (2.0, None)


def test_spelled_out_range_after_a_change_verb() -> None:
    fact = only("Treasury bill rates increased two to eight basis points.")
    got = (fact.low, fact.high, fact.qualifier, fact.unit, fact.change)
    assert got == (2.0, 8.0, "range", "basis point", "up")


def test_ranged_from_to_is_a_range() -> None:
    fact = only("Prices ranged from 340 to 350 cruzados.")
    assert (fact.low, fact.high, fact.unit) == (340.0, 350.0, "cruzado")


def test_change_then_level_is_two_facts() -> None:
    facts = extract("Brent crude rose $1.20 to $84.60 a barrel.")
    assert [(f.value, f.change) for f in facts] == [(1.2, "up"), (84.6, None)]


def test_raise_from_to_is_two_levels() -> None:
    facts = extract("The reform would raise the retirement age from 62 to 64.")
    assert [f.value for f in facts] == [62.0, 64.0]


def test_duration_is_never_a_change() -> None:
    assert only("Mining shares shot up three weeks ago.").change is None


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Rates are in a range of 5.25%-5.5%.", 5.25, 5.5, "percent"),
        ("The walls are 20 km to 30 km long.", 20.0, 30.0, "kilometre"),
    ],
)
def test_range_with_the_unit_on_both_ends(text: str, low: float, high: float, unit: str) -> None:
    fact = only(text)
    assert (fact.value, fact.low, fact.high, fact.unit, fact.qualifier) == (None, low, high, unit, "range")


def test_change_then_level_with_units_is_two_facts() -> None:
    facts = extract("Unemployment rose 0.3 pct to 7.8 pct.")
    assert [(f.value, f.change) for f in facts] == [(0.3, "up"), (7.8, None)]


def test_a_comparison_after_the_quantity_is_its_change() -> None:
    from transforms.extract import extract

    found = {
        f.surface: f.change for f in extract("Shares closed 6% lower at 140p; Anglo ended four rand higher.")
    }
    assert found["6%"] == "down"
    assert found["four rand"] == "up"
    spread = extract("The notes were priced to yield 90 basis points more than Treasuries.")
    assert [f.change for f in spread] == [None]


def test_moved_up_to_is_a_level_not_a_ceiling() -> None:
    from transforms.extract import extract

    moved = extract("The mark edged up to 1.83 to the dollar and the franc climbed up to 6.10.")
    assert [f.qualifier for f in moved] == ["exact", "exact"]
    assert [f.qualifier for f in extract("He faces up to 10 years in jail.")] == ["at_most"]


def test_a_nominal_value_is_a_price() -> None:
    from transforms.extract import extract

    found = extract("It split its shares of 50 francs nominal into shares of 10 francs nominal.")
    assert [f.kind for f in found if f.unit is not None] == ["price", "price"]
