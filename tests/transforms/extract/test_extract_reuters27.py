"""Reuters-style shapes fixed by the reuters27 audit (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import one

from transforms.extract import extract


def test_company_name_joined_by_and_stays_whole() -> None:
    fact = one("Portland Iron and Steel Co said it closed four mills.", "four")
    assert fact.about == "Portland Iron and Steel Co"


def test_sentence_opening_company_name_with_and() -> None:
    fact = one("Cable and Signal PLC said it will buy 12 radio stations.", "12")
    assert fact.about == "Cable and Signal PLC"


def test_list_before_suffixed_company_is_not_joined() -> None:
    fact = one("Exxon, Mobil and Texaco Inc sold 20 mln barrels.", "20 mln")
    assert fact.about == "Texaco Inc"


def test_place_and_company_is_not_joined() -> None:
    fact = one("Italy and Hercules Inc signed a 40 mln dlr supply contract.", "40 mln")
    assert fact.about != "Italy and Hercules Inc"


def test_line_broken_mid_sentence_reads_on() -> None:
    text = "Acme Aerospace Corp has been awarded a 52.3 mln\n\ndlr contract for radar work, the Navy said."
    fact = one(text, "52.3 mln")
    assert fact.unit == "US dollar"
    assert fact.kind == "money"
    assert fact.subject_head == "contract"
    assert text[fact.start : fact.end] == fact.surface


def test_lower_case_table_rows_stay_rows() -> None:
    text = "shr 73 cts vs 1.03 dlrs\n\nnet 10,245,000 vs 12,364,000\n\navg shrs 13,981,024 vs 11,968,524"
    fact = one(text, "13,981,024")
    assert fact.unit is None
    assert fact.kind == "count"


def test_state_word_after_its_noun_is_no_head() -> None:
    fact = one("Commercial paper outstanding rose to 4.2 billion dlrs from 3.9 billion.", "4.2 billion")
    assert fact.subject_head == "paper"


def test_sums_of_a_comprising_list_count_its_noun() -> None:
    text = (
        "The Bank bought bank bills outright comprising 120 mln stg in band one at 9-5/8 pct"
        " and 40 mln stg in band two at 9-9/16 pct."
    )
    assert one(text, "120 mln").subject_head == "bill"
    assert one(text, "40 mln").subject_head == "bill"


def test_model_and_variant_is_no_count() -> None:
    facts = extract("Delta said it ordered 12 757-200's and three 747-400 jets for delivery next year.")
    assert [f.surface for f in facts] == ["12", "three"]


def test_upward_range_is_still_a_range() -> None:
    fact = one("Traders said prices ranged 100-200 dlrs a tonne.", "100-200")
    assert fact.low == 100
    assert fact.high == 200


def test_ticker_company_keeps_its_front_before_and() -> None:
    text = (
        "Year to March 31\n\nPretax profit 12.4 mln vs 10.1 mln\n\n"
        "Note - Company is Bombay Iron and Steel Co Ltd <BISC.BO>."
    )
    fact = one(text, "12.4 mln", headline="BOMBAY IRON PROFIT RISES", dateline="BOMBAY")
    assert fact.about == "Bombay Iron and Steel Co Ltd"


def test_two_companies_before_a_ticker_stay_two() -> None:
    fact = one("Acme Inc and Pennzoil Co <PZL> said they settled a 300 mln dlr suit.", "300 mln")
    assert fact.about != "Acme Inc and Pennzoil Co"


def test_class_letter_shares_are_the_shares() -> None:
    fact = one("Acme Corp said it filed to offer 1,500,000 Class A common shares.", "1,500,000")
    assert fact.subject_head == "share"
