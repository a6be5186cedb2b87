"""Dateline fields as wire systems really fill them: the city, or none at all."""

from __future__ import annotations

import pytest

from transforms.readers.dateline import parse_dateline


@pytest.mark.parametrize(
    ("field", "city"),
    [
        ("    BAHIA BLANCA, Argentina, Feb 26 - ", "BAHIA BLANCA"),
        ("Beirut (AFP)", "Beirut"),
        ("St. Louis, May 3 -", "St. Louis"),
        ("    ****LONDON, March 26 - ", "LONDON"),
        ("c    LONDON, March 3 - ", "LONDON"),
        ("    JOHANNESBURG March 13 - ", "JOHANNESBURG"),
        ("ME}LBOURNE, May 3 -", "MELBOURNE"),
    ],
)
def test_the_city_loses_the_noise_around_it(field: str, city: str) -> None:
    assert parse_dateline(field)[0] == city


@pytest.mark.parametrize(
    "field", [" MAR8  --     --", " APRIL 7  - ", "Overnight      4 1/2", "MAY - ", "   "]
)
def test_a_field_holding_a_date_or_a_table_line_has_no_city(field: str) -> None:
    """Every fact of the story would otherwise be placed in "April 7" or "Overnight 4 1/2"."""
    assert parse_dateline(field)[0] is None
