"""Unit and kind of random Reuters facts (round unitkind33): margins over a reference rate, bare
two-way exchange quotes, and areas sown or planted."""

from extract_helpers import one


def test_margin_over_libor_is_a_rate() -> None:
    fact = one(
        "The securities are priced at 25 basis points over the three month London Interbank "
        "Offered Rate (Libor), payable quarterly.",
        "25 basis points",
    )
    assert (fact.unit, fact.kind) == ("basis point", "rate")


def test_margin_in_pct_over_libor_is_a_rate() -> None:
    fact = one("Drawings will be at 3/8 pct over the London interbank offered rate.", "3/8 pct")
    assert fact.kind == "rate"


def test_spread_over_treasuries_is_a_rate() -> None:
    fact = one("AAA-rated auto paper was trading about 75 basis points over Treasuries.", "75 basis points")
    assert fact.kind == "rate"


def test_fee_over_libor_stays_a_percent() -> None:
    fact = one("There is a utilisation fee of five basis points over Libor.", "five basis points")
    assert fact.kind == "percent"


def test_increase_over_years_is_no_rate() -> None:
    fact = one("The contract gives a wage increase of about three pct over three years.", "three pct")
    assert fact.kind == "percent"


def test_modern_inflation_and_unemployment_are_rates() -> None:
    text = "Inflation hit 3.2% in March, while unemployment stayed at 4.1%."
    assert one(text, "3.2%").kind == "rate"
    assert one(text, "4.1%").kind == "rate"


def test_bare_two_way_quote_after_a_currency_quote_is_a_price_in_it() -> None:
    text = (
        "The dollar opened at 1.8247/57 marks against New York's 1.8270/80 close and the "
        "1.8205/15 finish here yesterday."
    )
    for surface in ("1.8270/80", "1.8205/15"):
        fact = one(text, surface)
        assert (fact.unit, fact.kind) == ("mark", "price")


def test_bare_two_way_quote_after_francs_per_100() -> None:
    fact = one(
        "The mark was fixed at 332.70 francs per 100, after an early 332.72/75 against last night's "
        "late 332.70/72 range.",
        "332.72/75",
    )
    assert (fact.unit, fact.kind) == ("French franc", "price")


def test_cross_rates_take_their_own_currency() -> None:
    text = (
        "The pound fetched 2.9480/9520 marks and 1.6190/6200 dlrs at midsession after its opening "
        "2.9540/75 and 1.6213/23."
    )
    assert one(text, "2.9540/75").unit == "mark"
    assert one(text, "1.6213").unit == "US dollar"


def test_cross_rate_level_takes_no_other_currency() -> None:
    fact = one(
        "In early Australian trade the US dollar was pegged at 1.8253/63 marks and 145.40/50 yen "
        "from its New York closes of 1.8270/80 and 145.60/70.",
        "145.60",
    )
    assert fact.unit != "mark"


def test_area_sown_takes_the_earlier_area_unit() -> None:
    fact = one(
        "Australian wheat plantings are forecast to fall to 10.40 mln hectares in 1987/88 from "
        "11.72 mln sown in 1986/87.",
        "11.72 mln",
    )
    assert (fact.unit, fact.kind) == ("hectare", "area")


def test_area_planted_before_its_unit() -> None:
    fact = one(
        "He said that 67.6 mln planted acres of corn will translate into 60 mln harvested acres.", "67.6 mln"
    )
    assert (fact.unit, fact.kind) == ("acre", "area")


def test_bare_results_row_takes_the_currency_of_earlier_rows() -> None:
    text = (
        "Hillsdown Holdings Plc said pretax profit rose.\n    Pretax profit 25.1 mln stg vs 19.0 mln\n"
        "    Rest of world seven mln vs four mln\n    Avg shrs 51.7 mln vs 43.4 mln\n"
    )
    headline = "HILLSDOWN HOLDINGS PLC <HLDN.L> 1986 YEAR"
    fact = one(text, "seven mln", headline=headline, dateline="LONDON, March 3 -")
    assert (fact.unit, fact.kind) == ("pound sterling", "money")
    assert one(text, "51.7 mln", headline=headline, dateline="LONDON, March 3 -").unit is None
