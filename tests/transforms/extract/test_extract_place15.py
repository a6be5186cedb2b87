"""Places the city gazetteer does not know, and the most specific place a figure's stretch names.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on; each rule has lookalikes it must not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# First-level subdivisions of any country (ISO 3166-2) are places without a cue.
@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("Rice output in Odisha rose 8% to 9.1 million tonnes, the farm department said.", "8%", "Odisha"),
        ("The Sichuan government will spend 12 billion yuan on new roads.", "12 billion yuan", "Sichuan"),
        ("Sabah farmers sold 2.3 million tonnes of palm oil last year.", "2.3 million tonnes", "Sabah"),
        ("Jalisco exported $1.4 billion of tequila in 2025.", "$1.4 billion", "Jalisco"),
    ],
)
def test_subdivision_is_a_place(text: str, surface: str, place: str) -> None:
    assert one(text, surface, dateline="Madrid").place == place


# Subdivision names that are mostly common words stay no place: the dateline is kept.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Central bank reserves rose 4% to $31 billion in March.", "4%"),
        ("Delta carried 2.1 million passengers in June.", "2.1 million"),
        ("Meta spent $9 billion on data centres in the quarter.", "$9 billion"),
    ],
)
def test_common_word_subdivision_is_no_place(text: str, surface: str) -> None:
    assert one(text, surface, dateline="Geneva").place == "Geneva"


# A state kept out of the gazetteer as a person's name is a place as the owner of a common noun.
def test_owner_state_is_a_place() -> None:
    text = "Victoria's payroll tax will raise $8.1 billion next year."
    assert one(text, "$8.1 billion", dateline="Sydney").place == "Victoria"
    assert (
        one("Victoria's Secret sold 40 million bras last year.", "40 million", dateline="Columbus").place
        == "Columbus"
    )


# A name before a lower-case settlement or region noun is a place, the more specific one first.
def test_village_before_its_province() -> None:
    text = "Floods swept away 60 homes in Kawari village in Morang district, officials said."
    fact = one(text, "60", dateline="Kathmandu")
    assert fact.place == "Kawari"


def test_town_hall_names_no_town() -> None:
    text = "A Harris town hall drew 2,400 people, organisers said."
    assert one(text, "2,400", dateline="Atlanta").place == "Atlanta"


def test_owned_region_is_more_specific_than_its_country() -> None:
    text = "A magnitude 5.9 quake struck Chile's Atacama region, damaging 120 homes."
    assert one(text, "120", dateline="Santiago").place == "Atacama"


def test_lower_case_island_and_port() -> None:
    assert one("Rangers counted 412 nesting turtles on Talora island.", "412").place == "Talora"
    text = "Officers at Onne port seized 3.2 tonnes of cocaine."
    assert one(text, "3.2 tonnes", dateline="Abuja").place == "Onne"


# A waterway, a natural feature or a county is a place by its shape, with no "in" before it.
@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("About 40 tankers a week crossed the Bosphorus Strait in May.", "About 40", "Bosphorus Strait"),
        ("Fairfax County deputies seized 210 kilograms of cannabis.", "210 kilograms", "Fairfax County"),
        ("Gales of 95mph battered the Isle of Mull overnight.", "95mph", "Isle of Mull"),
    ],
)
def test_place_by_shape(text: str, surface: str, place: str) -> None:
    assert one(text, surface, dateline="London").place == place


def test_company_named_for_a_river_is_no_place() -> None:
    # "River Island" ends in no place word of the list: a retailer, the dateline stays
    assert one("River Island cut 300 jobs in May.", "300", dateline="London").place == "London"


# A venue with a company's word inside is a place after "at".
def test_airport_with_company_word() -> None:
    text = "Snow closed runways at Dulles International Airport, where 620 flights were cancelled."
    assert one(text, "620", dateline="Washington").place == "Dulles International Airport"


# The figure's own stretch: a place after it ("cancelled at X"), else the place between its commas.
def test_place_of_the_figures_stretch() -> None:
    text = "Temperatures in Denver fell to minus 20C, and 900 flights were grounded at Stapleton Airport."
    assert one(text, "minus 20C", dateline="Denver").place == "Denver"
    assert one(text, "900", dateline="Denver").place == "Stapleton Airport"
    text = "Prices rose 3% in Germany, and hotels in Bavaria raised rates by 11% in August."
    assert one(text, "11%", dateline="Berlin").place == "Bavaria"
    assert one(text, "3%", dateline="Berlin").place == "Germany"


def test_english_name_of_a_region() -> None:
    text = "Prices rose 3% in Spain, and hotels in Catalonia raised rates by 11% in August."
    assert one(text, "11%", dateline="Madrid").place == "Catalonia"


def test_from_place_is_not_where_the_figure_is() -> None:
    text = "Mills bought 7.5 million tonnes of cane from Punjab farmers this season."
    # the origin is still the sentence's place, but "from" does not set the stretch's place
    assert one(text, "7.5 million tonnes", dateline="Lahore").place == "Punjab"


# A region's name that opens a company name of the story is that company there, no place.
def test_region_named_company_is_no_place() -> None:
    text = (
        "Sonora Gold Corp said it sold 2.1 mln shares to a fund. "
        "Sonora will spend 4.5 mln dlrs of the proceeds on its mine."
    )
    assert one(text, "4.5 mln dlrs", dateline="Vancouver").place == "Vancouver"


def test_headline_company_named_after_a_region_is_no_place() -> None:
    fact = one(
        "Piedmont said its load factor rose to 58.1 pct from 55.2 pct.",
        "58.1 pct",
        headline="PIEDMONT <PDM> MAY LOAD FACTOR RISES",
        dateline="Winston-Salem",
    )
    assert fact.place == "Winston-Salem"


def test_region_stays_a_place_beside_an_unrelated_company() -> None:
    text = "Farmers in Sonora harvested 1.2 mln tonnes of wheat, Acme Grain Corp said."
    assert one(text, "1.2 mln tonnes", dateline="Mexico City").place == "Sonora"


def test_city_stays_a_place_beside_a_firm_named_after_it() -> None:
    text = "Paris Business Forms Inc opened a plant. Sterling rose 1.2 pct after the Paris meeting."
    assert one(text, "1.2 pct", dateline="London").place == "Paris"
