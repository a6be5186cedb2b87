"""Numerals: digits, words, fractions, scale words, vague quantities."""

from __future__ import annotations

import re

import pytest
from extract_helpers import only, surfaces

from transforms.extract import extract
from transforms.extract.numbers import (
    VAGUE_NEEDLES,
    VAGUE_PATTERN,
    Vague,
    parse_digits,
    parse_vague,
    parse_words,
)


@pytest.mark.parametrize(
    ("surface", "value"),
    [("2,500", 2500.0), ("2.5", 2.5), ("1,234,567.89", 1234567.89), (".5", 0.5)],
)
def test_parse_digits(surface: str, value: float) -> None:
    assert parse_digits(surface) == value


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("two", 2.0),
        ("twenty-five", 25.0),
        ("one hundred and twenty", 120.0),
        ("one and a half", 1.5),
        ("two and a half million", 2_500_000.0),
        ("half a dozen", 6.0),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("half a million", 500_000.0),
        ("three million two hundred thousand", 3_200_000.0),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three quarters", 0.75),
    ],
)
def test_parse_words(surface: str, value: float) -> None:
    parsed = parse_words(surface)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.length == len(surface)


def test_parse_words_stops_before_a_second_number() -> None:
    parsed = parse_words("two and three")
    assert parsed is not None
    assert (parsed.value, parsed.length) == (2.0, 3)


@pytest.mark.parametrize(
    ("surface", "bounds"),
    [
        ("tens of thousands", Vague(20_000.0, 99_999.0)),
        ("hundreds of thousands", Vague(200_000.0, 999_999.0)),
        ("hundreds", Vague(200.0, 999.0)),
        ("thousands", Vague(2_000.0, 9_999.0)),
        ("dozens", Vague(24.0, 99.0)),
        ("millions", Vague(2e6, 9_999_999.0)),
        ("a few hundred", Vague(200.0, 599.0)),
        ("several thousand", Vague(3_000.0, 9_999.0)),
    ],
)
def test_parse_vague(surface: str, bounds: Vague) -> None:
    assert parse_vague(surface) == bounds


def test_thousands_separator_and_decimals_in_text() -> None:
    fact = only("Officials counted 1,234,567.89 ballots.")
    assert (fact.value, fact.low, fact.high, fact.qualifier) == (1234567.89, 1234567.89, 1234567.89, "exact")


def test_negative_sign() -> None:
    fact = only("The temperature dropped to -5 degrees overnight.")
    assert (fact.surface, fact.value) == ("-5 degrees", -5.0)


def test_malformed_group_is_skipped_not_invented() -> None:
    assert surfaces("The report listed 4,2000 displaced families.") == []


def test_spelled_out_count() -> None:
    fact = only("Air strikes punched two holes in the wall.")
    assert (fact.value, fact.kind, fact.subject) == (2.0, "count", "holes")


def test_half_a_dozen_in_text() -> None:
    fact = only("Half a dozen ministers resigned.")
    assert (fact.surface, fact.value, fact.subject) == ("Half a dozen", 6.0, "ministers")


def test_fraction_of() -> None:
    fact = only("Rebels hold a third of the city.")
    assert fact.value == pytest.approx(1 / 3)
    assert fact.surface == "a third"


def test_ordinal_word_third_is_not_a_fraction() -> None:
    assert surfaces("She is seeking a third term in office.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Net profit rose to 2.5 million euros.", 2_500_000.0),
        ("The loan is worth $3 bln.", 3e9),
        ("Arrivals reached 5.93 mln bags.", 5_930_000.0),
        ("The bill costs £2.5bn.", 2.5e9),
    ],
)
def test_scale_words_in_both_wire_styles(text: str, value: float) -> None:
    assert only(text).value == value


def test_vague_quantity_is_a_range_not_a_point() -> None:
    fact = only("The UN raised concerns for tens of thousands of civilians trapped in Raqa.")
    assert (fact.value, fact.low, fact.high, fact.qualifier) == (None, 20_000.0, 99_999.0, "vague")
    assert fact.subject == "civilians"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hundreds of villagers fled.", 200.0, 999.0),
        ("A few hundred diehard jihadists remain.", 200.0, 599.0),
        ("Dozens of people were hurt.", 24.0, 99.0),
        ("Thousands of protesters marched.", 2_000.0, 9_999.0),
        ("Millions of people watched.", 2e6, 9_999_999.0),
    ],
)
def test_vague_quantities(text: str, low: float, high: float) -> None:
    fact = only(text)
    assert (fact.value, fact.low, fact.high, fact.qualifier) == (None, low, high, "vague")


def test_minus_word_makes_a_negative() -> None:
    fact = only("Thermometers dropped to minus 30 degrees overnight.")
    assert (fact.surface, fact.value) == ("minus 30 degrees", -30.0)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The dividend was cut to 12-1/2 cts.", "12-1/2 cts", 12.5),
        ("The bond yields 9-13/16 pct.", "9-13/16 pct", 9.8125),
        ("Hearings lasted 1-1/2 days.", "1-1/2 days", 1.5),
    ],
)
def test_wire_price_fractions(text: str, surface: str, value: float) -> None:
    fact = only(text)
    assert (fact.surface, fact.value) == (surface, value)


def test_spelled_out_number_with_wire_scale() -> None:
    fact = only("The company holds four mln shares.")
    assert (fact.surface, fact.value, fact.subject) == ("four mln", 4_000_000.0, "shares")


def test_adjacent_spelled_out_numbers_are_read_separately() -> None:
    facts = extract("In band four seven mln stg was bought.")
    assert [(f.surface, f.value) for f in facts] == [("seven mln stg", 7_000_000.0)]


def test_zero_is_a_number() -> None:
    assert only("Zero cases were recorded on Sunday.").value == 0.0


def test_fraction_after_by() -> None:
    fact = only("Subsidies were cut by a third last year.")
    assert fact.value == pytest.approx(1 / 3)


def test_one_in_four_is_a_ratio() -> None:
    fact = only("One in four households cannot afford heating.")
    assert (fact.surface, fact.value, fact.kind, fact.subject) == ("One in four", 0.25, "ratio", "households")


@pytest.mark.parametrize("text", ["Police arrested 12 in 2014.", "They sold 3 in 10 days."])
def test_in_before_a_year_or_period_is_not_a_ratio(text: str) -> None:
    assert extract(text)[0].value in (12.0, 3.0)


def test_scaled_values_carry_no_binary_noise() -> None:
    assert only("Stocks were 4.1 mln.").value == 4_100_000.0


@pytest.mark.parametrize(
    "surface",
    [
        "tens of thousands",
        "dozens of millions",
        "scores of billions",
        "a few dozen",
        "several hundred thousand",
        "a few\nmillion",
        "scores of",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "a handful of",
    ],
)
def test_every_vague_match_holds_a_needle(surface: str) -> None:
    """The scan skips a text without a needle: each kind of vague match must hold one."""
    match = re.search(VAGUE_PATTERN, surface)
    assert match is not None
    assert any(needle in match.group() for needle in VAGUE_NEEDLES)
