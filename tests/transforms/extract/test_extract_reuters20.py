"""Subject and kind fixes on Reuters wire copy added in extractor reuters20.

Every sentence here is written for the test in Reuters style, none is corpus or dev-set text, so
each rule is checked on text it was not tuned on; the lookalikes are sentences the rules must leave
alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A bare quote after a share or commodity quote in the same sentence quotes the same thing, in the
# unit of that thing's first quote (a sterling conversion in between lends none).
@pytest.mark.parametrize(
    ("text", "surface", "subject", "unit"),
    [
        ("Its shares were trading off 1-3/4 at 37-1/4 late in the day.", "37-1/4", "shares", "US dollar"),
        ("The stock slumped to 18-1/2 on Monday but closed at 19-1/4.", "19-1/4", "stock", "US dollar"),
        (
            "Silver was fixed at 6.25 dlrs an ounce, up from Monday's close of 6.18.",
            "6.18",
            "Silver",
            "US dollar",
        ),
        (
            "Gold was fixed at 441.25 dlrs, 270.120 stg, an ounce, up from the earlier close of 438.00/50.",
            "438.00",
            "Gold",
            "US dollar",
        ),
    ],
)
def test_quote_after_quote_is_the_same_price(text: str, surface: str, subject: str, unit: str) -> None:
    fact = one(text, surface, None, "NEW YORK")
    assert (fact.kind, fact.unit, fact.subject) == ("price", unit, subject)


def test_quote_partner_lookalikes() -> None:
    # a count after a share move counts its own noun
    fact = one(
        "Its shares rose 1-3/4 to 37-1/4 after the company sold 1,200 units.", "1,200", None, "NEW YORK"
    )
    assert (fact.kind, fact.unit) == ("count", None)
    # a whole number after a price is no quote written in cents or eighths
    fact = one("The company sold 4,500 cars at 12,000 dlrs each in May.", "4,500", None, "NEW YORK")
    assert (fact.kind, fact.subject_head) == ("count", "car")


# A company named as the clause subject moving by wire eighths, in a sentence about its shares.
def test_company_moving_by_eighths_is_a_share_price() -> None:
    text = "Acme Industries rose 1-1/8 to 31-5/8 on volume of 1.2 mln shares."
    for surface in ("1-1/8", "31-5/8"):
        fact = one(text, surface, None, "NEW YORK")
        assert (fact.kind, fact.unit) == ("price", "US dollar")
    assert one(text, "1.2 mln", None, "NEW YORK").kind == "count"


def test_company_eighths_lookalikes() -> None:
    # no shares in the sentence: nothing says it is a quote
    assert one("Acme Industries rose 1-1/8 to 31-5/8 in heavy trading.", "31-5/8").kind == "count"
    # a London story quotes shares in pence
    text = "Acme Holdings rose 1-1/8 to 31-5/8 on turnover of 1.2 mln shares."
    assert one(text, "31-5/8", None, "LONDON").unit != "US dollar"


# A share restated in percent between commas: both figures are of what follows "of".
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "About 1.2 mln tonnes, or 18 pct, of the country's wheat crop was lost to drought.",
            "1.2 mln tonnes",
        ),
        ("About 1.2 mln tonnes, or 18 pct, of the country's wheat crop was lost to drought.", "18 pct"),
        ("Officials said 300,000 tonnes, or up to 12 pct, of its rice harvest is wasted.", "up to 12 pct"),
    ],
)
def test_restated_share_takes_the_of_phrase(text: str, surface: str) -> None:
    assert one(text, surface).subject_head in ("crop", "harvest")


def test_restated_share_lookalikes() -> None:
    # "of which" is no phrase the figure is of
    assert (
        one("Exports totalled 4.5 mln tonnes, or 20 pct, of which most went to Asia.", "20 pct").subject_head
        == "export"
    )


# A two-word adverbial opening the sentence is never its subject.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "In particular the quota on New Zealand lamb will be raised by 2,000 tonnes to 21,500 tonnes.",
            "2,000",
            "quota",
        ),
        (
            "In particular the quota on New Zealand lamb will be raised by 2,000 tonnes to 21,500 tonnes.",
            "21,500",
            "quota",
        ),
        ("In addition the quota on frozen fish will rise by 4,000 tonnes.", "4,000", "quota"),
    ],
)
def test_adverbial_opener_is_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# "a decline in X to N": the change noun names what reached the level, as "X declined to N" would.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The ministry forecast a decline in 1987/88 raws output to 2.1 mln tonnes from 2.3 mln.",
            "2.1 mln",
            "output",
        ),
        (
            "The ministry forecast a decline in 1987/88 raws output to 2.1 mln tonnes from 2.3 mln.",
            "2.3 mln",
            "output",
        ),
        ("Traders expect a rise in wheat exports to 30 mln tonnes.", "30 mln", "export"),
    ],
)
def test_change_noun_names_the_level(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_change_noun_lookalike() -> None:
    # a change "in" a period names no measure
    assert one("The company reported a rise in the fourth quarter to 12 mln dlrs.", "12 mln").subject is None


# Airline traffic after "with": the seat or passenger miles are named whole, and the level the
# change reached is in that unit.
def test_traffic_after_with() -> None:
    text = (
        "Revenue passenger miles rose 3.1 pct to 41.2 mln, with available seat miles up 4.4 pct to 70.5 mln."
    )
    change = one(text, "4.4 pct")
    assert (change.subject, change.subject_head) == ("available seat miles", "mile")
    level = one(text, "70.5 mln")
    assert (level.unit, level.kind, level.subject_head) == ("available seat mile", "other", "mile")


def test_traffic_lookalike() -> None:
    # capacity is no traffic unit: the level stays a bare figure
    text = "Traffic rose 2.1 pct, with capacity up 5.3 pct to 51.8 mln."
    assert one(text, "51.8 mln").unit is None


# Eurobond style names the currency by its country ("Australia dlr bond"), and a plural's
# apostrophe before "worth of" ends the currency word, not the amount.
@pytest.mark.parametrize(
    ("text", "surface", "unit", "head"),
    [
        ("The bank is issuing a 60 mln Australia dlr bond due 1991.", "60 mln", "Australian dollar", "bond"),
        ("The agency is launching a 150 mln Canada dlr eurobond.", "150 mln", "Canadian dollar", "eurobond"),
        (
            "The bank sold 3.2 billion Taiwan dlrs' worth of treasury bills.",
            "3.2 billion",
            "New Taiwan dollar",
            "bill",
        ),
        ("Investors bought 40 mln dlrs' worth of the notes.", "40 mln", "US dollar", "note"),
    ],
)
def test_country_named_currency_and_plural_apostrophe(text: str, surface: str, unit: str, head: str) -> None:
    fact = one(text, surface, None, "LONDON")
    assert (fact.kind, fact.unit, fact.subject_head) == ("money", unit, head)


def test_plural_apostrophe_lookalike() -> None:
    # a possessive noun after a figure is no currency
    assert one("The team's 12 players' wages rose.", "12").unit is None


# A sum with no noun of its own pays for what follows "for a", "for each" or "paid for N".
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "It said fees range from 18,000 dlrs for a site license to 90 dlrs for each terminal.",
            "18,000",
            "license",
        ),
        (
            "It said fees range from 18,000 dlrs for a site license to 90 dlrs for each terminal.",
            "90",
            "terminal",
        ),
        ("Officials said the 2.1 billion dlrs paid for 412 tracts was at risk.", "2.1 billion", "tract"),
    ],
)
def test_sum_for_one_thing(text: str, surface: str, head: str) -> None:
    assert one(text, surface, None, "NEW YORK").subject_head == head


def test_sum_for_one_lookalikes() -> None:
    # a time after "for a" is no thing paid for; a sum with its own noun keeps it
    assert one("It paid 5 mln dlrs for a year of service.", "5 mln", None, "NEW YORK").subject is None
    assert (
        one("Net income was 5 mln dlrs for a gain of 12 pct.", "5 mln", None, "NEW YORK").subject_head
        == "income"
    )


# Debt named by its participles stays one noun phrase: the head is the security.
@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Acme Corp - Offering of 60 mln dlrs of convertible subordinated debentures due 2011.", "debenture"),
        ("It plans to sell 125 mln dlrs of senior secured notes.", "note"),
        ("It arranged 30 mln stg of unsecured syndicated loans with seven banks.", "loan"),
    ],
)
def test_debt_participles_stay_in_the_phrase(text: str, head: str) -> None:
    assert one(text, "mln", None, "NEW YORK").subject_head == head


def test_debt_participle_lookalike() -> None:
    # a participle before "by" is a verb after the noun: the noun stays the head
    assert (
        one("It said 40 mln dlrs of loans secured by the plant were repaid.", "40 mln").subject_head == "loan"
    )


# "a year or two": the second figure is that many periods, of nothing measured.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The agency said the rating could fall in the next year or two.", "year"),
        ("The strike could last a week or two, union officials said.", "week"),
    ],
)
def test_period_or_number_is_a_duration(text: str, unit: str) -> None:
    fact = one(text, "two")
    assert (fact.kind, fact.unit) == ("duration", unit)


def test_period_or_lookalike() -> None:
    assert one("The firm has a plant or two in Ohio.", "two").kind == "count"


# A count before a measure written as an adjective counts the noun after it; "watt" is a unit alone.
def test_count_before_sized_noun() -> None:
    text = "The satellite will carry four 120-watt transponders."
    assert one(text, "four").subject_head == "transponder"
    fact = one(text, "120")
    assert (fact.kind, fact.unit, fact.subject_head) == ("power", "watt", "transponder")


# A sentence opening on its subject with the figure in apposition after "at".
def test_opening_subject_with_figure_at() -> None:
    text = "Corn planted acreage, at 71.2 mln acres, would be the lowest since 1983."
    assert one(text, "71.2").subject_head == "acreage"


def test_opening_at_lookalike() -> None:
    # a bare figure after a name and "at" is no measure of the name
    assert one("Smith, at 44, is the youngest chief executive.", "44").subject_head != "smith"
