"""Kind and unit fixes on Reuters wire copy added in extractor reuters17.

Every sentence here is written for the test in Reuters style, none is corpus or dev-set text, so
each rule is checked on text it was not tuned on; the lookalikes are sentences the rules must leave
alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import one, surfaces

_TABLE = (
    "Shr profit 12 cts vs loss 1.10 dlrs\nNet profit 250,000 vs loss 4.2 mln\nRevs 31.5 mln vs 28.9 mln\n"
)


# A US-listed company datelined in a US town that shares its name with a larger town abroad
# (Victoria, Texas; Cambridge, Mass.; Birmingham, Ala.) reports in US dollars.
@pytest.mark.parametrize(
    ("headline", "dateline"),
    [
        ("PRAIRIE BANCSHARES INC <PRBK.O> 3RD QTR NET", "VICTORIA"),
        ("HARBOR SOFTWARE CORP <HSWC> 1ST QTR NET", "CAMBRIDGE"),
        ("SOUTHERN TRUST <STR> 4TH QTR NET", "BIRMINGHAM"),
    ],
)
def test_us_namesake_dateline_reports_us_dollars(headline: str, dateline: str) -> None:
    assert one(_TABLE, "1.10 dlrs", headline, dateline).unit == "US dollar"
    assert one(_TABLE, "12 cts", headline, dateline).unit == "US cent"
    assert one(_TABLE, "250,000", headline, dateline).unit == "US dollar"


# The foreign reading stands for a foreign issuer's ticker, a story naming the foreign country, a
# dateline with no US namesake, or no ticker at all.
@pytest.mark.parametrize(
    ("text", "headline", "dateline", "unit"),
    [
        (_TABLE, "GOLDRIDGE MINES LTD <GRMNF> YEAR NET", "VANCOUVER", "Canadian dollar"),
        ("Figures in Canadian dlrs.\n" + _TABLE, "MAPLE SYSTEMS <MPL> YEAR NET", "OTTAWA", "Canadian dollar"),
        (_TABLE, "HARBOUR TRADING LTD <HRBT> YEAR NET", "HONG KONG", "Hong Kong dollar"),
        (_TABLE, "BUSH AIRWAYS LTD YEAR NET", "MELBOURNE", "Australian dollar"),
    ],
)
def test_foreign_dateline_keeps_its_dollar(text: str, headline: str, dateline: str, unit: str) -> None:
    assert one(text, "1.10 dlrs", headline, dateline).unit == unit


def test_new_england_names_no_foreign_country() -> None:
    text = "The New England bank said:\n" + _TABLE
    fact = one(text, "250,000", "YANKEE SAVINGS <YSB> YEAR NET", "MANCHESTER")
    assert fact.unit == "US dollar"


# An exchange rate given as so much of one currency to another is that currency's price.
@pytest.mark.parametrize(
    ("text", "surface", "unit", "dateline"),
    [
        ("Trade is settled at 0.45 Egyptian pounds to the dollar.", "0.45 Egyptian", "Egyptian pound", None),
        (
            "The official rate stands at about 1.42 pounds to the dollar.",
            "1.42 pounds",
            "Egyptian pound",
            "CAIRO",
        ),
        ("The central bank set the rate at 2.40 marks per dollar.", "2.40 marks", "mark", None),
    ],
)
def test_currency_to_the_dollar_is_a_price(text: str, surface: str, unit: str, dateline: str | None) -> None:
    fact = one(text, surface, dateline=dateline)
    assert (fact.unit, fact.kind) == (unit, "price")


def test_pounds_weighed_are_no_exchange_rate() -> None:
    fact = one("The farm shipped 40,000 pounds of beef to the plant.", "40,000 pounds")
    assert (fact.unit, fact.kind) == ("pound", "mass")


# What each of several things is valued at or costs is a price, however large.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Analysts valued the new turbines at about four mln dlrs each.", "four mln dlrs"),
        ("The two office towers are worth some 80 mln dlrs each.", "80 mln dlrs"),
        ("The frigates were priced at 300 mln dlrs apiece, the navy said.", "300 mln dlrs"),
    ],
)
def test_valued_each_is_a_price(text: str, surface: str) -> None:
    assert one(text, surface).kind == "price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The two partners will pay 50 mln dlrs each toward the plant.", "50 mln dlrs"),
        ("The court fined the brokers 25,000 dlrs each.", "25,000 dlrs"),
    ],
)
def test_paid_each_stays_money(text: str, surface: str) -> None:
    assert one(text, surface).kind == "money"


# A right or warrant redeemed or exercised at so much apiece: its price; a distribution per right is money.
def test_per_right_price() -> None:
    assert one("The company may redeem the rights at two cts per right.", "two cts").kind == "price"
    assert one("Holders may buy stock at 6.50 dlrs per warrant.", "6.50 dlrs").kind == "price"
    assert one("It will pay a dividend of five cts per right.", "five cts").kind == "money"


# A zero coupon or deep-discount issue priced below 80 pct of par: a bond price.
def test_deep_discount_issue_price() -> None:
    fact = one("The zero coupon issue matures in 1995 and is priced at 61-1/4 pct.", "61-1/4 pct")
    assert (fact.unit, fact.kind) == ("percent", "price")


def test_coupon_at_a_few_pct_stays_a_rate() -> None:
    fact = one("The bonds carry a coupon of 7-1/2 pct and are priced at 101-1/4.", "7-1/2 pct")
    assert fact.kind == "rate"


# An owner's equity (voting, working) interest in percent is a stake, not an interest rate.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The drugmaker said it bought a 12.5 pct equity interest in the biotechnology firm.", "12.5 pct"),
        ("The group holds a 30 pct voting interest in the carrier.", "30 pct"),
        ("It acquired a 25 pct working interest in the offshore block.", "25 pct"),
    ],
)
def test_equity_interest_is_a_percent(text: str, surface: str) -> None:
    assert one(text, surface).kind == "percent"


def test_interest_rate_stays_a_rate() -> None:
    assert one("The loan carries interest of 9.5 pct a year.", "9.5 pct").kind == "rate"


# "17 cts shr" in an earnings note is wire shorthand for "a share": earnings money, not a price.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("NOTE: 1986 net includes gain of 23 cts shr from sale of a division.", "23 cts"),
        ("NOTE: Net includes tax credit of 1.4 mln dlrs or 11 cts shr.", "11 cts"),
    ],
)
def test_cts_shr_in_a_note_is_money(text: str, surface: str) -> None:
    assert one(text, surface).kind == "money"


def test_share_price_stays_a_price() -> None:
    assert one("The company's stock closed at 31 dlrs a share.", "31 dlrs").kind == "price"


# A two-way bid/offer quote is one range whose unit follows the offer (GUIDE, two-way quotes).
@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind", "low", "high"),
    [
        (
            "The dollar finished at 1.8340/50 marks in Frankfurt.",
            "1.8340/50 marks",
            "mark",
            "price",
            1.834,
            1.835,
        ),
        ("The lira was quoted at 745.20/40 per 100 francs.", "745.20/40", None, None, 745.2, 745.4),
        ("Three-month eurodollars were quoted at 6.90/80 pct.", "6.90/80 pct", "percent", "rate", 6.8, 6.9),
    ],
)
def test_two_way_quotes(
    text: str, surface: str, unit: str | None, kind: str | None, low: float, high: float
) -> None:
    fact = one(text, surface)
    assert (fact.value, fact.low, fact.high) == (None, pytest.approx(low), pytest.approx(high))
    if unit is not None:
        assert (fact.unit, fact.kind) == (unit, kind)


@pytest.mark.parametrize(
    "text",
    ["The attacks of 9/11 changed air travel.", "The hotline is staffed 24/7 by volunteers."],
)
def test_slashed_names_are_no_quotes(text: str) -> None:
    assert surfaces(text) == []


def test_date_still_excluded() -> None:
    assert surfaces("The meeting was set for 12/05/87 in Geneva.") == []


# A security that yielded (is yielding) so much: a yield, kind rate; what else yields is no rate.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The six-month bills yielded an average 6.14 pct, down from 6.20 pct.", "6.14 pct"),
        ("The six-month bills yielded an average 6.14 pct, down from 6.20 pct.", "6.20 pct"),
        ("The new 30-year bonds were yielding 8.95 pct in late trading.", "8.95 pct"),
    ],
)
def test_security_yielded_is_a_rate(text: str, surface: str) -> None:
    assert one(text, surface).kind == "rate"


def test_other_yields_are_percent() -> None:
    assert one("The new drilling method yielded 30 pct more gas.", "30 pct").kind == "percent"


# A bare scaled sum before the one sum of the sentence that names its currency takes that currency.
def test_bare_sum_before_the_named_currency() -> None:
    text = "The sale will raise 12.5 mln, and the group expects pretax profit of 40.2 mln stg."
    fact = one(text, "12.5 mln", dateline="LONDON")
    assert (fact.unit, fact.kind) == ("pound sterling", "money")


def test_bare_count_before_a_sum_keeps_its_noun() -> None:
    fact = one("It issued 12.5 mln shares for 40.2 mln stg.", "12.5 mln")
    assert (fact.unit, fact.kind) == (None, "count")


# A price converted into another currency in brackets is the same price.
def test_bracketed_conversion_of_a_price() -> None:
    fact = one("A kilo of beef now costs 900 pesos (4.50 dlrs) in the capital.", "4.50 dlrs")
    assert fact.kind == "price"


def test_bracketed_conversion_of_a_sum_stays_money() -> None:
    fact = one("The company lost 900 mln pesos (4.5 mln dlrs) last year.", "4.5 mln dlrs")
    assert fact.kind == "money"


def test_bid_offer_in_a_currency_is_a_price() -> None:
    fact = one("The dollar was quoted at a late 6.0640/70 francs after a fix at 6.0620.", "6.0640/70")
    assert (fact.unit, fact.kind) == ("French franc", "price")


def test_earnings_range_in_fractions_stays_money() -> None:
    fact = one("The company expects to earn 1-1/2 to two dlrs a share this year.", "1-1/2")
    assert fact.kind == "money"


def test_later_par_value_in_cents_names_no_currency() -> None:
    text = "Holders raised authorized common to 80 mln from 40 mln and set a par value of 10 cts."
    fact = one(text, "80 mln")
    assert (fact.unit, fact.kind) == (None, "count")


def test_foreign_city_in_the_story_keeps_the_dateline_country() -> None:
    text = "The company sold its unit for four mln dlrs, subject to approval by the Montreal exchange."
    fact = one(text, "four mln dlrs", "NORTHERN DATA <NDTC.O> SELLS UNIT", "VANCOUVER")
    assert fact.unit == "Canadian dollar"


def test_average_value_each_stays_money() -> None:
    text = "Turnover rose to 90 billion marks, an average transaction value of 380,000 marks each."
    assert one(text, "380,000 marks").kind == "money"


def test_us_town_named_after_a_state_abroad_keeps_dollars() -> None:
    # "Victoria" names an Australian state too, but writing it does not name Australia
    fact = one(
        "Victoria Bankshares Inc said net income rose to 4.2 mln dlrs.",
        "4.2 mln dlrs",
        headline="VICTORIA BANKSHARES <VICT> 1ST QTR NET",
        dateline="Victoria, Texas",
    )
    assert fact.unit == "US dollar"


def test_two_way_quote_after_a_currency_code() -> None:
    # the code before the bid is no part of its digits: no crash, one range in ECU
    fact = one("The currency was fixed at ECU 54.4026/35 in Brussels.", "54.4026")
    assert (fact.low, fact.high, fact.unit) == (54.4026, 54.4035, "ECU")
