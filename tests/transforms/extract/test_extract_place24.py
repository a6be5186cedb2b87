"""Place round 24: islands, mountains and regions no list names alone, world regions, and places
an event strikes or a trip goes to."""

from __future__ import annotations

from extract_helpers import one


def test_island_no_list_knows_is_a_place() -> None:
    fact = one(
        "A 6.1 earthquake struck Sumbawa and Lombok overnight, injuring 19 people.", "19", dateline="JAKARTA"
    )
    assert fact.place == "Sumbawa" or fact.place == "Lombok"


def test_mountain_range_after_in() -> None:
    assert one("Two avalanches in the Alps buried 5 hikers.", "5", dateline="ZURICH").place == "Alps"


def test_conflict_region() -> None:
    assert one("Shelling in Donbas wounded 11 soldiers.", "11", dateline="MOSCOW").place == "Donbas"


def test_world_region_is_a_place() -> None:
    assert (
        one("Car sales in Southeast Asia fell 6% in June.", "6%", dateline="BANGKOK").place
        == "Southeast Asia"
    )


def test_world_region_as_a_division_is_not() -> None:
    fact = one(
        "The carmaker said its North America unit lost $300 million.", "$300 million", dateline="DETROIT"
    )
    assert fact.place == "Detroit"


def test_city_a_storm_battered() -> None:
    assert (
        one("The storm battered Key West with gusts of 90 mph.", "90 mph", dateline="MIAMI").place
        == "Key West"
    )


def test_venue_a_crowd_filled() -> None:
    assert (
        one("Supporters packed Croke Park, and 81,000 saw the game.", "81,000", dateline="DUBLIN").place
        == "Croke Park"
    )


def test_shelling_of_a_town_opening_the_sentence() -> None:
    assert one("Shelling of Nikopol injured 4 residents.", "4", dateline="KYIV").place == "Nikopol"


def test_traffic_to_an_island() -> None:
    assert one("Ferry traffic to Lesbos dropped 25% in August.", "25%", dateline="ATHENS").place == "Lesbos"


def test_common_word_city_after_hit_is_not_a_place() -> None:
    assert one("Profit-taking hit Reading shares, which fell 3%.", "3%", dateline="LONDON").place == "London"
