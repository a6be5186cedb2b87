"""Unit and kind on wire copy: declared-unit tables, carried measures, coupons, results notes."""

from __future__ import annotations

from extract_helpers import one

_TABLE = (
    "The Agriculture Department issued these stock estimates, in mln bushels, with comparisons --\n"
    "\n"
    "Barley 41.2 39.8 45.0\n"
    "\n"
    "Acreage (mln acres) --\n"
    "\n"
    "Planted 12.5 12.9\n"
    "\n"
    "Avg price 2.15 2.40\n"
)


def test_table_row_takes_the_unit_its_lead_declares() -> None:
    fact = one(_TABLE, "39.8")
    assert (fact.unit, fact.kind, fact.value) == ("bushel", "volume", 39800000.0)


def test_section_heading_overrides_the_lead_unit() -> None:
    fact = one(_TABLE, "12.9")
    assert (fact.unit, fact.kind) == ("acre", "area")


def test_price_row_keeps_its_figures() -> None:
    assert one(_TABLE, "2.40").unit != "bushel"


def test_bare_figure_compared_with_a_tonnage_takes_its_unit() -> None:
    text = "Port stocks of oilseeds rose to 98,000 tonnes on May 4 from 87,500 a week earlier."
    fact = one(text, "87,500")
    assert (fact.unit, fact.kind) == ("tonne", "mass")


def test_listed_bare_figures_take_the_unit_of_the_list() -> None:
    text = "Main buyers were Spain (52,300 tonnes), Greece (41,800) and Chile (12,000 tonnes)."
    assert one(text, "41,800").unit == "tonne"


def test_figure_with_its_own_noun_stays_a_count() -> None:
    text = "The group will farm three acres of land and build 120 houses."
    assert one(text, "120").unit is None


def test_coupon_before_a_dated_stock_is_a_rate() -> None:
    text = "The Bank sold 800 mln stg of 9-3/4 pct Treasury stock due 2005 at 98-1/2."
    assert one(text, "9-3/4 pct").kind == "rate"


def test_coupons_of_listed_series_are_rates() -> None:
    text = "The central bank bought the 5.2 pct 61st and 4.9 pct 77th issues."
    assert one(text, "5.2 pct").kind == "rate"


def test_stock_dividend_stays_a_percent() -> None:
    assert one("It declared a 15 pct stock dividend.", "15 pct").kind == "percent"


def test_results_note_figures_are_the_tables_money() -> None:
    text = (
        "Shr 21 cts vs 18 cts\n"
        "Net 1,450,000 vs 1,210,000\n"
        "\n"
        "NOTE: Net includes gains on sale of land of 42,000 vs 97,000 for qtr.\n"
    )
    fact = one(text, "97,000", headline="BAXTER MILLS <BXM> 2ND QTR NET")
    assert (fact.unit, fact.kind) == ("US dollar", "money")


def test_price_table_rows_are_dollar_prices() -> None:
    text = (
        "The following cash barley prices were quoted by dealers this morning in dlrs per bushel --\n"
        "\n"
        "Fargo 2.41 -- 2.38\n"
        "\n"
        "Omaha 2.57 2.55 --\n"
    )
    fact = one(text, "2.55")
    assert (fact.unit, fact.kind) == ("US dollar", "price")
