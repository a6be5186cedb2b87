"""Place (probe round place25): bodies named "of the" a place, a place and the city it lies in,
camps, coasts, a place's named part, and figures "on" a smaller place."""

from __future__ import annotations

from extract_helpers import one


def test_body_named_of_the_river_is_no_place() -> None:
    fact = one(
        "The British Army of the Rhine will cut 3,000 civilian jobs over the next two years.",
        "3,000",
        dateline="BERLIN",
    )
    assert fact.place == "Berlin"


def test_place_followed_by_the_city_it_lies_in() -> None:
    assert one("Rents in Hackney, east London, rose 14% last year, the ONS said.", "14%").place == "Hackney"
    fact = one("The plant in Flatrock, Michigan, will build 240,000 cars a year.", "240,000")
    assert fact.place == "Flatrock"


def test_camp_after_a_locative() -> None:
    fact = one("Some 80,000 refugees live in the Zaatari camp near Mafraq.", "80,000", dateline="AMMAN")
    assert fact.place == "Zaatari"


def test_coast_of_a_place_shaped_name() -> None:
    fact = one(
        "A magnitude 6.2 earthquake struck off the east coast of the North Island on Monday.",
        "6.2",
        dateline="WELLINGTON",
    )
    assert fact.place == "North Island"


def test_place_shaped_part_owned_by_a_place() -> None:
    fact = one("Alaska's North Slope produced 430,000 barrels per day of crude in May.", "430,000")
    assert fact.place == "North Slope"


def test_figure_on_a_smaller_place() -> None:
    fact = one("The seaway moved 37.6 mln tons via Montreal and 41.6 mln tons on the Welland Canal.", "41.6")
    assert fact.place == "Welland Canal"


def test_on_a_country_or_its_goods_is_no_location() -> None:
    fact = one("Canada imposed a duty of 85 cents per bushel on U.S. corn imports.", "85 cents")
    assert fact.place == "Canada"


def test_located_place_owning_a_region_gives_the_region() -> None:
    fact = one(
        "Landslides killed 17 people in Kerala's Wayanad district after days of heavy rain.",
        "17",
        dateline="NEW DELHI",
    )
    assert fact.place == "Wayanad"
