"""Units, kinds and SI values (through pint)."""

from __future__ import annotations

import pytest
from extract_helpers import only

from transforms.extract import KINDS, UNITS
from transforms.extract.units import BY_NAME, lookup, to_si


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("Turnout was 70 percent.", "percent", "percent"),
        ("Turnout was 70 per cent.", "percent", "percent"),
        ("Turnout was 70 pct.", "percent", "percent"),
        ("Turnout was 70%.", "percent", "percent"),
        ("It cost 5 mln dlrs.", "US dollar", "money"),
        ("It cost 50 cts.", "US cent", "money"),
        ("It cost 40 euros.", "euro", "money"),
        ("It cost €40.", "euro", "money"),
        ("It cost 500 yen.", "yen", "money"),
        ("They paid 350 cruzados.", "cruzado", "money"),
        ("The wall is 2.5 km long.", "kilometre", "length"),
        ("The zone covers 200 sq km.", "square kilometre", "area"),
        ("The farm covers 300 hectares.", "hectare", "area"),
        ("They shipped 3,000 tonnes.", "tonne", "mass"),
        ("They pumped 1.2 mln bpd.", "barrel per day", "volume"),
        ("They stored 500 barrels.", "barrel", "volume"),
        ("Winds reached 120 km/h.", "kilometre per hour", "speed"),
        ("It reached 40 degrees Celsius.", "degree Celsius", "temperature"),
        ("The plant makes 500 megawatts.", "megawatt", "power"),
        ("He waited three years.", "year", "duration"),
    ],
)
def test_units_and_kinds(text: str, unit: str, kind: str) -> None:
    fact = only(text)
    assert (fact.unit, fact.kind) == (unit, kind)
    assert fact.unit in UNITS
    assert fact.kind in KINDS


def test_si_value_for_length() -> None:
    fact = only("The 2.5 kilometre wall.")
    assert (fact.si_value, fact.si_unit) == (2500.0, "metre")


def test_si_value_for_area() -> None:
    fact = only("The 300 hectares farm.")
    assert fact.si_value == pytest.approx(3_000_000.0)
    assert fact.si_unit == "square metre"


def test_si_value_for_temperature_uses_the_offset() -> None:
    assert to_si(0.0, BY_NAME["degree Celsius"]) == (pytest.approx(273.15), "kelvin")


def test_every_physical_unit_of_the_table_has_an_si_value() -> None:
    """The factors are computed for the whole table at once: none is missing or fails."""
    for unit in BY_NAME.values():
        si_value, si_unit = to_si(2.0, unit)
        if unit.pint is None:
            assert (si_value, si_unit) == (None, None), unit
        else:
            assert si_value is not None and si_value > 0 and si_unit, unit
    assert to_si(10.0, BY_NAME["mile"]) == (pytest.approx(16_093.44), "metre")
    troy = only("The mine produced 10 troy ounces of gold.")  # an ounce, but not the table's first
    assert (troy.unit, troy.si_unit) == ("ounce", "kilogram")
    assert troy.si_value == pytest.approx(0.311035, rel=1e-5)


def test_money_has_no_si_value() -> None:
    fact = only("It cost 5 mln dlrs.")
    assert (fact.value, fact.si_value, fact.si_unit) == (5_000_000.0, None, None)


def test_eight_month_is_a_duration() -> None:
    fact = only("The culmination of a nearly eight-month campaign.")
    assert (fact.surface, fact.value, fact.unit, fact.kind, fact.qualifier) == (
        "nearly eight-month",
        8.0,
        "month",
        "duration",
        "approximate",
    )
    assert fact.subject == "campaign"


def test_lookup_normalises_case_and_spaces() -> None:
    unit = lookup("Square  Kilometres")
    assert unit is not None
    assert unit.name == "square kilometre"


def test_every_unit_kind_is_known() -> None:
    assert {unit.kind for unit in BY_NAME.values()} <= KINDS


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Six mths to March.", "month"),
        ("Output was 183 billion bolivars.", "bolivar"),
        ("Top 51.75 dlrs per cwt.", "US dollar"),
    ],
)
def test_wire_unit_spellings(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_glued_m_before_people_is_millions() -> None:
    fact = only("The scheme helped 10m people.")
    assert (fact.value, fact.unit) == (10_000_000.0, None)


def test_glued_m_before_an_event_is_metres() -> None:
    fact = only("She won the 100m sprint.")
    assert (fact.value, fact.unit) == (100.0, "metre")


def test_airline_traffic_is_measured_in_its_own_units() -> None:
    from transforms.extract import UNITS, extract

    found = extract(
        "Its revenue passenger miles rose to 88.2 mln from 80.1 mln; it flew 9.5 mln available seat miles."
    )
    assert [(f.unit, f.kind) for f in found] == [("revenue passenger mile", "other")] * 2 + [
        ("available seat mile", "other")
    ]
    assert {"revenue passenger mile", "available seat mile"} <= UNITS
