"""Error classes of issue 11, one test each: what a fact measures and is about.

Every sentence here is written for the test (general news as well as wire copy),
so each rule is checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The ferry sank about 30 miles north-east of Crete on Sunday.", "30 miles"),
        ("Rescuers searched an area 12 kilometres south of the dam.", "12 kilometres"),
    ],
)
def test_a_direction_after_a_distance_is_no_subject(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


def test_a_word_after_the_noun_is_no_part_of_it() -> None:
    fact = one("The council will sell a 25 mln dlr municipal bond due 2031.", "25 mln")
    assert fact.subject_head == "bond"


def test_figures_cast_are_the_votes_counted_before() -> None:
    fact = one("The motion passed with 212 votes out of 390 cast.", "390")
    assert fact.subject_head == "vote"


def test_a_participle_clause_takes_the_sentence_subject() -> None:
    fact = one("Copper closed at $9,100 a tonne, having climbed 4% this week.", "4%")
    assert fact.subject_head == "copper"


def test_a_relative_clause_measures_its_antecedent() -> None:
    fact = one("The town built a new library that cost £7m.", "£7m")
    assert fact.subject_head == "library"


def test_what_an_agent_does_is_not_the_agent() -> None:
    fact = one("The driver was banned for three years after the crash.", "three years")
    assert fact.subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject", "head"),
    [
        ("A woman, 29, was taken to hospital in Leeds.", "29", "A woman", "woman"),
        ("A teacher from Cardiff, 41, won the award.", "41", "A teacher from Cardiff", "teacher"),
    ],
)
def test_an_age_after_a_person_noun(text: str, surface: str, subject: str, head: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit, fact.subject, fact.subject_head) == ("age", "year", subject, head)


def test_an_age_is_about_its_named_person() -> None:
    fact = one("Mendes, 63, has run Banco Atlantico Group since 2009.", "63")
    assert fact.about == "Mendes"


@pytest.mark.parametrize(
    ("text", "surface", "head", "change"),
    [
        ("The chain reported a 9% increase in food sales last year.", "9%", "sales", "up"),
        ("Ireland saw a 4.5% fall in new car registrations in 2024.", "4.5%", "registration", "down"),
    ],
)
def test_a_change_noun_names_what_changed(text: str, surface: str, head: str, change: str) -> None:
    fact = one(text, surface)
    assert (fact.subject_head, fact.change) == (head, change)


def test_a_change_in_a_month_keeps_the_earlier_subject() -> None:
    text = "Retail sales rose 1.2% in July after a 0.4% drop in June."
    assert one(text, "0.4%").subject_head == "sales"


def test_an_owner_is_no_part_of_the_subject() -> None:
    fact = one("Officials put the region's 2025 wheat harvest at 3.1 mln tonnes.", "3.1 mln")
    assert fact.subject_head == "harvest"


def test_a_label_that_opens_a_line_is_its_subject() -> None:
    assert one("Wheat exports 1.2 mln tonnes vs 0.9 mln", "1.2 mln").subject_head == "export"


def test_a_partner_after_an_of_phrase_keeps_its_subject() -> None:
    text = "Ghana shipped 52,000 tonnes of cocoa in May compared with 47,000 tonnes a year earlier."
    assert one(text, "47,000").subject_head == "cocoa"


def test_a_dotted_abbreviation_stays_in_the_subject() -> None:
    fact = one("About 800 U.S. Marines arrived on Friday.", "800")
    assert fact.subject_head == "marine"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The S&P 500 ended 0.6% higher.", "0.6%", "s&p 500"),
        ("Year-to-date copper output was 1.9 mln tonnes.", "1.9 mln", "output"),
    ],
)
def test_heads_of_names_and_hyphenated_words(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_points_after_a_change_are_a_unit_but_not_places() -> None:
    deducted = one("The team was deducted 12 points for breaching spending rules.", "12")
    assert (deducted.unit, deducted.kind, deducted.subject) == ("point", "index_points", None)
    places = one("Troops crossed the river at three points overnight.", "three")
    assert places.unit is None


def test_a_company_that_reports_its_own_figures_is_what_they_are_about() -> None:
    assert one("Sainsbury said its profit rose to £1.1bn.", "£1.1bn").about == "Sainsbury"


def test_the_name_that_opens_its_clause_comes_before_a_later_company() -> None:
    text = "Last month, Siemens sold 15% of its stake to Blackstone Group Inc."
    assert one(text, "15%").about == "Siemens"


def test_a_place_before_the_counted_noun_is_what_the_count_is_about() -> None:
    assert one("Some 2,000 French troops will stay.", "2,000").about is None  # a demonym is no place
    assert one("Some 2,000 U.K. troops will stay.", "2,000").about == "U.K."


def test_the_reporting_body_is_the_last_resort_for_about() -> None:
    assert one("Diesel rose to 151p a litre, the AA said.", "151p").about == "AA"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The army estimates that 800 fighters still hold the port of Hodeidah.", "800", "Hodeidah"),
        ("The navy estimates 1,200 migrants are waiting on the beaches near Zuwara.", "1,200", "Zuwara"),
        ("The agency reports that 5,000 refugees crossed into Jordan last week.", "5,000", "Jordan"),
    ],
)
def test_a_body_that_estimates_a_figure_yields_to_the_place_its_clause_names(
    text: str, surface: str, about: str
) -> None:
    assert one(text, surface).about == about


def test_a_body_that_estimates_a_figure_yields_to_the_story_place() -> None:
    text = "The coalition estimates that 600 militants remain in the old city."
    assert one(text, "600", headline="Mosul offensive enters third week").about == "Mosul"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Ford said it would cut 3,000 jobs.", "3,000", "Ford"),
        ("The bank estimates its loss at 20 mln dlrs.", "20 mln", "bank"),
        ("The insurer estimates that its claims will reach 45 mln dlrs.", "45 mln", "insurer"),
        ("The ministry estimates 300 people were hurt.", "300", "ministry"),
    ],
)
def test_a_body_that_reports_and_names_nothing_else_stays_about(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A pint now costs £6.80 in central London.", "£6.80"),
        ("Office space rents for €41 per square metre.", "€41"),
    ],
)
def test_what_one_thing_costs_is_a_price(text: str, surface: str) -> None:
    assert one(text, surface).kind == "price"


def test_a_scaled_cost_is_money_not_a_price() -> None:
    assert one("The new stadium will cost £1.2bn.", "£1.2bn").kind == "money"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The DAX closed at 18,310.2 after a late rally.", "18,310.2", "DAX"),
        ("The S&P 500 rose 0.4% to 5,120.7.", "5,120.7", None),
    ],
)
def test_a_modern_index_level_is_in_points(text: str, surface: str, about: str | None) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == ("point", "index_points")
    if about is not None:
        assert fact.about == about


def test_a_percent_owned_thing_is_what_the_percent_is_of() -> None:
    fact = one("The utility sold its 49 pct owned gas distributor last year.", "49 pct")
    assert fact.subject_head == "distributor"


def test_a_change_of_a_percent_keeps_the_earlier_subject() -> None:
    text = "Food prices rose 2.1 pct in March after increases of 1.4 pct in February."
    assert one(text, "1.4 pct").subject_head == "price"


def test_a_noun_at_a_figure_in_an_absolute_clause() -> None:
    text = "Trade fell sharply, with exports at 3.2 billion dlrs and imports at 2.9 billion dlrs."
    assert one(text, "3.2 billion").subject_head == "export"
    assert one(text, "2.9 billion").subject_head == "import"


def test_a_verb_before_at_has_its_own_subject() -> None:
    assert one("The new processor runs at 4.1GHz.", "4.1GHz").subject_head == "processor"


def test_a_coordinated_verb_shares_the_subject_of_its_clause() -> None:
    text = "The firm said its orders in Asia stayed firm, however, and were expected to rise by 8 pct."
    assert one(text, "8 pct").subject_head == "order"


def test_a_business_headline_names_the_company() -> None:
    fact = one("The group's annual revenue rose to £9.4bn.", "£9.4bn", headline="Unilever sales climb")
    assert fact.about == "Unilever"


def test_a_unit_glued_to_its_number_is_no_name() -> None:
    fact = one("The 2.4GW plant will supply 900,000 homes.", "900,000")
    assert fact.about != "GW"


def test_it_or_the_bank_refers_back_to_the_institution_named_before() -> None:
    text = (
        "The Reserve Bank of India said it had added 40 billion rupees to the market. "
        "In addition, it bought 12 billion rupees of bonds."
    )
    assert one(text, "12 billion").about == "Reserve Bank of India"


def test_a_list_shares_the_unit_written_on_its_first_item() -> None:
    text = "Farmers in Kenya sold 4,200 tonnes, Ugandan growers 3,100 and Tanzanian growers 1,900."
    fact = one(text, "1,900")
    assert (fact.unit, fact.kind) == ("tonne", "mass")
    sold = one("Each seat cost £90, and all 40,000 were sold.", "40,000")
    assert sold.unit is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The council will spend 2.4 mln pounds on new bus lanes.", "2.4 mln pounds"),
        ("Visitors spent 640,000 pounds at the fair, the trust said.", "640,000 pounds"),
        ("Each member pays 45 pounds a month to the club.", "45 pounds"),
        ("The painting is worth about 300,000 pounds.", "300,000 pounds"),
    ],
)
def test_pounds_paid_or_spent_are_sterling(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind, fact.si_unit) == ("pound sterling", "money", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The fish weighed 12 pounds.", "12 pounds"),
        ("Farmers sold 40 mln pounds of cheese last year.", "40 mln pounds"),
        ("He paid for 300 pounds of flour at the market.", "300 pounds"),
        ("The patient lost 30 pounds in six months.", "30 pounds"),
    ],
)
def test_pounds_weighed_stay_a_mass(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == ("pound", "mass")


def test_a_recurring_cost_in_pounds_is_money_of_what_costs() -> None:
    text = "The new ferry service will cost 720,000 pounds a year to run."
    fact = one(text, "720,000 pounds")
    assert (fact.unit, fact.kind, fact.subject_head) == ("pound sterling", "money", "service")


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The grant costs 90,000 pounds and brings the number of nurses trained to 1,250.", "1,250", "nurse"),
        ("The plant cost 12 mln dlrs and raised the number of jobs in the town to 3,800.", "3,800", "job"),
        ("Output reached 4.1 mln tonnes, which brings its mines to 14.", "14", "mine"),
    ],
)
def test_a_figure_whose_own_phrase_is_named_takes_no_partner_unit(text: str, surface: str, head: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind, fact.subject_head) == (None, "count", head)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Sales rose to 5.2 mln dlrs from 4.1 mln.", "4.1 mln", "US dollar"),
        ("Sales rose to 5.2 mln dlrs from 4.1 mln.", "5.2 mln dlrs", "US dollar"),
        ("Prices rose from 3 dlrs to 4.", "3 dlrs", "US dollar"),
        ("Prices rose from 3 dlrs to 4.", "4", "US dollar"),
        ("Profit was 40 mln stg, up from 30 mln.", "30 mln", "pound sterling"),
        ("Revenue rose from 4.1 mln to 5.2 mln dlrs.", "4.1 mln", "US dollar"),
        ("Stocks fell to 41.9 mln lbs from 48.6 mln.", "48.6 mln", "pound"),
    ],
)
def test_the_other_end_of_a_change_still_shares_its_unit(text: str, surface: str, unit: str) -> None:
    assert one(text, surface).unit == unit


def test_pounds_spent_where_the_pound_is_local_are_not_sterling() -> None:
    text = "The ministry will spend 3.1 billion pounds on roads next year."
    assert one(text, "3.1 billion", dateline="Khartoum").unit != "pound sterling"
    assert one(text, "3.1 billion", dateline="Cairo").unit == "Egyptian pound"
    assert one(text, "3.1 billion", dateline="London").unit == "pound sterling"


def test_an_amount_brought_to_a_level_keeps_the_partner_unit() -> None:
    text = (
        "Gold reserves were unchanged at about 1.2 billion guilders, "
        "bringing net foreign reserves to 40.3 billion."
    )
    assert one(text, "40.3 billion").unit == "guilder"


def test_a_counted_phrase_ends_before_its_relative_clause() -> None:
    text = "The fund raised its bid to 14 dlrs and cut the number of units it wants to 2.5 mln."
    fact = one(text, "2.5 mln")
    assert (fact.unit, fact.subject_head) == (None, "unit")


def test_the_reported_sentence_counts_children_not_pounds() -> None:
    text = (
        "The scheme will cost 850,000 pounds a year and brings the number of children covered to 5,400, "
        "about 18 percent of the district's pupils."
    )
    cost = one(text, "850,000 pounds")
    assert (cost.unit, cost.kind, cost.subject_head) == ("pound sterling", "money", "scheme")
    children = one(text, "5,400")
    assert (children.unit, children.kind, children.subject_head) == (None, "count", "child")
