"""Figures listed after names ("Angola 4,800, Spain 3,200") are quantities, not numbers of names."""

from extract_helpers import one

from transforms.extract import extract


def test_a_figure_in_thousands_after_a_name_is_read() -> None:
    facts = extract("Exports by destination: Angola 4,800 (12,100), Spain 3,200 (2,900).", dateline="LISBON")
    assert [fact.surface for fact in facts] == ["4,800", "12,100", "3,200", "2,900"]
    assert one("Exports by destination: Angola 4,800, Spain 3,200.", "3,200").place == "Spain"


def test_a_name_with_a_plain_number_stays_a_name() -> None:
    assert [fact.surface for fact in extract("The airline flies Boeing 747 jets to Lagos.")] == []


def test_mt_after_a_figure_is_metric_tonnes() -> None:
    fact = one("The vessel will load 12,000 mt of bagged sugar.", "12,000 mt")
    assert (fact.unit, fact.kind) == ("tonne", "mass")


def test_a_threshold_mark_is_no_deutsche_mark() -> None:
    fact = one("The Nikkei closed above the 20,000 mark for the first time.", "20,000", dateline="TOKYO")
    assert (fact.unit, fact.kind) == ("point", "index_points")
    assert one("Subscribers passed the 1 million mark in May.", "1 million").unit is None


def test_a_sum_in_marks_stays_money() -> None:
    fact = one("Banks lost liquidity through the 2.3 billion mark rise in cash.", "2.3 billion mark")
    assert (fact.unit, fact.kind) == ("mark", "money")
    assert one("The dollar fell below the 1.80 mark level.", "1.80 mark", dateline="FRANKFURT").unit == "mark"


def test_a_wire_quote_of_two_close_levels_is_one_range() -> None:
    fact = one("The rise pushed interbank rates to 19 19-1/2 pct from 18 pct.", "19 19-1/2 pct")
    assert (fact.value, fact.low, fact.high, fact.qualifier) == (None, 19.0, 19.5, "range")
    assert one("Call money was quoted at 7-11/16 7-3/4 pct.", "7-11/16 7-3/4 pct").high == 7.75


def test_two_bare_numbers_side_by_side_stay_apart() -> None:
    assert [fact.surface for fact in extract("In 1986 19 pct of voters agreed.")] == ["19 pct"]


def test_a_bare_wire_fraction_before_its_unit_is_read() -> None:
    fact = one("It carries a margin of 13/16 pct over Libor.", "13/16 pct")
    assert (fact.value, fact.unit) == (0.8125, "percent")
    assert one("Management and underwriting fees are 3/8 pct each.", "3/8 pct").value == 0.375


def test_a_two_way_quote_with_the_offer_in_the_bids_whole_number() -> None:
    fact = one("Rates were quoted at 6-9/16 7/16 pct.", "6-9/16 7/16 pct")
    assert (fact.low, fact.high, fact.qualifier) == (6.4375, 6.5625, "range")


def test_dates_and_ratios_with_a_slash_stay_out() -> None:
    assert extract("The shop is open 24/7 all year.") == []


def test_between_two_sums_with_their_units_is_one_range() -> None:
    fact = one(
        "Sales were between 900,000 dlrs and one mln dlrs, it said.", "between 900,000 dlrs and one mln dlrs"
    )
    assert (fact.low, fact.high, fact.unit) == (900_000.0, 1_000_000.0, "US dollar")
    assert (
        one("Revenues of 21 mln dlrs to 23 mln dlrs are expected.", "21 mln dlrs to 23 mln dlrs").high == 23e6
    )


def test_a_change_by_or_from_a_sum_then_a_level_is_no_range() -> None:
    text = "Public debt rose in April by a nominal 38.5 billion francs to 5,719.4 billion francs."
    assert [fact.surface for fact in extract(text)] == ["38.5 billion francs", "5,719.4 billion francs"]


def test_a_zero_to_sixty_sprint_has_no_zero_figure() -> None:
    facts = extract("The new model goes from 0-to-60-mph in 3.9 seconds.")
    assert [fact.surface for fact in facts] == ["3.9 seconds"]


def test_a_glued_k_before_a_plural_is_thousands() -> None:
    fact = one("The network added 25k subscribers in March.", "25k")
    assert (fact.value, fact.subject_head) == (25_000.0, "subscriber")
    assert extract("The 5k runs were cancelled.") == []
