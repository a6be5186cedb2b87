"""Subjects that named the wrong noun (subject17): a named index's whole name, the noun a time or share
is taken off, the noun before a hedge of a weather measure, who each gets a sum, what a sum was raised
in, the thing an amount paid for measures, and a noun phrase past a hyphened participle.

Every sentence is written for the test, none is a dev-set item; each rule has lookalikes it must
not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The Nasdaq Composite fell 2.1% on Tuesday.", "2.1%", "nasdaq composite"),
        ("The Hang Seng Index rose 1.7% in Hong Kong.", "1.7%", "hang seng index"),
        ("The Kospi Composite Index slipped 0.8% in Seoul.", "0.8%", "kospi composite index"),
        # lower-case "index" is a common noun after the name: the guide heads it "index"
        ("Brazil's Bovespa index slid 1.7% on Monday.", "1.7%", "index"),
        ("The index fell 0.4% in early trade.", "0.4%", "index"),
    ],
)
def test_a_named_index_is_headed_by_its_whole_name(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("She took 1.2 seconds off the national record in the heats.", "1.2 seconds", "record"),
        ("The rail link will cut 40 minutes from the journey between the cities.", "40 minutes", "journey"),
        ("The retailer knocked 15% off the price of its cheapest laptop.", "15%", "price"),
        ("The bypass will shave 20 minutes off commuting times.", "20 minutes", "time"),
    ],
)
def test_a_time_or_share_taken_off_measures_what_it_comes_off(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The journey took 40 minutes from the station.", "40 minutes", "journey"),  # how long, not off what
        ("Sales rose 5% from a year earlier.", "5%", "sales"),
        ("The retailer took 15% of the market.", "15%", "market"),
    ],
)
def test_a_duration_or_change_from_something_is_no_taking_off(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Forecasters warned of wind chills near minus 45 across the prairies.", "minus 45", "chill"),
        ("Temperatures near 40C are forecast for the weekend.", "40C", "temperature"),
        ("Waves up to 8 metres battered the harbour wall.", "8 metres", "wave"),
    ],
)
def test_a_weather_measure_after_a_hedge_measures_the_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_verb_before_up_to_is_no_measured_noun() -> None:
    assert one("The new chip draws up to 1,200 watts.", "1,200 watts").subject_head != "draw"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The state announced a $40m relief fund and said each affected household would receive $2,000.",
            "$2,000",
            "household",
        ),
        ("The government will give Rs 2 lakh to each injured worker.", "2 lakh", "worker"),
        ("Every member will be paid £300 a month under the deal.", "£300", "member"),
    ],
)
def test_a_sum_shared_out_one_by_one_measures_who_gets_it(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Tickets cost $20 for each adult.", "$20", "ticket"),  # a price per person, not a grant
        ("Every year the state gets $2bn in aid.", "$2bn", "aid"),
    ],
)
def test_each_as_a_price_or_a_time_is_no_one_receiving(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Germany raised €2.1bn from an auction of 5G frequencies.", "€2.1bn", "auction"),
        ("The treasury raised $900m from the privatisation of the port.", "$900m", "privatisation"),
        ("The mill paid $40m for 2 million tonnes of wheat.", "$40m", "wheat"),
        ("The operator is paying C$1.2 billion for 60MHz of spectrum.", "C$1.2 billion", "spectrum"),
    ],
)
def test_a_sum_raised_in_a_sale_or_paid_for_an_amount_measures_the_thing(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


def test_a_sum_raised_from_investors_names_no_fundraising() -> None:
    assert one("The state raised $3bn from investors.", "$3bn").subject_head != "investor"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Like-for-like sales at company-owned restaurants rose 2.2%.", "2.2%", "sales"),
        ("Lending at state-owned banks grew 9% last year.", "9%", "lending"),
    ],
)
def test_a_hyphened_participle_does_not_end_the_noun_phrase(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
