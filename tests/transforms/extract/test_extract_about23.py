"""About: the target a deal's price pays for, a name owned by another name, and a name that keeps
its "'s" (sentences written for the about23 probe)."""

from __future__ import annotations

from extract_helpers import one


def test_price_of_a_takeover_is_the_targets() -> None:
    fact = one("Halden Foods agreed to buy snack maker Crumbly for $4.1 billion in cash.", "$4.1 billion")
    assert fact.about == "Crumbly"


def test_price_named_before_the_purchase_of_a_target() -> None:
    text = "Orvex won approval for its $2.7 billion acquisition of software group Tellus."
    fact = one(text, "$2.7 billion")
    assert fact.about == "Tellus"


def test_price_of_a_company_bought_from_its_parent_is_the_companys() -> None:
    text = "Brant Corp agreed to acquire Kestrel Foods from Moray Group for $90 million."
    fact = one(text, "$90")
    assert fact.about == "Kestrel Foods"


def test_a_name_that_only_modifies_what_is_bought_is_no_target() -> None:
    text = "Brant Corp agreed to buy three Moray passenger jets for $90 million."
    fact = one(text, "$90")
    assert fact.about == "Brant Corp"


def test_a_stake_bought_names_no_target() -> None:
    fact = one("Brant Corp agreed to buy 20% of Moray Group for $90 million.", "$90")
    assert fact.about != "Moray Group"


def test_a_name_owned_by_a_company_is_the_entity() -> None:
    fact = one("Alphabet Inc's Waymo raised $5.6 billion from investors on Monday.", "$5.6 billion")
    assert fact.about == "Waymo"


def test_a_company_whose_name_ends_in_s_keeps_it() -> None:
    fact = one("McDonald's Corp said sales rose 3% in the quarter.", "3%")
    assert fact.about == "McDonald's Corp"


def test_a_name_that_opens_on_its_own_s_before_a_verb() -> None:
    fact = one("Sainsbury's agreed to sell its banking arm for 125 million pounds.", "125 million pounds")
    assert fact.about == "Sainsbury's"


def test_a_place_possessive_still_drops() -> None:
    fact = one("Britain's economy grew 0.3% in the third quarter.", "0.3%")
    assert fact.about == "Britain"


def test_a_sentence_naming_nothing_takes_the_headline_company() -> None:
    text = "Kelvo will raise prices in 30 markets. Monthly users rose 9% to 410 million."
    fact = one(text, "9%", headline="Kelvo raises prices in 30 markets")
    assert fact.about == "Kelvo"


def test_the_charity_refers_back_to_the_named_charity() -> None:
    text = "Nourish Trust opened new food banks last year. The charity fed 2.1 million people."
    fact = one(text, "2.1 million")
    assert fact.about == "Nourish Trust"


def test_demonym_before_a_commodity_future_is_dropped() -> None:
    fact = one("Indonesian palm oil futures rose 1.5% on Monday.", "1.5%")
    assert fact.about == "palm oil"


def test_a_ministers_figure_is_about_the_country_of_the_title() -> None:
    text = "Canadian Finance Minister Anna Roy said the fiscal deficit would narrow to 1.9% of GDP."
    fact = one(text, "1.9%")
    assert fact.about == "Canada"


def test_a_passive_purchase_names_the_buyer_not_a_target() -> None:
    text = "Brant Corp's mill in Ohio was purchased by Moray Steel for $16 million."
    fact = one(text, "$16 million")
    assert fact.about != "Moray Steel"


def test_a_currency_future_keeps_its_country() -> None:
    fact = one("Swiss franc futures traded 12,400 contracts on Monday.", "12,400")
    assert fact.about != "franc"
