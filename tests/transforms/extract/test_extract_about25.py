"""About: crypto and grain openers, long acronyms with a plus, adjectives of places, country forecasts."""

from __future__ import annotations

from extract_helpers import one


def test_crypto_opener_is_about_not_the_trading_session() -> None:
    assert one("Ether climbed 6% to $2,950 in European trading.", "6%").about == "Ether"


def test_grain_opener_is_about_not_the_exchange() -> None:
    assert one("Corn dropped 1.5% to $4.20 a bushel on the Chicago Board of Trade.", "1.5%").about == "Corn"


def test_opec_plus_is_a_name() -> None:
    fact = one("OPEC+ will raise output by 411,000 barrels per day in July.", "411,000")
    assert fact.about == "OPEC+"


def test_place_adjective_before_a_trade_is_not_the_about() -> None:
    fact = one("The Romanian state-run lender said net profit rose 12% in the quarter.", "12%")
    assert fact.about != "Romanian"


def test_forecast_for_a_country_is_about_the_country() -> None:
    fact = one("The World Bank raised its growth forecast for Vietnam to 6.8% on Tuesday.", "6.8%")
    assert fact.about == "Vietnam"


def test_country_economy_a_body_expects() -> None:
    fact = one("The Asian Development Bank expects Indonesia's economy to expand 5.1% next year.", "5.1%")
    assert fact.about == "Indonesia"


def test_old_level_of_a_country_forecast() -> None:
    fact = one("The IMF expects Ghana's economy to grow 4.0% this year, down from 5.7% last year.", "5.7%")
    assert fact.about == "Ghana"


def test_name_with_its_own_apostrophe_s() -> None:
    text = "Shares of Dillard's fell 6% on Thursday. Dillard's said sales rose 1%."
    assert one(text, "6%").about == "Dillard's"


def test_possessive_headline_name_written_bare_in_the_text() -> None:
    fact = one("Asda said like-for-like sales fell 5.8%.", "5.8%", headline="Asda's sales slide")
    assert fact.about == "Asda"


def test_owned_unit_named_by_initials() -> None:
    fact = one("Stellantis' FCA posted revenue of 9.1 billion euros.", "9.1 billion")
    assert fact.about == "FCA"


def test_name_whose_own_s_opens_it_stays_whole() -> None:
    text = "Hudson's Bay Co said sales fell 3%. Hudson's Bay operates 80 stores."
    assert one(text, "80").about in ("Hudson's Bay", "Hudson's Bay Co")


def test_two_places_joined_in_a_body_name() -> None:
    fact = one("The Scotland and Ireland Rugby Union posted a surplus of 2 million pounds.", "2 million")
    assert fact.about == "Scotland and Ireland Rugby Union"


def test_demonym_growth_a_body_forecasts() -> None:
    fact = one("The OECD now sees Spanish growth of 2.1% next year.", "2.1%")
    assert fact.about == "Spain"


def test_adjective_before_a_noun_verb_is_no_clause_subject() -> None:
    fact = one("The latest plan offers 60 gigabytes of data.", "60 gigabytes")
    assert fact.about != "latest"


def test_province_of_the_headline_country_is_the_place_of_a_casualty_count() -> None:
    text = "Landslides in India's Kerala state killed 19 people, officials said."
    assert one(text, "19", headline="Landslides kill 19 in India").about == "Kerala"
