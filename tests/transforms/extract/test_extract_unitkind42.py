"""Extractor unit/kind/change rules from a hand audit of Reuters-21578 facts (branch unitkind42)."""

from __future__ import annotations

from extract_helpers import one


def test_share_quote_move_in_eighths_takes_the_verbs_change() -> None:
    text = "Shares of brokerages rose. Other brokerages were also down. Hutton <EFH> fell one to 41-1/4."
    fact = one(text, "one")
    assert (fact.unit, fact.kind, fact.change) == ("US dollar", "price", "down")
    fact = one("Trading in the shares was heavy. Polaroid <PRD> rose 1-1/8 to 74-1/2.", "1-1/8")
    assert (fact.kind, fact.change) == ("price", "up")


def test_sum_a_company_lost_is_money_not_a_quote() -> None:
    fact = one("The company lost 658,000 dlrs on sales of 11.6 mln dlrs in the year.", "658,000")
    assert (fact.unit, fact.kind) == ("US dollar", "money")
    fact = one("In 1986, the company lost 14 cts a share.", "14 cts")
    assert fact.kind == "money"


def test_share_quote_losing_ground_stays_a_price() -> None:
    fact = one("In banks, Standard Chartered lost 4p to 821 after recent gains.", "4p")
    assert (fact.unit, fact.kind, fact.change) == ("pence", "price", "down")


def test_earnings_sum_restated_per_share_is_money() -> None:
    fact = one("1985 shr and net exclude extraordinary gain of 294,859 dlrs or 10 cts share", "10 cts")
    assert fact.kind == "money"
    fact = one("In 1985, the company lost 168.4 mln dlrs, or 12.27 dlrs a share.", "12.27")
    assert fact.kind == "money"


def test_buyback_price_per_share_stays_a_price() -> None:
    text = "GenCorp plans to buy back 54 pct of its stock for 1.6 billion dlrs, or 130 dlrs a share."
    assert one(text, "130 dlrs").kind == "price"


def test_scaled_nominal_sum_is_money() -> None:
    text = "Linde will raise authorised share capital by a maximum 30 mln marks nominal for the issue."
    assert one(text, "30 mln marks").kind == "money"
    assert one("Holders get shares of 100 francs nominal each.", "100 francs").kind == "price"


def test_currency_at_its_low_is_a_price_of_the_currency() -> None:
    fact = one("The dollar had plumbed a post-war low of 149.98 yen on January 19.", "149.98")
    assert (fact.unit, fact.kind, fact.subject_head) == ("yen", "price", "dollar")


def test_share_above_or_below_a_dated_or_named_level_is_a_change() -> None:
    text = "Producer prices fell 0.3 pct in February and were 4.2 pct below prices in February last year."
    assert one(text, "4.2 pct").change == "down"
    assert one("Use of alcohol fuel was 208,600 bpd, 42 pct above February, 1986.", "42 pct").change == "up"
    assert one("The limit could be five pct above or below the estimates.", "five pct").change is None


def test_unscaled_sum_moved_to_a_level_is_a_quote() -> None:
    fact = one("Insurer Allianz dropped 20 marks to 1,845.", "20 marks")
    assert (fact.unit, fact.kind, fact.change) == ("mark", "price", "down")
    fact = one("The Light Louisiana Sweet grade was also increased 50 cts to 19.35 dlrs a barrel.", "50 cts")
    assert (fact.kind, fact.change) == ("price", "up")


def test_per_share_money_moved_to_a_level_stays_money() -> None:
    assert one("Earnings per share rose 10 cts to 1.20 dlrs.", "10 cts").kind == "money"


def test_half_point_of_a_rate_is_half_a_percentage_point() -> None:
    fact = one("The U.K. Clearing banks cut their base rates by a half-point to 10 pct.", "half")
    assert (fact.value, fact.unit, fact.kind) == (0.5, "percentage point", "rate")
    fact = one("The call price falls by a half point each year thereafter.", "half")
    assert fact.unit is None
