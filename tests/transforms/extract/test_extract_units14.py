"""General unit fixes of extractor units14: compound units, bare degrees, ages, points, currencies.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Family 1: a measure per another measure is one compound unit, whatever the two units are; a length
# per a second, minute or hour is a speed, a measure per a measure is "other".
@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        (
            "The probe was travelling at 11 miles per second when it crossed the orbit.",
            "11 miles",
            "mile per second",
            "speed",
        ),
        (
            "The meteor struck the atmosphere at about 40 km a second.",
            "40 km",
            "kilometre per second",
            "speed",
        ),
        (
            "Farmers harvested 4.2 tonnes per hectare of maize this season.",
            "4.2 tonnes",
            "tonne per hectare",
            "other",
        ),
        ("Yields of 3.1 t/ha were the lowest in a decade.", "3.1 t/ha", "tonne per hectare", "other"),
        (
            "Fine particles reached 310 micrograms per cubic metre in the capital.",
            "310",
            "microgram per cubic metre",
            "other",
        ),
        (
            "Readings of 75µg/m3 were recorded near the motorway.",
            "75µg/m3",
            "microgram per cubic metre",
            "other",
        ),
        ("The samples held 12 micrograms per gram of lead.", "12 micrograms", "microgram per gram", "other"),
        (
            "The river was flowing at 900 cubic metres per second on Sunday.",
            "900",
            "cubic metre per second",
            "volume",
        ),
        ("Gusts of 95 km an hour brought down trees.", "95 km", "kilometre per hour", "speed"),
    ],
)
def test_a_measure_per_a_measure_is_one_compound_unit(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, kind)


def test_a_compound_unit_converts_to_si() -> None:
    fact = one("The ball left the bat at 40 metres per second.", "40")
    assert fact.si_unit == "metre per second"
    assert fact.si_value == pytest.approx(40.0)
    fact = one("Farmers harvested 4.2 tonnes per hectare of maize this season.", "4.2")
    assert (fact.si_unit, fact.si_value) == ("kilogram per square metre", pytest.approx(0.42))


# Family 2: bare "degrees" of temperature take the scale the story names, else Fahrenheit in a US
# dateline and Celsius elsewhere.
@pytest.mark.parametrize(
    ("text", "dateline", "surface", "unit"),
    [
        ("Temperatures in the city climbed to 104 degrees on Sunday.", "Chicago", "104", "degree Fahrenheit"),
        ("Temperatures in the city climbed to 41 degrees on Sunday.", "Madrid", "41", "degree Celsius"),
        (
            "It was 100F at noon, and the heat stayed above 95 degrees all weekend.",
            "London",
            "95",
            "degree Fahrenheit",
        ),
        (
            "Forecasters expect 35C on Friday, and the heat will stay above 30 degrees.",
            "Houston",
            "30",
            "degree Celsius",
        ),
    ],
)
def test_bare_degrees_of_temperature_take_the_story_scale(
    text: str, dateline: str, surface: str, unit: str
) -> None:
    fact = one(text, surface, dateline=dateline)
    assert (fact.unit, fact.kind, fact.si_unit) == (unit, "temperature", "kelvin")


# Family 3: every age shape carries unit year (or the period an age is written in) and kind age.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("A retired primary school teacher, 71, was rescued from the river.", "71", "year"),
        ("The novelist died at 93 in her home in Dublin.", "93", "year"),
        ("The conductor, who turns 80 next month, will retire.", "80", "year"),
        ("Her grandmother turned 100 on Saturday.", "100", "year"),
        ("The bones are at least 45,000 years old, researchers said.", "45,000", "year"),
        ("Doctors treated a 9-month-old girl for burns.", "9-month", "month"),
    ],
)
def test_every_age_shape_is_an_age_in_years(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "age")


# Family 4: points of a percentage or a rate are percentage points; points of an index stay points.
@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        (
            "Backing for the governor fell three points to 44% in the new survey.",
            "three",
            "percentage point",
            "percent",
        ),
        (
            "The Greens hold a lead of six points in the latest poll, on 38%.",
            "six",
            "percentage point",
            "percent",
        ),
        (
            "Its share of the market shrank 2.5 points to 19.5 pct last year.",
            "2.5",
            "percentage point",
            "percent",
        ),
        (
            "The central bank trimmed its lending rate by half a point on Thursday.",
            "half",
            "percentage point",
            "rate",
        ),
        (
            "The party is two points ahead of its rival, on 31 percent in the poll.",
            "two",
            "percentage point",
            "percent",
        ),
    ],
)
def test_points_of_a_percentage_are_percentage_points(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, kind)


# Family 5: currencies the wire writes with a code or prefix: "RM", "NT$", "CFA francs", bitcoin.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The plantation group earned RM1.8 billion in the year to June.", "RM1.8 billion", "ringgit"),
        ("The utility will spend RM 600 million on new lines.", "RM 600 million", "ringgit"),
        ("Chipmakers exported NT$2.4 trillion of goods last year.", "NT$2.4 trillion", "New Taiwan dollar"),
        (
            "The council set aside 3.2 billion Taiwan dollars for flood defences.",
            "3.2 billion",
            "New Taiwan dollar",
        ),
        ("The government borrowed 90 billion CFA francs from regional banks.", "90 billion", "CFA franc"),
        ("Hackers stole 4,000 bitcoin from the platform.", "4,000", "bitcoin"),
    ],
)
def test_currencies_written_with_a_code_or_prefix(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "money")
