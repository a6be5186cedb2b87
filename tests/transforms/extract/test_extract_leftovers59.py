"""Unitless share levels, ranges written high first or in wire fractions.

Every sentence here is written for the test, none is a dev-set item.
"""

from __future__ import annotations

from extract_helpers import one

_HEADLINE = "ACME CORP <ACME> SEES HIGHER PROFIT"


def test_company_closing_level_without_currency_is_a_share_price() -> None:
    text = "Acme said it bought shares of Brixton. Brixton closed at 2,140, up from a previous 2,100."
    headline = "ACME <ACME.PA> SEES HIGHER PROFIT"
    fact = one(text, "2,140", headline=headline, dateline="PARIS")
    assert (fact.unit, fact.kind) == ("French franc", "price")
    prior = one(text, "2,100", headline=headline, dateline="PARIS")
    assert (prior.unit, prior.kind) == ("French franc", "price")


def test_stock_up_a_word_move_at_a_bare_level_is_a_price() -> None:
    text = "Acme shares were active. Acme stock today was up two at 48 in heavy trading."
    fact = one(text, "48", headline=_HEADLINE, dateline="NEW YORK")
    assert (fact.unit, fact.kind) == ("US dollar", "price")


def test_move_after_a_share_close_is_that_price_moving() -> None:
    text = "Acme said it sold its shares in Brixton. Brixton closed at 22-3/8, off 1-5/8."
    fact = one(text, "1-5/8", headline=_HEADLINE, dateline="NEW YORK")
    assert (fact.unit, fact.kind, fact.change) == ("US dollar", "price", "down")


def test_sales_that_stood_at_a_bare_figure_stay_a_count() -> None:
    text = "Acme shares were active. Sales last year stood at 41,200, the company said."
    assert one(text, "41,200", headline=_HEADLINE, dateline="BONN").kind == "count"


def test_range_written_high_first_after_ranged_is_one_range() -> None:
    fact = one("Bill prices ranged from 97.412 to 97.388 at the auction.", "97.412")
    assert (fact.value, fact.low, fact.high) == (None, 97.388, 97.412)


def test_range_of_wire_fractions_is_one_rate_range() -> None:
    fact = one("Call money ranged from 7-5/16 to 7-1/4 pct.", "7-5/16")
    assert (fact.low, fact.high, fact.unit, fact.kind) == (7.25, 7.3125, "percent", "rate")


def test_indicated_coupon_range_with_a_fraction_end_is_one_range() -> None:
    fact = one("The bonds carry an indicated coupon of four to 4-1/4 pct.", "four")
    assert (fact.low, fact.high, fact.kind) == (4.0, 4.25, "rate")


def test_change_from_one_fraction_to_another_stays_two_levels() -> None:
    fact = one("Yields fell from 8-1/4 to 8-1/8 pct.", "8-1/4")
    assert fact.value == 8.25


def test_move_then_level_in_fractions_is_no_range() -> None:
    fact = one("The stock fell 3-1/8 to 6-5/8 on the exchange.", "3-1/8")
    assert fact.value == 3.125
