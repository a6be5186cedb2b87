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
