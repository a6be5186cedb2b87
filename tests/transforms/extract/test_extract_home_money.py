"""Currencies written in their own country's words: "soles" in Lima, "quetzales", "colones"."""

from extract_helpers import one


def test_bare_soles_in_a_lima_story_are_peruvian_sol() -> None:
    fact = one("The deficit reached 4 billion soles last year.", "4 billion soles", dateline="LIMA")
    assert (fact.unit, fact.kind) == ("Peruvian sol", "money")


def test_bare_soles_in_a_story_naming_peru_are_peruvian_sol() -> None:
    fact = one("Peru will spend 300 million soles on new schools.", "300 million soles")
    assert (fact.unit, fact.kind) == ("Peruvian sol", "money")


def test_soles_elsewhere_are_no_currency() -> None:
    fact = one("The cobbler replaced 2 soles on the boots.", "2", dateline="LONDON")
    assert (fact.unit, fact.kind) == (None, "count")


def test_spanish_plural_of_a_one_country_currency() -> None:
    fact = one(
        "The fund lent farmers 900 million quetzales.", "900 million quetzales", dateline="GUATEMALA CITY"
    )
    assert (fact.unit, fact.kind) == ("quetzal", "money")


def test_colones_in_a_costa_rica_story() -> None:
    fact = one("Fares in Costa Rica rose to 3,000 colones.", "3,000 colones", dateline="SAN JOSE")
    assert fact.unit == "Costa Rican colon"


def test_millions_of_pounds_in_a_london_deal_are_sterling() -> None:
    text = "Aviva agreed to buy Direct Line for 3.7 billion pounds."
    assert one(text, "3.7 billion pounds", dateline="LONDON").unit == "pound sterling"


def test_millions_of_pounds_of_pork_in_chicago_are_weighed() -> None:
    assert (
        one("Pork output reached 1.2 billion pounds.", "1.2 billion pounds", dateline="CHICAGO").unit
        == "pound"
    )
