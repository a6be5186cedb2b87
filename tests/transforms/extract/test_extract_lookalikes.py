"""Text that looks like 1.12's new readings but is not: capitals ending in RM, metres, model names.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("ARM 5 mln shares were sold to investors.", "5 mln", None),
        ("The FIRM 20 dlrs offer was rejected.", "20 dlrs", "US dollar"),
        ("Revenue rose to RM 5.2 billion in the year.", "5.2 billion", "ringgit"),
        ("Sales hit RM5bn.", "RM5bn", "ringgit"),
    ],
)
def test_ringgit_is_rm_as_a_word_not_the_end_of_a_capitalised_word(
    text: str, surface: str, unit: str | None
) -> None:
    assert one(text, surface).unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("United paid £45m for him, and he ran the 400m at the trials.", "400m", 400.0, "metre"),
        ("Bolt, who earned £20m last year, ran the 100m in 9.58 seconds.", "100m", 100.0, "metre"),
        (
            "The club paid £45m for the striker, up from the 30m it offered in May.",
            "30m",
            30e6,
            "pound sterling",
        ),
        ("Profit was £45m, against a profit of 80m a year earlier.", "80m", 80e6, "pound sterling"),
    ],
)
def test_a_glued_m_after_a_sum_is_millions_only_where_the_sums_partner_stands(
    text: str, surface: str, value: float, unit: str
) -> None:
    fact = one(text, surface)
    assert (fact.value, fact.unit) == (value, unit)


def test_a_model_name_glued_to_a_letter_does_not_set_the_storys_temperature_scale() -> None:
    fact = one("Apple sold the iPhone 5C in China. The car spun 180 degrees on the ice.", "180 degrees")
    assert fact.unit == "degree"


def test_a_glued_scale_in_a_text_about_temperature_still_sets_it() -> None:
    fact = one(
        "Temperatures hit 40C in Seville, and 38 degrees in Madrid.", "38 degrees", dateline="NEW YORK"
    )
    assert fact.unit == "degree Celsius"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The index turned 5 in March.", "5"),
        ("The company turned 100 this year.", "100"),
        ("In March it turned 5 again.", "5"),
    ],
)
def test_a_figure_turned_by_no_person_is_no_age(text: str, surface: str) -> None:
    assert one(text, surface).kind != "age"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He turned 60 in May.", "60"),
        ("The singer turned 60 last week.", "60"),
        ("Smith turned 44 on Monday.", "44"),
        ("Smith, who has just turned 60, said he would stay.", "60"),
        ("Her daughter turned 5 in March.", "5"),
        ("Lloyd U. Noland Jr. turns 70 and retires.", "70"),
    ],
)
def test_a_person_who_turns_a_figure_is_that_age(text: str, surface: str) -> None:
    assert one(text, surface).kind == "age"


def test_people_over_a_hundred_are_counted_not_aged() -> None:
    fact = one("Fans over 100 were arrested.", "100")
    assert (fact.kind, fact.unit) == ("count", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Women over 50 are invited for screening.", "50"),
        ("Men over 90 were honoured.", "90"),
        ("Children under five died.", "five"),
    ],
)
def test_people_bounded_below_a_hundred_are_an_age_group(text: str, surface: str) -> None:
    assert one(text, surface).kind == "age"
