"""Error classes of subject and place in general news, one test each (extractor 1.4).

Every sentence here is written for the test, none is a dev-set item, so each rule
is checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The blackout lasted almost four hours, the utility said.", "four hours", "blackout"),
        ("The strike by bus drivers lasted three days.", "three days", "strike"),
        ("A blaze at a paint factory near the docks burned for 11 hours.", "11 hours", "blaze"),
        ("Police said, while a protest outside the embassy went on for six hours.", "six hours", "protest"),
        ("The gallery reopened after a £3m refit that took nine months.", "nine months", "refit"),
    ],
)
def test_a_duration_measures_what_lasts(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The council shut the bridge for eight weeks.", "eight weeks", "bridge"),
        ("The rover crossed the crater in under three hours.", "three hours", "crater"),
    ],
)
def test_a_duration_after_a_definite_object_measures_the_object(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The charity will spend £4m over the next five years.", "five years"),
        ("The app gained 2 million users in its first 30 days.", "30 days"),
        ("The firm will hire 300 staff over the coming two years.", "two years"),
    ],
)
def test_a_span_of_the_calendar_has_no_subject(text: str, surface: str) -> None:
    assert one(text, surface).subject is None


def test_a_passive_for_a_duration_is_no_lasting() -> None:
    assert one("The striker was suspended for six weeks.", "six weeks").subject is None


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("A cyclist from Kendal, 52, has won £1m on the lottery.", "£1m", "Kendal"),
        ("Floods damaged 300 homes in Powys county.", "300", "Powys"),
        ("The trawler sank 40 miles south-west of Penzance.", "40 miles", "Penzance"),
        ("Ambulance waits in Scotland rose by 12% last winter.", "12%", "Scotland"),
        ("About 4,000 homes in Wales lost power overnight.", "4,000", "Wales"),
    ],
)
def test_a_name_set_as_a_location_is_the_place(text: str, surface: str, place: str) -> None:
    assert one(text, surface, dateline="London").place == place


def test_a_company_after_in_is_no_place() -> None:
    fact = one("The fund bought a 5% stake in Brent Holdings Ltd.", "5%", dateline="London")
    assert fact.place == "London"


def test_a_company_seat_after_its_suffix_is_the_place() -> None:
    fact = one(
        "Hakuto Chemical Co Ltd of Osaka will build a 2 billion yen plant.", "2 billion yen", dateline="Tokyo"
    )
    assert fact.place == "Osaka"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Toyota sold 2.4 million vehicles in the quarter.", "2.4 million"),
        ("Toyota's net profit rose 9% in the year to March.", "9%"),
        ("Toyota said its operating profit fell 14%.", "14%"),
    ],
)
def test_a_company_named_like_a_city_is_no_place(text: str, surface: str) -> None:
    fact = one(text, surface, dateline="Tokyo")
    assert fact.place == "Tokyo"
    assert fact.about == "Toyota"


def test_a_city_that_does_no_trade_stays_a_place() -> None:
    assert one("Osaka's population fell 1% last year.", "1%", dateline="Tokyo").place == "Osaka"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Gusts of up to 80 mph lashed the coast overnight.", "80 mph", "gust"),
        ("Border guards found 2,000kg of cannabis hidden in a lorry of melons.", "2,000kg", "cannabis"),
        ("Officers recovered 12kg of gold stolen from the vault.", "12kg", "gold"),
        ("The council's £40m plan includes £5m for new cycle lanes.", "£40m", "plan"),
        ("The £3bn programme covers 120 hospitals.", "£3bn", "programme"),
    ],
)
def test_a_verb_after_the_noun_does_not_leak_into_the_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_plural_noun_before_and_stays_the_subject() -> None:
    assert one("The agency signed 14 supply contracts and two leases.", "14").subject_head == "contract"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The old pier, 450 metres long, will be rebuilt.", "450 metres", "pier"),
        ("Divers found a wreck 30 metres deep off the headland.", "30 metres", "wreck"),
        ("A crocodile 4 metres long was spotted in the river.", "4 metres", "crocodile"),
    ],
)
def test_a_dimension_measures_the_noun_it_describes(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_place_abbreviation_before_a_capitalised_word_is_the_place() -> None:
    fact = one(
        "Dealers said U.K. Wheat exports to Egypt reached 300,000 tonnes.",
        "300,000 tonnes",
        dateline="London",
    )
    assert fact.place == "U.K."


@pytest.mark.parametrize("money", ["A$40m", "NZ$40m", "HK$40m", "C$40m"])
def test_a_currency_prefix_is_no_article_before_the_clause_subject(money: str) -> None:
    fact = one(f"The {money} grant, approved by 9 votes to 4, pays for 300 new homes.", "300")
    assert fact.about == "grant"
