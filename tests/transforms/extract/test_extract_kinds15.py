"""Kind fixes among price, money and count added in extractor kinds15.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A sum that is what one thing costs is a price, however large, and so is a toll or a debt quoted
# per unit of its face value; the old level of a price per unit is a price too.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Melbourne's median house price rose 1.2 per cent to A$1.05 million in June.", "A$1.05 million"),
        ("The average selling price in Vancouver slipped to C$1.2 million last month.", "C$1.2 million"),
        ("Tolls on the tunnel will go up by £1 to £4.50 next spring.", "£1"),
        ("Tolls on the tunnel will go up by £1 to £4.50 next spring.", "£4.50"),
        ("The airline's bonds sank to 40 cents on the dollar after the filing.", "40 cents"),
        ("The cost of a kilo of rice climbed to 95 rupees, the ministry said.", "95 rupees"),
        ("Average running costs climbed to 31 cents a mile for small cars from 29.5 cents.", "29.5 cents"),
    ],
)
def test_unit_prices(text: str, surface: str) -> None:
    assert one(text, surface).kind == "price"


# Pay a person draws, and gains, charges and distributions per share or unit, are money.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The average salary rose to £35,000 last year, the survey found.", "£35,000"),
        ("The basic state pension rose to £230.25 a week in April.", "£230.25"),
        ("Results include a gain of 12 cts a share from the sale of a unit.", "12 cts"),
        ("The partnership declared a quarterly distribution of 45 cts per unit.", "45 cts"),
    ],
)
def test_pay_and_per_share_items_are_money(text: str, surface: str) -> None:
    assert one(text, surface).kind == "money"


# A security's price in percent of par written without "pct" (GUIDE, Securities).
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The notes were priced at 99.62 to yield 5.1 pct.", "99.62"),
        ("The five-year note rose 3/32 to 100-7/32 in late trade.", "100-7/32"),
        ("The bank is launching 80 mln francs of notes with a 101-1/2 issue price.", "101-1/2"),
        ("A typical mortgage bond rose to 92 from 90-1/2 yesterday.", "90-1/2"),
    ],
)
def test_bond_prices(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == ("percent", "price")


def test_bond_words_do_not_price_a_count() -> None:
    fact = one("The bank sold the notes to 90 investors in Asia.", "90")
    assert (fact.unit, fact.kind) == (None, "count")


# A currency quoted "against the dollar at" a bare figure: its price, in market-custom units.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Sterling finished against the dollar at 1.2640 in London.", "1.2640", "US dollar"),
        ("The yen closed against the dollar at 149.80 on Friday.", "149.80", "yen"),
        ("The dollar ended against the yen at 150.10, dealers said.", "150.10", "yen"),
    ],
)
def test_quotes_against_a_currency(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "price")


# Currency names written in full after a scale word, and Indian scale words with money words.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The subsidy will cost 40 billion Japanese yen over five years.", "40 billion Japanese yen", "yen"),
        (
            "The loan totals 300 million United States dollars.",
            "300 million United States dollars",
            "US dollar",
        ),
        ("The trust raised 120 crore from investors last week.", "120 crore", "rupee"),
    ],
)
def test_money_units(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "money")


def test_lakh_with_a_noun_stays_a_count() -> None:
    fact = one("Nearly 3 lakh people joined the march after the ruling.", "3 lakh")
    assert (fact.unit, fact.kind) == (None, "count")


# A bare share quote or move written with cents or fractions is a price in the story's money.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Widget Corp's stock rose 2-3/8 to 61-1/4 in heavy trading.", "2-3/8"),
        ("Widget Corp's stock rose 2-3/8 to 61-1/4 in heavy trading.", "61-1/4"),
        ("Shares of the retailer finished at 23.65 on Nasdaq.", "23.65"),
    ],
)
def test_bare_share_prices(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == ("US dollar", "price")


def test_london_share_quote_is_left_unpriced() -> None:
    # pence or pounds: a London story does not say which, so no unit is guessed
    fact = one("Shares of the retailer finished at 23.65 on Friday.", "23.65", dateline="London")
    assert fact.unit != "US dollar"


# "pounds" after a rent, fare, toll or a sale is the currency, not a weight.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rents in the borough rose to 1,450 pounds a month.", "1,450 pounds"),
        ("A loaf of bread now sells for 1.60 pounds at the corner shop.", "1.60 pounds"),
    ],
)
def test_pounds_paid_are_sterling(text: str, surface: str) -> None:
    fact = one(text, surface, dateline="London")
    assert (fact.unit, fact.kind) == ("pound sterling", "price")


def test_pounds_sold_of_a_good_stay_a_mass() -> None:
    fact = one("The dairy sold 300 pounds of butter to the school.", "300 pounds", dateline="London")
    assert fact.unit == "pound"
