"""Numbers that are not facts, each kept out by its own rule."""

from __future__ import annotations

import pytest
from extract_helpers import surfaces

from transforms.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        "The caliphate they declared in 2014 has collapsed.",
        "Growth slowed in the 1990s.",
        "The 1986/87 season was dry.",
    ],
)
def test_years(text: str) -> None:
    assert surfaces(text) == []


def test_year_shaped_number_with_a_unit_is_kept() -> None:
    assert surfaces("The runners covered 1500 metres.") == ["1500 metres"]


def test_hedged_year_shaped_number_is_kept() -> None:
    assert surfaces("About 1500 troops arrived.") == ["About 1500"]


@pytest.mark.parametrize(
    "text",
    [
        "The SDF broke into Raqa on June 6.",
        "Arrivals for the week ended Feb 26 rose.",
        "The vote is on 6 June 2017.",
        "The deadline is 12/05/2020.",
    ],
)
def test_dates(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    ["The meeting starts at 11 a.m. sharp.", "Trading opened at 0930 GMT.", "The bell rang at 11:30."],
)
def test_times(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The wall dates back to the late 8th century.",
        "They cited the 22nd amendment.",
        "She finished 3rd overall.",
    ],
)
def test_ordinals(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 closed higher.",
        "The Big 12 conference met.",
        "Apple launched the iPhone 11 in Paris.",
        "Under Section 427 of the code, fines apply.",
        "Leaders met at the G20 summit.",
        "Operators rolled out 5G networks.",
        "The COVID-19 pandemic spread.",
        "A Boeing 747 landed safely.",
        "He lives at No. 10 with his family.",
    ],
)
def test_names_with_numbers(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    ["For details call +44 20 7946 0000 today.", "Readers can phone (212) 555-1234 now."],
)
def test_phone_numbers(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    ["Barcelona beat Real Madrid 3-1 on Sunday.", "Nadal won 6-4, 6-3 in the final."],
)
def test_scores(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    ["Hamilton set a lap time of 1:23.456 in qualifying.", "Kipchoge won in 2hr 1min 39sec."],
)
def test_lap_times(text: str) -> None:
    assert surfaces(text) == []


def test_range_with_hyphen_outside_sport_is_kept() -> None:
    assert surfaces("Officials expect 20-30 arrests.") == ["20-30"]


@pytest.mark.parametrize(
    "text",
    ["One of the biggest banks failed.", "No one was hurt.", "It was the only one left."],
)
def test_pronoun_one(text: str) -> None:
    assert surfaces(text) == []


def test_counting_one_is_kept() -> None:
    assert surfaces("One person died in the blast.") == ["One"]


@pytest.mark.parametrize(
    "text",
    [
        "He sold shares between March 20 and 30 last year.",
        "The summit took place from 6 to 8 June.",
        "The dividend is payable August five.",
    ],
)
def test_date_ranges_and_spelled_days(text: str) -> None:
    assert surfaces(text) == []


def test_split_ratio_is_not_a_count() -> None:
    assert surfaces("The board approved a two-for-one stock split.") == []


def test_spelled_out_name_with_number() -> None:
    assert surfaces("The Formula One season opens in Bahrain.") == []


def test_label_word_before_spelled_number() -> None:
    assert surfaces("The bank bought bills in band one.") == []


def test_capitalised_number_word_inside_a_sentence_is_a_name() -> None:
    assert surfaces("The Group of Seven meeting follows Group of Five talks.") == []


def test_capitalised_number_word_opening_a_sentence_is_a_count() -> None:
    assert surfaces('"Two people died," he said.') == ["Two"]


def test_bare_singular_period_after_a_big_number_is_not_a_unit() -> None:
    assert [f.unit for f in extract("Loss was 14.9 mln year prior.")] == [None]


@pytest.mark.parametrize("text", ["The 9/11 attacks shocked the world.", "They offer 24/7 coverage."])
def test_slashed_numbers(text: str) -> None:
    assert surfaces(text) == []


def test_hyphen_range_in_money_copy_is_not_a_score() -> None:
    fact = extract("The firm expects an operating loss of 19-24 cts a share.")[0]
    assert (fact.low, fact.high, fact.unit) == (19.0, 24.0, "US cent")


def test_first_half_is_a_period_not_a_fraction() -> None:
    assert surfaces("Reserves rose in the first half of March.") == []


def test_reuters_table_label_is_not_a_name() -> None:
    assert surfaces("Revs 3,213,000 vs 2,925,000") == ["3,213,000", "2,925,000"]


def test_possessive_before_a_number_is_not_a_name() -> None:
    assert surfaces("Congress won two of Haryana's 90 seats.") == ["two", "90"]


def test_decimal_quote_with_slash_is_kept() -> None:
    # a two-way quote is one range, bid to offer (GUIDE, two-way quotes; reuters17)
    facts = extract("The dollar was quoted at 145.10/20 yen.")
    assert [(f.value, f.low, f.high, f.unit) for f in facts] == [(None, 145.1, 145.2, "yen")]


@pytest.mark.parametrize(
    "text", ["Call the hotline on 0800 123 4567 today.", "Readers can call 020 7946 0958."]
)
def test_phone_numbers_after_call_words_or_a_leading_zero(text: str) -> None:
    assert surfaces(text) == []
