"""about49: a displacement or damage count is about the place the sentence locates it in."""

from extract_helpers import one


def test_people_forced_to_flee_their_homes_in_a_place() -> None:
    fact = one(
        "Cyclone Remal forced 800,000 people to flee their homes in Bangladesh's coastal areas.", "800,000"
    )
    assert fact.about == "Bangladesh"


def test_people_forced_to_leave_their_homes_in_a_possessive_place() -> None:
    fact = one("Storm Boris forced 20,000 people to leave their homes in Poland's southwest.", "20,000")
    assert fact.about == "Poland"


def test_people_forced_from_their_homes_in_a_place() -> None:
    assert one("The storm forced 3,000 people from their homes in Vietnam.", "3,000").about == "Vietnam"


def test_evacuate_in_a_region() -> None:
    fact = one("Typhoon Haiyan forced 600,000 people to evacuate in the central Philippines.", "600,000")
    assert fact.about == "Philippines"


def test_buildings_damaged_near_a_place() -> None:
    assert one("The quake damaged 15 buildings near Perugia, Italy.", "15").about == "Perugia"


def test_company_workers_stay_with_the_company() -> None:
    assert one("Toyota forced 2,000 workers to take leave in Japan.", "2,000").about == "Toyota"


def test_near_without_a_casualty_does_not_locate() -> None:
    assert one("Acme employs 1,300 workers near Lyon.", "1,300").about != "Lyon"


def test_displacement_without_a_place_keeps_the_storm() -> None:
    assert one("Storm Ciaran forced 5,000 people to flee.", "5,000").about == "Storm Ciaran"


def test_scientists_said_the_definite_noun() -> None:
    assert one("Astronomers said the planet is 40 light years from Earth.", "40").about == "planet"
    assert one("Researchers said the asteroid passed within 3 million km of Earth.", "3 million").about == (
        "asteroid"
    )
