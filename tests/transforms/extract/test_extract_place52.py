"""A named part of a country after the country's possessive is the fact's place ("in Mexico's Guerrero")."""

from extract_helpers import one


def test_division_noun_makes_owned_name_a_place() -> None:
    fact = one("Floods killed 12 people in Mexico's Guerrero state on Monday.", "12")
    assert fact.place == "Guerrero"
    assert fact.about == "Guerrero"


def test_division_noun_department_and_sentence_opening() -> None:
    assert one("A landslide buried 30 homes in Colombia's Meta department.", "30").place == "Meta"
    assert one("Mexico's Hidalgo state reported 9 deaths from the heat.", "9").place == "Hidalgo"
    assert one("Heavy rain killed 14 people in Nigeria's Delta state, officials said.", "14").place == "Delta"


def test_owned_place_of_same_country_after_in() -> None:
    assert one("Gunmen killed 8 people in Mexico's Guerrero on Sunday.", "8").place == "Guerrero"


def test_state_company_after_owner_stays_the_country() -> None:
    fact = one("Brazil's Petrobras state oil company raised output 4% in March.", "4%")
    assert fact.place == "Brazil"
    assert fact.about == "Petrobras"


def test_known_division_unchanged() -> None:
    assert one("Floods killed 47 people in Pakistan's Sindh province.", "47").place == "Sindh"
