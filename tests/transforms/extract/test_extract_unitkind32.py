"""Unit and kind of random Reuters facts (round unitkind32): bare scaled sums and prices of goods."""

from extract_helpers import one


def test_bare_scaled_sum_before_a_time_word_takes_the_sentence_currency() -> None:
    fact = one(
        "NTT expects its profits to fall to 328 billion yen in the year ending March 31, 1988 "
        "from a projected 348 billion this year, the company said.",
        "348 billion",
    )
    assert (fact.unit, fact.kind) == ("yen", "money")


def test_bare_scaled_sum_before_a_verb_takes_the_sentence_currency() -> None:
    fact = one(
        "Of the 13 billion dlrs frozen debt 3.5 billion was owed by public sector, he said.",
        "3.5 billion",
    )
    assert (fact.unit, fact.kind) == ("US dollar", "money")


def test_bare_scaled_forecast_takes_the_sentence_currency() -> None:
    fact = one(
        "He expects the current account deficit to be one billion dlrs lower than the 14.7 billion "
        "forecast in the August budget.",
        "14.7 billion",
    )
    assert (fact.unit, fact.kind) == ("US dollar", "money")


def test_bare_scaled_count_after_counted_shares_stays_a_count() -> None:
    fact = one(
        "Issued capital will be 240.5 mln shares, of which 63 pct will be held by NBH after 89 mln are "
        "issued to shareholders to raise 19.6 mln dlrs, it said.",
        "89 mln",
    )
    assert (fact.unit, fact.kind) == (None, "count")


def test_sum_after_goods_and_at_is_a_price() -> None:
    fact = one("Texaco Trading and Transport bought 15,000 bpd at 15.79 dlrs, traders said.", "15.79 dlrs")
    assert (fact.unit, fact.kind) == ("US dollar", "price")
    fact = one("The issue, for five ounces at 425 dlrs, was priced at 955 Swiss francs.", "425 dlrs")
    assert fact.kind == "price"


def test_share_closing_at_a_mixed_fraction_is_a_dollar_price() -> None:
    fact = one("American Express closed on the New York Stock Exchange at 72-5/8, up 4-1/8.", "72-5/8")
    assert (fact.unit, fact.kind) == ("US dollar", "price")
    fact = one(
        "Inco closed 1-3/8 lower at 19-3/8 on the Toronto Stock Exchange.", "19-3/8", dateline="LONDON"
    )
    assert (fact.unit, fact.kind) == ("Canadian dollar", "price")


def test_bond_closing_at_a_mixed_fraction_is_priced_in_percent() -> None:
    fact = one("The key 30-year Treasury bond price finished 3/4 higher at 95-27/32.", "95-27/32")
    assert (fact.unit, fact.kind) == ("percent", "price")


def test_money_market_quote_at_a_mixed_fraction_is_no_share_price() -> None:
    fact = one("Overnight was little changed at 6-5/16 and week-fixed rose 1/16 point to 6-3/8.", "6-5/16")
    assert fact.unit != "US dollar"
