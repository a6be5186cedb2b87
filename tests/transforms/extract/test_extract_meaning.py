"""What a fact measures and is about: unit, kind, subject, subject_head, about and place.

Each case is a pattern seen many times in wire copy (the labelling guide,
benchmarks/facts_devset/GUIDE.md, defines the fields); sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from transforms.extract import KINDS, UNITS, extract
from transforms.extract.model import Fact
from transforms.extract.story import _COUNTRY_MONEY


def facts(text: str, headline: str | None = None, dateline: str | None = None) -> list[Fact]:
    return extract(text, headline=headline, dateline=dateline)


def one(text: str, surface: str, headline: str | None = None, dateline: str | None = None) -> Fact:
    found = [f for f in facts(text, headline, dateline) if surface in f.surface]
    assert found, f"no fact {surface!r} in {[f.surface for f in facts(text, headline, dateline)]}"
    return found[0]


def test_every_unit_and_kind_comes_from_the_closed_vocabularies() -> None:
    text = (
        "Shr 35 cts vs 41 cts\n\nThe prime rate rose to 7.5 pct. The Dow fell 508 points. "
        "Hague, 44, paid 18 dlrs a barrel for 2.5 km of pipe and 256GB of storage."
    )
    for fact in facts(text, "ACME CORP <ACM> 1ST QTR NET", "NEW YORK"):
        assert fact.kind in KINDS
        assert fact.unit is None or fact.unit in UNITS


@pytest.mark.parametrize("country", sorted(_COUNTRY_MONEY))
def test_every_currency_a_dateline_gives_is_a_known_unit(country: str) -> None:
    """The validation rule unit_known quarantines a fact whose unit is not in UNITS, so a unit
    the story context hands out ("South African cent" for "cts" in Johannesburg) must be one."""
    dollar, cent = _COUNTRY_MONEY[country]
    assert dollar in UNITS
    assert cent is None or cent in UNITS


def test_cents_of_a_johannesburg_story_are_a_known_unit() -> None:
    fact = one("The final dividend was 900 cts, against 750 cts.", "900 cts", dateline="JOHANNESBURG")
    assert fact.unit == "South African cent"
    assert fact.unit in UNITS


@pytest.mark.parametrize(
    ("text", "surface", "subject", "head"),
    [
        (
            "The coalition estimates that around 2,500 IS jihadists remain.",
            "2,500",
            "IS jihadists",
            "jihadist",
        ),
        ("IS still controls 70 percent of the city.", "70 percent", "the city", "city"),
        ("Net income rose to 146.5 mln dlrs from 129.3 mln.", "146.5 mln", "Net income", "income"),
        ("Trade between the two countries jumped 90 pct last year.", "90 pct", "Trade", "trade"),
        ("It said exports in the eight-month period rose 12 pct.", "12 pct", "exports", "export"),
        (
            "The loans would cut its first quarter earnings by 7.4 mln dlrs.",
            "7.4 mln",
            "earnings",
            "earnings",
        ),
        ("The group increased its stake in the bank to 8.9 pct.", "8.9 pct", "stake", "stake"),
        ("About 1,100 people work at the plant.", "1,100", "people", "people"),
    ],
)
def test_the_subject_is_what_the_number_counts_or_measures(
    text: str, surface: str, subject: str, head: str
) -> None:
    fact = one(text, surface)
    assert (fact.subject, fact.subject_head) == (subject, head)


def test_a_unit_stated_once_carries_to_its_partner() -> None:
    first, second = facts("Revenues rose to 146.5 mln dlrs from 129.3 mln.")
    assert (first.unit, second.unit) == ("US dollar", "US dollar")
    assert second.value == 129_300_000.0 and second.subject == first.subject


def test_a_unit_written_after_both_figures_belongs_to_both() -> None:
    first, second = facts("Coupons were set at 7.75 and 7.25 pct.")
    assert (first.unit, second.unit) == ("percent", "percent")


def test_change_in_percent_does_not_lend_its_unit_to_the_level_after_it() -> None:
    fact = one("Truck sales rose 14.4 pct to 40,131 from 35,081.", "40,131")
    assert fact.unit is None and fact.kind == "count"


@pytest.mark.parametrize(
    ("text", "dateline", "surface", "unit"),
    [
        ("Profit was 3.5 mln dlrs.", "TORONTO", "3.5 mln dlrs", "Canadian dollar"),
        ("Profit was 3.5 mln dlrs.", "NEW YORK", "3.5 mln dlrs", "US dollar"),
        ("Profit was 3.5 mln U.S. dlrs.", "TORONTO", "3.5 mln U.S. dlrs", "US dollar"),
        ("The shares closed at 20 cts.", "SYDNEY", "20 cts", "Australian cent"),
        ("The fund raised 40 mln francs.", "ZURICH", "40 mln francs", "Swiss franc"),
        ("The shares rose 4.7p to 164p.", "LONDON", "164p", "pence"),
        ("The phone has 256GB of storage.", None, "256GB", "gigabyte"),
    ],
)
def test_currency_follows_the_story_and_glued_units_are_read(
    text: str, dateline: str | None, surface: str, unit: str
) -> None:
    assert one(text, surface, dateline=dateline).unit == unit


def test_a_glued_letter_that_is_no_unit_is_a_name() -> None:
    assert [f.surface for f in facts("The operator rolled out 5G to 95% of homes.")] == ["95%"]


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("Crude was priced at 18 dlrs a barrel.", "18 dlrs", "price", "US dollar"),
        ("The dividend is 10 cts a share.", "10 cts", "money", "US cent"),
        ("The bank raised its prime rate to 7.5 pct.", "7.5 pct", "rate", "percent"),
        ("Inflation reached 440 pct last year.", "440 pct", "rate", "percent"),
        ("The company issued a 7-1/2 pct bond.", "7-1/2 pct", "rate", "percent"),
        ("The Fed cut rates by 25 basis points.", "25 basis points", "rate", "basis point"),
        ("The Dow Jones industrial average fell 508 points.", "508", "index_points", "point"),
        ("Hague, 44, was jailed.", "44", "age", "year"),
        ("IS still controls 70 percent of the city.", "70 percent", "percent", "percent"),
    ],
)
def test_kinds_beyond_the_unit_family(text: str, surface: str, kind: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit) == (kind, unit)


def test_an_age_belongs_to_its_person() -> None:
    fact = one("Drake, 45, has served with the bank since 1958.", "45")
    assert (fact.subject, fact.kind) == ("Drake", "age")


def test_earnings_table_rows_take_their_label_company_and_currency() -> None:
    text = "\n\n".join(
        [
            "Shr loss 12 cts vs profit five cts",
            "Net loss 1,234,000 vs profit 500,000",
            "Revs 1.2 mln vs 1.1 mln",
        ]
    )
    rows = [
        (f.surface, f.subject, f.unit, f.about) for f in facts(text, "ACME CORP <ACM> YEAR NET", "TORONTO")
    ]
    assert rows == [
        ("12 cts", "loss per share", "Canadian cent", "Acme Corp"),
        ("five cts", "profit per share", "Canadian cent", "Acme Corp"),
        ("1,234,000", "net loss", "Canadian dollar", "Acme Corp"),
        ("500,000", "net profit", "Canadian dollar", "Acme Corp"),
        ("1.2 mln", "revenue", "Canadian dollar", "Acme Corp"),
        ("1.1 mln", "revenue", "Canadian dollar", "Acme Corp"),
    ]


def test_about_prefers_a_company_in_the_sentence_then_the_story() -> None:
    assert one("Ford Motor Co said it will hire 13,000 workers.", "13,000").about == "Ford Motor Co"
    fact = one("Its market share rose to 1.9 pct.", "1.9 pct", "VOLKSWAGEN AG <VOWG.F> SALES RISE")
    assert fact.about == "Volkswagen AG"


def test_a_source_that_reports_a_figure_is_not_what_it_is_about() -> None:
    fact = one(
        "Thailand exported 1,816 tonnes of tin metal in January, the Mineral Resources Department said.",
        "1,816",
    )
    assert fact.about == "Thailand"


def test_place_is_named_in_the_sentence_else_the_dateline() -> None:
    assert one("Rebels hold 70 percent of Mosul.", "70 percent", dateline="BEIRUT").place == "Mosul"
    assert one("Rebels hold 70 percent of the city.", "70 percent", dateline="BEIRUT").place == "Beirut"
    assert one("Rebels hold 70 percent of the city.", "70 percent").place is None


def test_a_bare_common_noun_that_opens_the_clause_is_an_actor_not_what_a_fact_is_about() -> None:
    # capitalised only because it opens the sentence: no entity is named
    assert one("Burglars took 3,000 bottles of wine from the cellar.", "3,000").about is None
    assert one("Local officials have counted 412 flooded homes so far.", "412").about is None


def test_the_definite_thing_a_clause_opens_with_is_what_its_figures_are_about() -> None:
    fact = one("The lighthouse reopened after a £2m restoration, drawing 900 visitors a week.", "900")
    assert fact.about == "lighthouse"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Rescuers pulled 17 of the 20 miners from the shaft.", "17", "miner"),
        ("The farm grew 900 tonnes of barley last year, compared with 750 tonnes in 2022.", "750", "barley"),
        ("The council signed a four-year lease worth 2 mln dlrs.", "four-year", "lease"),
        ("The loan is repayable over a 12-year period.", "12-year", "period"),
    ],
)
def test_subject_past_a_partitive_comparison_worth_or_period(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_security_yield_and_price_name_what_they_measure() -> None:
    text = "The debentures have a 9 pct coupon and were priced at 99.55 to yield 80 basis points over bunds."
    assert one(text, "80 basis points").subject_head == "yield"
    price = one(text, "99.55")
    assert (price.kind, price.subject_head) == ("price", "debenture")
    assert one("The notes will be redeemable after five years at 101 pct.", "101 pct").kind == "price"


def test_a_currency_quoted_in_two_others_is_one_price_of_it() -> None:
    text = "The franc closed at 0.61 dlrs and 95 yen."
    assert [(f.kind, f.subject_head) for f in facts(text)] == [("price", "franc"), ("price", "franc")]


def test_initials_are_about_the_name_the_story_spells_out() -> None:
    text = "Northern Rail Holdings said trains would run. NRH said 1,200 drivers had signed the deal."
    assert one(text, "1,200").about == "Northern Rail Holdings"


def test_a_plural_that_opens_the_sentence_is_no_name() -> None:
    assert one("Shoppers spent 4.2 mln dlrs over the weekend.", "4.2 mln dlrs").about is None
    assert one("Pensioners voted 612 to 400 for the plan.", "612").about is None


def test_an_amount_that_is_a_level_or_a_worth_measures_the_verb_subject_or_the_thing_worth_it() -> None:
    assert one("Fares rose 4% to an average of £2.80 a trip.", "£2.80").subject_head == "fare"
    assert (
        one("The striker signed a three-year deal worth a reported £90,000 a week.", "£90,000").subject
        == "deal"
    )
    fact = one("Turnover reached a record high of 9 mln dlrs.", "9 mln dlrs")
    assert (fact.subject, fact.about) == ("Turnover", None)


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The cost of living index rose 0.4 pct in May.", "0.4 pct", "index"),
        ("The balance of trade surplus widened to 3.1 billion dlrs.", "3.1 billion dlrs", "surplus"),
        (
            "The jobless rate was 6.2 pct of the labour force, unchanged from a revised 6.2 pct.",
            "6.2",
            "rate",
        ),
        ("The province is selling a 5 billion yen eurobond due March 3, 1995.", "5 billion yen", "eurobond"),
    ],
)
def test_heads_of_compounds_rates_and_securities(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
    if "revised" in text:
        assert [f.subject_head for f in facts(text)] == ["rate", "rate"]


def test_a_market_report_is_about_what_it_quotes() -> None:
    text = "In Zurich, the franc eased to 0.62 dlrs and silver rose 2% to $31.10 an ounce."
    assert [f.about for f in facts(text)] == ["franc", "silver", "silver"]
    assert one("The central bank bought dollars at 146.2 yen.", "146.2 yen").about != "dollars"


def test_world_benchmarks_are_in_us_dollars_and_taiwan_trade_too() -> None:
    fact = one("Brent crude fell $2.10 to $84.60 a barrel.", "$84.60", dateline="SINGAPORE")
    assert fact.unit == "US dollar"
    assert (
        one("The company earned 12 mln dlrs.", "12 mln dlrs", dateline="SINGAPORE").unit == "Singapore dollar"
    )
    assert (
        one("The trade surplus rose to 1.9 billion dlrs.", "1.9 billion", dateline="TAIPEI").unit
        == "US dollar"
    )
    assert (
        one("Reserves were 60 billion Taiwan dlrs.", "60 billion", dateline="TAIPEI").unit
        == "New Taiwan dollar"
    )


def test_a_bare_count_takes_the_noun_its_partner_counts() -> None:
    assert one("Bookings fell to 3,410 from 5,002 tickets.", "3,410").subject_head == "ticket"


def test_a_sentence_that_names_nothing_is_about_the_institution_named_before() -> None:
    text = "Nordbank Finance Corp is issuing 50 mln dlrs of notes. The management fee is 20 basis points."
    assert one(text, "20 basis points").about == "Nordbank Finance Corp"


def test_what_a_clause_opens_on_and_whose_shares_move() -> None:
    assert one("The 60m tower reopened after a £3m refit, drawing 800 visitors.", "800").about == "tower"
    assert one("Shares in Marston Foods closed 3% lower at 98p.", "98p").about == "Marston Foods"
    assert one("Shares in the brewer ended 2% higher.", "2%").about == "brewer"
    assert one("It bought 5,000 shares of common stock at 20 dlrs a share.", "20 dlrs").about != "common"


def test_a_fractional_age_and_a_fraction_of_a_point() -> None:
    assert one("Talks to end the 2-1/2-year-old strike failed.", "2-1/2").kind == "age"
    assert one("The franc gained 0.4 points on the index.", "0.4").kind == "index_points"


def test_a_share_of_a_company_is_about_that_company() -> None:
    assert one("Harwell Group bought 35 pct of Stanmore Mills Inc.", "35 pct").about == "Stanmore Mills Inc"
    assert one("Debt stands at 88% of GDP.", "88%").about != "GDP"


def test_a_market_word_opening_the_sentence_is_no_name() -> None:
    assert one("Shares closed 6% lower at 140p.", "6%").about is None
    assert one("Exports rose 4 pct in May.", "4 pct").about is None


def test_a_rate_measures_the_rate_its_clause_names_and_a_further_share_its_partner() -> None:
    assert (
        one("The deposits bear interest rates ranging from 3.5 to 4.25 pct.", "3.5").subject
        == "interest rates"
    )
    text = "The bank sold 10 pct of its stake in Arlen to a fund and a further 5 pct to the public."
    assert [f.subject_head for f in facts(text)] == ["stake", "stake"]


def test_from_a_current_count_keeps_the_counted_noun() -> None:
    text = "The mill will cut its staff to 420 from a current 515."
    assert [f.subject_head for f in facts(text)] == ["staff", "staff"]


def test_a_headline_place_in_the_possessive_hands_over_to_the_place_it_owns() -> None:
    headline = "Troops close in on the old port of Yemen's Hodeidah"
    assert one("About 600 fighters are dug in near the docks.", "600", headline).about == "Hodeidah"
    # in capitals every word is capitalised, so the word after the possessive is no known name
    assert one("About 600 fighters are dug in near the docks.", "600", "YEMEN'S PORT SHUT").about == "Yemen"


def test_a_present_tense_verb_outside_the_verb_list_still_ends_the_definite_owner() -> None:
    assert one("The trust manages 40 night shelters across the county.", "40").about == "trust"
    # a plural noun in -s followed by a verb is part of the owner, not its verb
    assert one("The ferry operators said 40 sailings were cancelled.", "40").about != "ferry"


def test_a_figure_that_names_nothing_is_about_the_definite_body_the_sentence_cites() -> None:
    text = "Wind turbines supplied 38% of demand overnight, the network operator said."
    assert one(text, "38%").about == "network operator"
    assert one("Rates fell 2% last year, according to the survey of 900 landlords.", "2%").about == "survey"
    # a bare source names no one
    assert one("Rents rose 4% in a year, officials said.", "4%").about is None


def test_a_sum_that_is_spent_measures_what_it_pays_for() -> None:
    assert one("The county will spend £8m on a new ring road.", "£8m").subject_head == "road"
    assert one("The trust is investing $600m in three hospitals.", "$600m").subject_head == "hospital"
    # since 1.11 a sum spent doing something pays for the object of the doing (as the guide labels it)
    assert one("The firm will spend £2bn upgrading its network.", "£2bn").subject_head == "network"
    # a verb after the preposition still names no thing
    assert one("The firm will spend £2bn on upgrading its network.", "£2bn").subject is None


def test_a_collective_that_opens_a_news_sentence_is_no_name() -> None:
    text = "Police seized 40kg of heroin at the port, the border agency said."
    assert one(text, "40kg").about == "border agency"
