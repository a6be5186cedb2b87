"""General unit fixes of extractor units18: the world's currencies, exchange-rate quotes, minor units.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one, surfaces

from transforms.extract import UNITS, extract


# Family 1: every current ISO 4217 currency by its English name, its code before or after the
# number, and its unambiguous signs; the GUIDE's own names win ("zloty", "peso", "rupee").
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The port authority earned KSh 3.2 billion last year.", "KSh 3.2 billion", "Kenyan shilling"),
        ("Fares rose to Ksh 150 a trip on the new route.", "Ksh 150", "Kenyan shilling"),
        (
            "The tender was worth KES 1,200 million, the ministry said.",
            "KES 1,200 million",
            "Kenyan shilling",
        ),
        (
            "Farmers were paid 40 million Uganda shillings in arrears.",
            "40 million Uganda shillings",
            "Ugandan shilling",
        ),
        ("The city budget is 2,400 PLN per resident this year.", "2,400 PLN", "zloty"),
        ("A monthly pass now costs 5,000 zł in the capital.", "5,000 zł", "zloty"),
        (
            "The hospital's overhaul will cost 900 million Czech korunas.",
            "900 million Czech korunas",
            "koruna",
        ),
        ("Tickets sold for 120 Kč each at the door.", "120 Kč", "koruna"),
        ("The bank raised 12 billion cedis from the bond sale.", "12 billion cedis", "cedi"),
        ("Ukraine's budget gap widened to 300 billion hryvnias.", "300 billion hryvnias", "hryvnia"),
        ("Lenders extended 8 trillion Vietnamese dong to farmers.", "8 trillion Vietnamese dong", "dong"),
        ("The deal was valued at 45 billion Argentine pesos.", "45 billion Argentine pesos", "peso"),
        ("Karachi's budget rose to 300 billion Pakistani rupees.", "300 billion Pakistani rupees", "rupee"),
        ("The firm reported sales of ₺40 billion for the year.", "₺40 billion", "Turkish lira"),
        ("Remittances reached ₱3.1 trillion last year.", "₱3.1 trillion", "peso"),
        ("The budget earmarks ₪12 billion for defence.", "₪12 billion", "shekel"),
        ("Exports earned ৳4.5 billion in the quarter.", "৳4.5 billion", "taka"),
        ("The miner spent R1.2bn on a new shaft.", "R1.2bn", "rand"),
        ("Revenue at the mill reached KSh14 billion.", "KSh14 billion", "Kenyan shilling"),
        ("Its net profit rose to Rp 2.4 trillion.", "Rp 2.4 trillion", "rupiah"),
        (
            "Sudan printed 90 billion Sudanese pounds in March.",
            "90 billion Sudanese pounds",
            "Sudanese pound",
        ),
    ],
)
def test_world_currencies(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.unit) == (surface, unit)
    assert fact.kind in ("money", "price")


def test_every_world_currency_is_a_known_unit() -> None:
    assert {"Kenyan shilling", "cedi", "hryvnia", "koruna", "Jamaican dollar", "euro cent"} <= UNITS


# Lookalikes: capitals that are words, a letter before a number, a currency word that is also English.
@pytest.mark.parametrize(
    "text",
    [
        "The TOP 10 exporters shipped more than last year.",
        "Rescuers found ALL 5 climbers alive on the ridge.",
        "The R2 motorway was closed for 3 days after the crash.",
        "The R 5 bus was cancelled, leaving 80 riders stranded.",
        "He poured 2 drams of whisky for each guest.",
        "Surgeons removed 30 centimetres of his colon.",
        "The GDP 2 survey covered 400 households.",
        "The upgrade to PHP 8 took 3 weeks.",
        "About 5,000 Afghanis crossed the border last week.",
        "She told NPR 5 years ago that 40 staff had left.",
    ],
)
def test_currency_lookalikes(text: str) -> None:
    assert not [f.surface for f in extract(text) if f.kind in ("money", "price")]


def test_r_before_a_scale_is_the_rand_but_not_before_a_code() -> None:
    assert one("The miner spent R1.2bn on a new shaft.", "R1.2bn").unit == "rand"
    assert surfaces("The R2 motorway was closed on Monday.") == []


# Family 2: an exchange-rate quote is the quoted currency's price: the currency named as subject
# (also as possessor), else the story's own currency when the quote is per another currency.
@pytest.mark.parametrize(
    ("text", "dateline", "surface", "unit"),
    [
        (
            "The Swiss franc weakened to 0.9480 per euro after the data.",
            "Geneva",
            "0.9480 per euro",
            "Swiss franc",
        ),
        ("The franc eased to 0.9480 per euro in thin trade.", "Geneva", "0.9480 per euro", "Swiss franc"),
        (
            "The shilling traded at 129.40 per dollar on Friday.",
            "Nairobi",
            "129.40 per dollar",
            "Kenyan shilling",
        ),
        (
            "The cedi's interbank rate slid to 15.20 per dollar, dealers said.",
            "Accra",
            "15.20 per dollar",
            "cedi",
        ),
        (
            "The official rate was set at 1,520 per dollar on Monday.",
            "Buenos Aires",
            "1,520 per dollar",
            "peso",
        ),
        (
            "The Turkish lira fell to 41.2 per dollar, a record low.",
            "Istanbul",
            "41.2 per dollar",
            "Turkish lira",
        ),
    ],
)
def test_exchange_rate_quotes(text: str, dateline: str, surface: str, unit: str) -> None:
    fact = one(text, surface.split()[0], dateline=dateline)
    assert (fact.surface, fact.unit, fact.kind) == (surface, unit, "price")


def test_a_quote_with_no_currency_in_a_dollar_story_stays_unitless() -> None:
    fact = one("The ratio was 1.8 per dollar of assets.", "1.8", dateline="Chicago")
    assert fact.unit is None


# Family 3: a minor unit takes the story's currency: euro cents in a euro story, the US cent where
# the story names dollars or no currency at all.
@pytest.mark.parametrize(
    ("text", "dateline", "unit"),
    [
        ("Lisbon will raise the pension by 40 cents to €9.80 a day.", "Lisbon", "euro cent"),
        ("The levy adds 12 cents a litre, or about 1 billion euros a year.", "Vienna", "euro cent"),
        ("The levy adds 12 cents a litre, or about $1 billion a year.", "Vienna", "US cent"),
        ("The levy adds 12 cents a litre, the ministry said.", "Chicago", "US cent"),
        ("The levy adds 12 cents a litre, costing €1 billion or $1.1 billion.", "Dublin", "US cent"),
    ],
)
def test_minor_units_take_the_story_currency(text: str, dateline: str, unit: str) -> None:
    fact = one(text, "cents", dateline=dateline)
    assert fact.unit == unit


# Ambiguous words and signs take the dateline country: "shillings", "kr", "crowns".
@pytest.mark.parametrize(
    ("text", "dateline", "surface", "unit"),
    [
        (
            "The council will borrow 300 million shillings for roads.",
            "Kampala",
            "300 million shillings",
            "Ugandan shilling",
        ),
        (
            "The council will borrow 300 million shillings for roads.",
            "London",
            "300 million shillings",
            "shilling",
        ),
        ("Tickets cost 450 kr at the door.", "Oslo", "450 kr", "krone"),
        ("Tickets cost 450 kr at the door.", "Stockholm", "450 kr", "krona"),
        ("The mill was sold for 80 million crowns.", "Prague", "80 million crowns", "koruna"),
    ],
)
def test_dateline_resolves_shared_currency_words(text: str, dateline: str, surface: str, unit: str) -> None:
    fact = one(text, surface, dateline=dateline)
    assert (fact.surface, fact.unit) == (surface, unit)


def test_sh_is_the_dateline_shilling_before_a_sum_only() -> None:
    text = "The county will spend Sh2.4 billion on roads and Sh 1,500 a month on each clinic."
    assert one(text, "Sh2.4 billion", dateline="Nairobi").unit == "Kenyan shilling"
    assert one(text, "Sh 1,500", dateline="Dar es Salaam").unit == "Tanzanian shilling"
    assert [f.surface for f in extract("The Sh2 engine sold 400 units.") if f.kind == "money"] == []


def test_local_pounds_are_the_country_currency() -> None:
    text = "The ministry will spend 3.1 billion pounds on roads next year."
    assert one(text, "3.1 billion", dateline="Khartoum").unit == "Sudanese pound"
    assert one(text, "3.1 billion", dateline="Beirut").unit == "Lebanese pound"
    assert one(text, "3.1 billion", dateline="Dublin").unit != "pound sterling"


def test_taiwan_story_keeps_bare_dollars_american() -> None:
    text = "Sales rose to NT$120 billion and the group will invest $8 billion in Arizona."
    assert one(text, "NT$120", dateline="Taipei").unit == "New Taiwan dollar"
    assert one(text, "$8 billion", dateline="Taipei").unit == "US dollar"


def test_reuters_forms_unchanged() -> None:
    assert one("Net profit was 12.5 mln dlrs.", "12.5 mln").unit == "US dollar"
    assert one("Turnover rose to 1.83 billion stg.", "1.83 billion").unit == "pound sterling"
    assert one("It paid 40 mln marks for the stake.", "40 mln").unit == "mark"
    assert one("The dividend is 35 cts a share.", "35 cts").unit == "US cent"


# Family 4: measures the labels use that the table lacked.
@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        (
            "The reservoir holds 2.3 million acre-feet of water.",
            "2.3 million acre-feet",
            "acre-foot",
            "volume",
        ),
        ("The scooter has a 125cc engine and a top speed of 90 km/h.", "125cc", "cubic centimetre", "volume"),
        (
            "Each dose contains 5 cubic centimetres of serum.",
            "5 cubic centimetres",
            "cubic centimetre",
            "volume",
        ),
        ("Wind farms generated 18.4 TWh in the year.", "18.4 TWh", "terawatt hour", "energy"),
        ("The plant supplies 640 GWh a year.", "640 GWh", "gigawatt hour", "energy"),
    ],
)
def test_new_measures(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.unit, fact.kind) == (surface, unit, kind)


def test_cc_lookalike() -> None:
    fact = one("Emails were sent to 40 staff, cc the board.", "40")
    assert fact.unit is None
