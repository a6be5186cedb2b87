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
