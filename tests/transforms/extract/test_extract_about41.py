"""about41: market class nouns, a country's next figures, a place after an anaphor, a short name."""

from extract_helpers import one


def test_global_benchmark_is_the_market_named_before() -> None:
    text = "Brent crude futures fell 1.4% to $78.20 a barrel. The global benchmark has lost 9% this month."
    assert one(text, "9%", headline="Oil slips on demand worries", dateline="LONDON").about in (
        "Brent",
        "Brent crude",
    )


def test_the_metal_is_the_commodity_named_before() -> None:
    text = "Spot gold rose 0.8% to $2,650 an ounce. The metal is up 28% this year."
    assert one(text, "28%", headline="Gold climbs", dateline="NEW YORK").about in ("gold", "Spot gold")


def test_benchmark_index_over_the_headline_place() -> None:
    text = "The S&P 500 fell 0.6% to 5,120.3 points. The benchmark index has risen 8% so far this year."
    assert one(text, "8%", headline="Wall Street ends lower", dateline="NEW YORK").about == "S&P 500"


def test_named_index_keeps_its_own_name() -> None:
    text = (
        "The all ordinaries index rose 10.3 points to 1,743.7. The gold index added 44.7 points to 3,073.9."
    )
    assert one(text, "44.7", dateline="SYDNEY").about != "all ordinaries index"


def test_country_figure_goes_on_in_a_bare_next_sentence() -> None:
    text = "China's exports rose 7.6% in May from a year earlier, customs data showed. Imports fell 0.7%."
    assert one(text, "0.7%", dateline="BEIJING").about == "China"


def test_anaphor_company_over_a_place_after_the_figure() -> None:
    text = "UBS said it aims to cut costs by $13 billion. The Swiss bank will shed 3,000 jobs in Switzerland."
    fact = one(text, "3,000", headline="UBS to cut costs", dateline="ZURICH")
    assert fact.about == "UBS"
    assert fact.place == "Switzerland"


def test_short_name_of_a_company_spelled_out_before() -> None:
    text = (
        "Exxon Mobil agreed to buy Pioneer Natural Resources for $59.5 billion. "
        "Pioneer produces about 700,000 barrels of oil per day."
    )
    assert (
        one(text, "700,000", headline="Exxon to buy Pioneer", dateline="HOUSTON").about
        == "Pioneer Natural Resources"
    )


def test_the_bank_is_the_owner_written_before_it() -> None:
    text = "Kenya's central bank cut its lending rate to 12.75%. The bank said inflation slowed to 2.8%."
    assert one(text, "2.8%", dateline="NAIROBI").about == "Kenya"
