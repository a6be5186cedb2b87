"""Place, round 23: datelines with a region, small towns after a place cue, settlements named "the
town of ...", landmarks by shape, owner places and "Residents of ..."."""

from __future__ import annotations

from extract_helpers import one


def test_dateline_city_before_its_region() -> None:
    fact = one("Shelling damaged 12 houses overnight, officials said.", "12", dateline="ODESA, Ukraine")
    assert fact.place == "Odesa"


def test_dateline_city_before_us_state() -> None:
    fact = one("The school board approved a $9 million budget.", "$9 million", dateline="BANGOR, Maine")
    assert fact.place == "Bangor"
    assert fact.unit == "US dollar"


def test_small_town_after_in() -> None:
    assert one("A wildfire in Malibu destroyed 30 homes.", "30").place == "Malibu"


def test_small_town_before_its_state() -> None:
    fact = one("A tornado flattened 25 homes in Mayfield, Kentucky, on Friday.", "25")
    assert fact.place == "Mayfield"


def test_month_town_is_no_place() -> None:
    fact = one("Sales rose 4% in March, the company said.", "4%", dateline="LONDON")
    assert fact.place == "London"


def test_town_of() -> None:
    fact = one("Floods in the town of Altena left 900 people without power.", "900", dateline="BERLIN")
    assert fact.place == "Altena"


def test_island_of() -> None:
    fact = one("Fires have burned 4,100 hectares on the island of Evia.", "4,100", dateline="ATHENS")
    assert fact.place == "Evia"


def test_gulf_of() -> None:
    fact = one("Output in the Gulf of Mexico fell 9% as the storm neared.", "9%", dateline="HOUSTON")
    assert fact.place == "Gulf of Mexico"


def test_airport_as_subject() -> None:
    fact = one("Gatwick Airport handled 4.2 million passengers in August.", "4.2 million", dateline="LONDON")
    assert fact.place == "Gatwick Airport"


def test_national_park_as_subject() -> None:
    assert one("Zion National Park drew 4.6 million visitors.", "4.6 million").place == "Zion National Park"


def test_west_bank() -> None:
    fact = one("Settlers torched 11 cars in the West Bank, the army said.", "11", dateline="JERUSALEM")
    assert fact.place == "West Bank"


def test_owner_country_named_like_a_person() -> None:
    assert one("Jordan's exports grew 3.1% last year.", "3.1%", dateline="AMMAN").place == "Jordan"


def test_residents_of_a_city() -> None:
    fact = one("Residents of Christchurch felt 3 aftershocks overnight.", "3", dateline="WELLINGTON")
    assert fact.place == "Christchurch"


def test_company_with_a_place_stays_dateline() -> None:
    fact = one("Bank of America shares rose 1.8% on Tuesday.", "1.8%", dateline="NEW YORK")
    assert fact.place == "New York"


def test_town_named_like_a_company_is_no_place() -> None:
    fact = one("The fund raised its stake in Warner to 12%, it said.", "12%", dateline="NEW YORK")
    assert fact.place == "New York"


def test_town_as_owner_is_no_place() -> None:
    fact = one(
        "The charge came from a shortfall in Butler's pension plan of $9 million.",
        "$9 million",
        dateline="CHICAGO",
    )
    assert fact.place == "Chicago"


def test_country_geonames_writes_with_the() -> None:
    fact = one("Gas output in the Netherlands fell 14% last year.", "14%", dateline="LONDON")
    assert fact.place == "Netherlands"


def test_world_region_is_no_place_yet() -> None:
    fact = one("North America 34.7 mln vs 37.2 mln", "34.7 mln", dateline="LONDON")
    assert fact.place == "London"
