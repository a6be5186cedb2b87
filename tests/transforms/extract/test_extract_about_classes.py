"""Error classes of ``about`` in general news, one test each (extractor 1.3).

Every sentence here is written for the test, none is a dev-set item, so each rule
is checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import extract


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Ikea's new store near Glasgow covers 30,000 square metres.", "30,000 square metres", "Ikea"),
        ("Pfizer's vaccine plant in Kent will employ 600 staff.", "600", "Pfizer"),
    ],
)
def test_an_opening_possessive_names_the_owner(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_name_with_an_apposition_is_the_clause_subject() -> None:
    fact = one("Voltra, a scooter maker, raised $45m from investors last week.", "$45m")
    assert fact.about == "Voltra"


@pytest.mark.parametrize("verb", ["expects", "plans", "employs"])
def test_an_opening_initialism_before_a_present_verb_is_a_name(verb: str) -> None:
    fact = one(f"BYD {verb} 12,000 workers at the new site.", "12,000")
    assert fact.about == "BYD"


def test_an_opening_plural_in_the_stop_list_is_no_name() -> None:
    fact = one("Prices rose 4% in Lyon last month.", "4%")
    assert fact.about != "Prices"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Snow fell heavily in Denver, and the Eisenhower Tunnel was shut for six hours.",
            "six hours",
            "Eisenhower Tunnel",
        ),
        ("Gales hit Cornwall overnight, and up to 80mm of rain fell on Exmoor.", "80mm", "Exmoor"),
        (
            "Allianz set aside $900m for the storm, which flattened 5,000 homes in Alberta.",
            "5,000",
            "Alberta",
        ),
    ],
)
def test_a_clause_with_its_own_subject_takes_its_own_names(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_clause_that_refers_back_keeps_the_sentence_owner() -> None:
    fact = one(
        "Volvo's truck orders fell 9% in the quarter, and the carmaker said it would cut 800 jobs.", "800"
    )
    assert fact.about == "Volvo"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The barge, loaded with 900 tonnes of coal, ran aground near Dover.", "900 tonnes", "barge"),
        ("The barge, loaded with coal, was stuck for 14 hours near Dover.", "14 hours", "barge"),
        ("The typhoon, 200 km south of Okinawa, is moving north.", "200 km", "typhoon"),
    ],
)
def test_a_definite_phrase_owns_the_figures_of_its_apposition(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_definite_thing_is_about_its_own_measure_but_a_measure_is_not() -> None:
    assert one("The new stadium has cost £95m so far.", "£95m").about == "new stadium"
    assert one("The average rent rose 6% to £1,300.", "6%").about is None


@pytest.mark.parametrize("company", ["Decathlon", "Janssen", "Octopus"])
def test_a_name_that_starts_like_a_month_is_still_a_name(company: str) -> None:
    fact = one(f"{company} agreed to buy the German firm for €500m.", "€500m")
    assert fact.about == company


def test_a_figure_inside_a_definite_thing_is_about_that_thing() -> None:
    assert one("The 320m tower opened to visitors on Friday.", "320m").about == "tower"
    assert one("The 5% rise surprised economists.", "5%").about is None


@pytest.mark.parametrize("commodity", ["Cocoa", "Robusta coffee", "Soybean"])
def test_futures_are_about_their_commodity(commodity: str) -> None:
    fact = one(f"{commodity} futures fell 3% in Chicago on Monday.", "3%")
    assert fact.about == commodity


def test_an_age_of_a_definite_person_is_about_that_person() -> None:
    fact = one("The council hired a consultant for the 64-year-old architect.", "64-year")
    assert fact.about == "architect"


def test_a_who_clause_is_about_the_person_it_stands_for() -> None:
    fact = one("The board thanked the outgoing chairman, who served a nine-year term.", "nine-year")
    assert fact.about == "outgoing chairman"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A retired teacher from Omagh has won £250,000 on the lottery.", "£250,000"),
        ("Border officers seized 40kg of heroin hidden in lorries from Belgium.", "40kg"),
    ],
)
def test_a_place_something_comes_from_is_no_about(text: str, surface: str) -> None:
    assert one(text, surface).about is None


@pytest.mark.parametrize("people", ["members", "shareholders", "staff"])
def test_the_people_of_an_opening_name_are_about_that_name(people: str) -> None:
    fact = one(f"Unison {people} voted 6,210 to 1,034 in favour of the deal.", "6,210")
    assert fact.about == "Unison"


@pytest.mark.parametrize("word", ["Borrowing", "Inflation", "Turnout"])
def test_an_opening_measure_word_is_no_name(word: str) -> None:
    fact = one(f"{word} will be 2.4% higher this year.", "2.4%")
    assert fact.about != word


def test_a_headline_trade_is_no_company_but_the_last_resort() -> None:
    named = one("Stellantis said net profit fell 12% to €5.1bn.", "12%", headline="Carmaker profit falls")
    assert named.about == "Stellantis"
    bare = one("Net profit fell 12% to €5.1bn.", "12%", headline="Carmaker profit falls")
    assert bare.about == "carmaker"


def test_a_headline_company_still_carries_to_the_body() -> None:
    fact = one("Net profit fell 12% to €5.1bn.", "12%", headline="Stellantis profit falls")
    assert fact.about == "Stellantis"


def test_a_share_of_its_whole_is_about_the_thing_its_stands_for() -> None:
    fact = one("After the leak, the watchdog may fine the operator up to 10% of its annual revenue.", "10%")
    assert fact.about == "operator"


def test_a_name_with_an_age_apposition_opens_its_clause() -> None:
    fact = one("Dame Ann Lowe, 66, has chaired the trust for 14 years.", "14 years")
    assert fact.about == "Dame Ann Lowe"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A woman, 29, was arrested after a fight in Leeds.", "29"),
        ("The drug was tested on patients aged over 70 in Ohio.", "70"),
    ],
)
def test_an_age_of_an_unknown_person_is_about_no_one(text: str, surface: str) -> None:
    assert one(text, surface).about is None


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [("Fire destroyed 12 warehouses.", "12", "warehouse"), ("The storm damaged 90 houses.", "90", "house")],
)
def test_plurals_in_ouses_keep_their_e(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The FTSE 250 closed up 0.7% at 20,410 on Friday.", "0.7%", "FTSE 250"),
        ("The Euro Stoxx 50 slipped 1.1% in early trade.", "1.1%", "Euro Stoxx 50"),
    ],
)
def test_an_index_keeps_the_number_of_its_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Heineken shares rose 2.5%, while Carlsberg fell 1.8%.", "Heineken", "Carlsberg"),
        ("The S&P 500 gained 0.9%, while the Nikkei 225 lost 1.4%.", "S&P 500", "Nikkei 225"),
        ("Shares in Vodafone rose 3% on the results, and BT fell 2%.", "Vodafone", "BT"),
    ],
)
def test_each_clause_of_a_market_report_has_its_own_mover(text: str, first: str, second: str) -> None:
    facts = [f for f in extract(text) if f.unit == "percent"]
    assert [f.about for f in facts] == [first, second]


def test_an_opening_measure_word_is_not_what_it_measures() -> None:
    assert one("Inventories fell to 40.2 billion dlrs in May.", "40.2 billion").about != "Inventories"


def test_an_institution_named_with_for_is_one_name() -> None:
    fact = one("The Department for Education will hire 6,500 teachers.", "6,500")
    assert fact.about == "Department for Education"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Kering bought a 30% stake in the perfume maker.", "30%", "Kering"),
        ("BASF rose 3.2% in Frankfurt trading.", "3.2%", "BASF"),
    ],
)
def test_an_opening_company_before_a_business_verb_is_a_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_an_opening_good_that_moves_is_no_company() -> None:
    assert one("Petrol rose to 149p a litre, the RAC said.", "149p").about != "Petrol"


@pytest.mark.parametrize(
    ("text", "about"),
    [("Copper prices climbed 2% on Monday.", "Copper"), ("Global wheat prices fell 5%.", "wheat")],
)
def test_prices_of_a_good_are_about_the_good(text: str, about: str) -> None:
    facts = [f for f in extract(text) if f.unit == "percent"]
    assert facts[0].about == about


@pytest.mark.parametrize(
    "text",
    [
        "Sainsbury chief executive Simon Roberts said the chain would open 75 stores.",
        "Simon Roberts, Sainsbury's chief executive, said the chain would open 75 stores.",
        "Jane Holt, Sainsbury's director of property, said the chain would open 75 stores.",
    ],
)
def test_a_speaker_stands_for_the_organisation_named_with_their_title(text: str) -> None:
    assert one(text, "75").about == "Sainsbury"


def test_a_company_that_reports_its_results_is_what_they_are_about() -> None:
    fact = one("Hapag Lloyd said net profit fell 38% to $1.2bn.", "38%")
    assert fact.about == "Hapag Lloyd"


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The trust said waiting times had risen 12% since January.", "12%", "trust"),
        ("The survey of 2,000 drivers found that 64% had hit a pothole.", "64%", "survey"),
        ("The club reported a loss of £8m for the season.", "£8m", "club"),
    ],
)
def test_a_definite_body_that_opens_and_reports_is_the_last_resort(
    text: str, surface: str, about: str
) -> None:
    assert one(text, surface).about == about
