"""Systematic classes fixed in extractor 1.6, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import sentences


# Class 1: a comparison partner takes the unit and subject of its anchor, across a year, a change
# in percent or a place phrase between them.
@pytest.mark.parametrize(
    ("text", "surface", "unit", "head"),
    [
        (
            "The board said net debt fell to 2.3 billion dlrs in 1986 from 2.9 billion in 1985.",
            "2.9 billion",
            "US dollar",
            "debt",
        ),
        (
            "Mills ground 3.4 mln tonnes of wheat in the season, down 6.2 pct from 3.6 mln a year earlier.",
            "3.6 mln",
            "tonne",
            "wheat",
        ),
    ],
)
def test_a_partner_takes_its_anchor_unit_and_subject(text: str, surface: str, unit: str, head: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.subject_head) == (unit, head)


def test_up_from_skips_a_count_in_a_place_phrase() -> None:
    fact = one("Inspectors found 412 illegal dumps in 19 counties this year, up from 230 last year.", "230")
    assert fact.subject_head == "dump"


def test_the_same_change_in_money_takes_the_percent_subject() -> None:
    text = "Quarterly operating profit was 88.1 mln dlrs, up 9 pct or 7.3 mln dlrs from a year ago."
    assert one(text, "7.3 mln").subject_head == "profit"


def test_a_plural_noun_read_as_a_verb_still_opens_a_new_clause() -> None:
    text = "Exports rose to 1.2 billion dlrs from 1.1 billion in 1986, while imports rose to 900 mln dlrs."
    assert one(text, "900 mln").subject_head == "import"


def test_the_next_item_of_a_list_at_a_level_shares_the_unit() -> None:
    text = "Trade grew, with imports at 4.1 billion dlrs, against 3.9 billion, and exports at 2.8 billion."
    fact = one(text, "2.8 billion")
    assert (fact.unit, fact.subject_head) == ("US dollar", "export")


# Class 2: a currency written after a country's dotted initials is no sentence end.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The utility will spend 3.2 billion H.K. Dlrs on plant.", "3.2 billion", "Hong Kong dollar"),
        ("The dairy group posted sales of 412 mln N.Z. Dollars.", "412 mln", "New Zealand dollar"),
    ],
)
def test_a_currency_after_dotted_initials_stays_in_the_sentence(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "money")


def test_a_sentence_still_ends_after_initials_before_another_word() -> None:
    text = "The bank bought a stake in Banco Rio S.A. Shares in the bank rose 4 pct."
    assert len(sentences.split(text)) == 2


# Class 3: a participle with its object is no part of the noun phrase a clause opens with.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The coach, carrying 48 pensioners, was stuck in snow for three hours.", "three hours", "coach"),
        ("The cable car, carrying 30 skiers, rose 900 metres in four minutes.", "900 metres", "car"),
    ],
)
def test_a_participle_apposition_leaves_the_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_noun_in_ing_still_ends_the_phrase() -> None:
    text = "Consumer spending in the spring rose 3 pct, and was expected to grow by 2 pct."
    assert one(text, "2 pct").subject_head == "spending"


# Class 4: a bare figure that an "age" phrase measures is an age in years, and so is its partner.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Parliament voted to lift the state pension age to 67 from 66 by 2030.", "67"),
        ("Parliament voted to lift the state pension age to 67 from 66 by 2030.", "66"),
        ("The minimum driving age will be cut to 17 under the plan.", "17"),
    ],
)
def test_an_age_limit_is_an_age_in_years(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind, fact.subject_head) == ("year", "age", "age")


def test_a_large_figure_after_age_is_no_age() -> None:
    assert one("The age of the 1,200 trees is unknown.", "1,200").kind == "count"


# Class 5: the noun phrase before the verb, when it opens on a verb form used as a modifier, ends in a
# place phrase, or the verb is one of contribution or extent.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Total lending by the savings banks rose 6 pct in June.", "6 pct", "lending"),
        ("Estimated output from the new mine fell 12 pct short of plan.", "12 pct", "output"),
        ("Exports contributed 2.1 percentage points to growth last year.", "2.1", "export"),
        ("The new depot outside Bristol covers 40,000 square metres.", "40,000", "depot"),
        ("The city's new stadium near the river covers 12 hectares.", "12 hectares", "stadium"),
    ],
)
def test_the_phrase_before_the_verb(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_total_as_a_verb_is_still_a_verb() -> None:
    assert one("Sales will total 4.5 mln dlrs this year.", "4.5 mln").subject_head == "sales"


# Class 6: a change in percent of something that is no rate is a percent, whatever rate words the
# clause holds around it.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Average earnings rose by 6.1%, ahead of inflation for a fifth month.", "6.1%", "percent"),
        ("Despite the tax credit, quarterly net profit was up 12 pct.", "12 pct", "percent"),
        ("The jobless rate rose by 0.4 pct in May.", "0.4 pct", "rate"),
    ],
)
def test_a_change_of_no_rate_is_a_percent(text: str, surface: str, kind: str) -> None:
    assert one(text, surface).kind == kind


def test_a_move_in_basis_points_is_a_rate_unless_a_fee() -> None:
    assert one("Three-month bills fell six basis points to 5.62 pct.", "six basis points").kind == "rate"
    assert one("The selling fee was cut by 10 basis points.", "10 basis points").kind == "percent"


def test_bare_points_after_percentage_points_are_percentage_points() -> None:
    text = "Consumer spending added 2.3 percentage points to growth while net exports took off 0.8 points."
    fact = one(text, "0.8")
    assert (fact.surface, fact.unit, fact.kind) == ("0.8 points", "percentage point", "rate")


# Class 7: "less" sits between a measure and its noun like "more" does.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The new boiler burns 15% less gas than the model it replaces.", "15%", "gas"),
        ("Pupils in the trial ate 40g less salt a day.", "40g", "salt"),
    ],
)
def test_less_before_the_noun_keeps_the_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_less_than_is_no_noun() -> None:
    assert one("Turnout was 8 pct less than in 2019.", "8 pct").subject_head != "than"


def test_an_adverb_before_the_verb_is_no_part_of_the_owner() -> None:
    assert one("The regional airline now flies 40 routes.", "40").about == "regional airline"


# Class 8: a measure with no noun of its own, set in apposition to a definite phrase, measures it.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The storm, 250 miles south of Bermuda, is moving north.", "250 miles", "storm"),
        ("The bulk carrier, 38,000 tonnes dw, was refloated on Sunday.", "38,000 tonnes", "carrier"),
        ("The new tunnel, 4.2 km long, opens in May.", "4.2 km", "tunnel"),
    ],
)
def test_a_measure_in_apposition_measures_its_phrase(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_measure_with_its_own_noun_keeps_it() -> None:
    assert one("The barge, 3,000 tonnes of coal in its hold, sank.", "3,000 tonnes").subject_head == "coal"


# Class 9: bare "tons" are short tons; "tonnes" and "metric tons" stay tonnes.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Coal shipments from the port reached 2.4 mln tons last year.", "2.4 mln tons", "short ton"),
        ("The mill produced 310,000 metric tons of pulp.", "310,000 metric tons", "tonne"),
        ("The mill produced 310,000 tonnes of pulp.", "310,000 tonnes", "tonne"),
    ],
)
def test_bare_tons_are_short_tons(text: str, surface: str, unit: str) -> None:
    assert one(text, surface).unit == unit


# Class 10: place. A city's English spelling is a locality after "in"; a figure's own clause names its
# place before the rest of the sentence does.
def test_an_english_city_spelling_is_a_place_after_in() -> None:
    assert one("Thermometers showed 41C in Seville on Friday.", "41C", dateline="MADRID").place == "Seville"


def test_the_place_of_the_figure_clause_comes_first() -> None:
    text = "Police in Ukraine said a fire at a depot near Odesa burned for six hours."
    assert one(text, "six hours").place == "Ukraine"
    text = "Storms hit Ukraine on Monday, while a fire at a depot near Odesa burned for six hours."
    assert one(text, "six hours").place == "Odesa"


def test_a_clause_without_a_place_keeps_the_sentence_place() -> None:
    text = "About 640,000 patients are waiting in Wales, and 9,000 of them have waited two years."
    assert one(text, "9,000", dateline="CARDIFF").place == "Wales"


# Class 11: a bare count linked to "sales of X" by its verb counts X.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Ford said its sales of imported trucks in the period fell to 8,412 from 9,050.", "8,412", "truck"),
        ("Exports of tractors in the first half rose to 3,210, the ministry said.", "3,210", "tractor"),
    ],
)
def test_a_count_of_sales_of_things_counts_the_things(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_sales_in_money_stay_sales() -> None:
    assert one("Its sales of cars rose to 4.1 billion dlrs.", "4.1 billion").subject_head == "sales"


# Class 12: the terms of an issue ("paying five pct", "priced at 101-1/2 pct") are the security's.
@pytest.mark.parametrize(
    ("surface", "kind"),
    [("six pct", "rate"), ("100-3/4 pct", "price")],
)
def test_issue_terms_measure_the_security(surface: str, kind: str) -> None:
    text = (
        "Nordic Finance Corp is issuing a 150 mln dlr eurobond due 1995 paying six pct and priced at"
        " 100-3/4 pct, lead manager Orion Bank said."
    )
    fact = one(text, surface)
    assert (fact.subject_head, fact.kind) == ("eurobond", kind)


def test_ranged_links_its_subject_to_the_figures() -> None:
    text = "Treasury note yields ranged from 3 basis points lower to 5 basis points higher."
    assert one(text, "5 basis points").subject_head == "yield"


# Class 13: "N of them" counts what the sentence counted before.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The charity housed 5,200 refugees last winter, and 800 of them were children.", "800", "refugee"),
        ("Some 3,400 flights were delayed, and a quarter of them were cancelled.", "a quarter", "flight"),
    ],
)
def test_of_them_takes_the_earlier_count_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 14: a budget that includes or provides a sum for something measures that thing.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The county's £900m budget includes £45m for road repairs.", "£45m", "repair"),
        ("The settlement provides $2bn for affected farmers.", "$2bn", "farmer"),
    ],
)
def test_a_sum_included_for_something_measures_it(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 15: the worth of a weighed quantity is the worth of the thing weighed.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Border guards seized 12kg of heroin worth £1.1m.", "£1.1m", "heroin"),
        ("The raid recovered 40 ounces of gold worth $95,000.", "$95,000", "gold"),
    ],
)
def test_the_worth_of_a_measure_is_the_thing_measured(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 16: "a N% share of the X" measures X.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The brewer now holds a 28 pct share of the Dutch beer market.", "28 pct", "market"),
        ("The party took a 41% share of the vote in the by-election.", "41%", "vote"),
    ],
)
def test_a_share_of_the_whole_measures_the_whole(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 17: a sum wiped off or added to a market value measures that value.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The profit warning knocked £640m off the retailer's market value.", "£640m"),
        ("Shares jumped 9%, adding $12bn to its market capitalisation.", "$12bn"),
    ],
)
def test_a_sum_wiped_off_a_value_measures_the_value(text: str, surface: str) -> None:
    assert one(text, surface).subject_head in ("value", "capitalisation")
