"""about34: market moves are about what they quote (an index, a bond, a coined name's measure)."""

from extract_helpers import one


def test_dollar_index_is_about_itself() -> None:
    assert one("The dollar index rose 0.4% to 104.2.", "0.4%").about == "dollar index"


def test_treasury_yield_is_about_the_treasury() -> None:
    assert one("The 10-year Treasury yield rose to 4.5%.", "4.5%").about == "Treasury"


def test_acronym_opening_its_measure() -> None:
    text = "Saudi Arabia pumped 9 million barrels per day in March. OPEC output rose 110,000 bpd."
    assert one(text, "110,000").about == "OPEC"


def test_trade_term_is_no_name() -> None:
    fact = one("CIF imports were 2.76 billion against 2.31 billion.", "2.76 billion", headline="KOREA TRADE")
    assert fact.about != "CIF"


def test_capitalised_common_word_is_no_name() -> None:
    fact = one("Manufacturing output rose 0.5 pct in February.", "0.5 pct", headline="U.S. OUTPUT RISES")
    assert fact.about != "Manufacturing"


def test_metric_ton_is_a_denominator() -> None:
    fact = one("Benchmark copper on the London Metal Exchange rose 1.4% to $9,650 a metric ton.", "$9,650")
    assert fact.about is not None and "copper" in fact.about.lower()
