"""Rules added in extractor left16: levels after a move in cents, bare commodity quotes, glued-scale
ranges, what one item costs, temperature differences, ages by decade, and fallback subjects.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import extract


# A level written with two decimals after a move in cents or pence is in the major currency.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Heating oil rose 30 cents to 9.85 on Tuesday.", "9.85", "US dollar"),
        ("The company's stock fell 45 cents to 3.20 in late trade.", "3.20", "US dollar"),
        ("Shares in the retailer rose 4p to 3.12 after the update.", "3.12", "pound sterling"),
        ("The lender's shares fell 8p to 1.46 by midday.", "1.46", "pound sterling"),
    ],
)
def test_level_after_minor_move_is_major(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "price")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Shares in the retailer rose 4p to 312p after the update.", "312p", "pence"),
        ("Coffee rose 2 cents to 140 cents a lb.", "140 cents", "US cent"),
        ("Raw sugar rose 0.25 cent to 12.45 in New York.", "12.45", "US cent"),
    ],
)
def test_level_after_minor_move_keeps_minor(text: str, surface: str, unit: str) -> None:
    assert one(text, surface).unit == unit


# A commodity or oil benchmark that settles, closes or ends at a bare quote is priced in US dollars.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brent crude settled at 84.30 a barrel on Friday.", "84.30"),
        ("WTI ended at 71.15 after the stock data.", "71.15"),
        ("Spot gold closed at 2,315.40 an ounce.", "2,315.40"),
        ("Silver traded at 27.62 in Asian hours.", "27.62"),
    ],
)
def test_bare_commodity_quote_is_dollar_price(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == ("US dollar", "price")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The FTSE closed at 7,400.50 on Monday.", "7,400.50"),
        ("The gold miners' index closed at 1,215.40.", "1,215.40"),
    ],
)
def test_index_close_is_not_commodity_price(text: str, surface: str) -> None:
    assert one(text, surface).kind == "index_points"


# A scale glued to both ends of a range is read once from each end.
@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        (
            "The charity expects to raise between £2m and 4m this year.",
            "between £2m and 4m",
            2e6,
            4e6,
            "pound sterling",
        ),
        ("The refit will cost between $2bn and 3bn, it said.", "between $2bn and 3bn", 2e9, 3e9, "US dollar"),
        ("Bids for the club ranged from £5m to 7m.", "£5m to 7m", 5e6, 7e6, "pound sterling"),
        ("Most posts pay between £20k and 30k a year.", "between £20k and 30k", 2e4, 3e4, "pound sterling"),
        ("Between £500k and 1m was raised for the roof.", "Between £500k and 1m", 5e5, 1e6, "pound sterling"),
    ],
)
def test_glued_scale_range(text: str, surface: str, low: float, high: float, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.low, fact.high, fact.unit, fact.qualifier) == (
        surface,
        low,
        high,
        unit,
        "range",
    )


def test_glued_metres_range_stays_length() -> None:
    fact = one("Swells of 5m to 7m hit the harbour wall.", "5m to 7m")
    assert (fact.unit, fact.low, fact.high) == ("metre", 5.0, 7.0)


# What one ticket, pass, licence or place costs is a price, even when it is paid every year.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A season ticket to the club costs £1,200 a year.", "£1,200"),
        ("Visitors can buy an annual pass at $99 a year.", "$99"),
        ("A fishing licence costs £35.50 a year.", "£35.50"),
        ("The entry fee is £30 per person.", "£30"),
    ],
)
def test_cost_of_one_item_is_price(text: str, surface: str) -> None:
    assert one(text, surface).kind == "price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Her salary is £45,000 a year, the filing shows.", "£45,000"),
        ("The museum's budget is £1,200 a year.", "£1,200"),
        ("Legal fees came to £30,000 in the case.", "£30,000"),
        ("Ticket sales reached £1,200 on the first day.", "£1,200"),
        ("Fares will rise, adding about £200 a year to a season ticket.", "£200"),
    ],
)
def test_pay_budgets_and_additions_stay_money(text: str, surface: str) -> None:
    assert one(text, surface).kind == "money"


# A change in temperature, or a gap between two, is a difference: 10F apart is 5.56 K, not 260.9 K.
@pytest.mark.parametrize(
    ("text", "surface", "kelvin", "change"),
    [
        ("Temperatures fell by 10C overnight in the valley.", "10C", 10.0, "down"),
        ("Temperatures were six degrees higher than average in the city.", "six degrees", 6.0, "up"),
        ("The planet has warmed 1.5C since the 1850s.", "1.5C", 1.5, "up"),
        ("Daytime temperatures rose 10F to 95F in Phoenix.", "10F", 5.55555555556, "up"),
        ("The lake was 2C colder than normal for May.", "2C", 2.0, "down"),
    ],
)
def test_temperature_difference_in_kelvin(text: str, surface: str, kelvin: float, change: str) -> None:
    fact = one(text, surface)
    assert fact.si_unit == "kelvin"
    assert fact.si_value == pytest.approx(kelvin)
    assert fact.change == change


@pytest.mark.parametrize(
    ("text", "surface", "kelvin"),
    [
        ("Daytime temperatures rose 10F to 95F in Phoenix.", "95F", 308.15),
        ("Temperatures reached 40C in Seville on Sunday.", "40C", 313.15),
        ("Temperatures dropped to 5C by dawn.", "5C", 278.15),
    ],
)
def test_absolute_temperature_stays_absolute(text: str, surface: str, kelvin: float) -> None:
    assert one(text, surface).si_value == pytest.approx(kelvin)


# "in his 40s" is an age range; early/mid/late take the thirds 0-3, 4-6, 7-9 of the decade.
@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "subject"),
    [
        ("Police arrested a man in his late 50s near the station.", "late 50s", 57.0, 59.0, "man"),
        ("The victim, a woman in her early 30s, was unhurt.", "early 30s", 30.0, 33.0, "woman"),
        ("A cyclist in his mid-60s was taken to hospital.", "mid-60s", 64.0, 66.0, "cyclist"),
        ("Most of the new buyers are in their 20s.", "20s", 20.0, 29.0, None),
        ("She is in her 40s and lives in Leeds.", "40s", 40.0, 49.0, None),
    ],
)
def test_decade_of_life_is_age_range(
    text: str, surface: str, low: float, high: float, subject: str | None
) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit, fact.value, fact.low, fact.high) == ("age", "year", None, low, high)
    assert fact.qualifier == "range"
    if subject is not None:
        assert fact.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "The band was formed in the 1940s in Chicago.",
        "Prices fell sharply in the 90s, the report said.",
        "Temperatures were in the 30s all week.",
        "In the mid-1990s the firm moved to Ohio.",
    ],
)
def test_decades_and_temperatures_are_no_ages(text: str) -> None:
    assert not [f for f in extract(text) if f.kind == "age"]


# A subject read before a figure never ends on a predicate adjective or participle.
@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Imports subject to a 10 pct tariff rose 5 pct last year.", "5 pct", "Imports"),
        ("Assets frozen at 3 mln dlrs were released on Monday.", "3 mln dlrs", "Assets"),
        ("The payout is final at 12 cts a share.", "12 cts", "payout"),
        ("The drone, built by a Leeds firm, climbed to 3.1km in its first flight.", "3.1km", "drone"),
    ],
)
def test_subject_drops_predicate_words(text: str, surface: str, subject: str) -> None:
    assert one(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The outcome is probable at 5 pct, he said.", "5 pct"),
        ("Shares were frozen at 40 pct.", "40 pct"),
    ],
)
def test_no_adjective_subject(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert fact.subject_head not in ("probable", "frozen", "subject", "final")
