"""Reuters-night hand audit (reuters26): bare sums of money-only nouns, the company an all-capitals
headline opens on, "First" in bank names, days written before a year, payouts per depositary unit."""

from extract_helpers import one

from transforms.extract import extract


def test_bare_sales_in_millions_take_the_story_currency() -> None:
    text = (
        "Dalton Stores Inc said total sales for the five weeks ended March 28 rose 9.2 pct "
        "to 512 mln, from 469 mln."
    )
    fact = one(text, "512 mln", headline="DALTON STORES <DST> MARCH SALES UP", dateline="CHICAGO")
    assert fact.unit == "US dollar"
    assert fact.kind == "money"


def test_sales_of_goods_stay_a_count() -> None:
    text = "Feed sales totalled 14.2 mln tonnes in 1986 against 13.9 mln a year ago."
    fact = one(text, "13.9 mln", headline="JAPAN FEED SALES RISE", dateline="TOKYO")
    assert fact.unit == "tonne"


def test_bare_deficit_takes_the_sentence_currency() -> None:
    text = (
        "Taxes would bring in 31.2 billion shillings, leaving a deficit of 12.7 billion "
        "to be met by borrowing."
    )
    fact = one(text, "12.7 billion", headline="KENYA BUDGET UNVEILED", dateline="NAIROBI")
    assert fact.kind == "money"
    assert fact.unit is not None and fact.unit.endswith("shilling")


def test_market_turnover_is_no_sum_of_money() -> None:
    text = "The index gained 3.1 points to 1,204.5 in turnover of 11 mln against nine mln yesterday."
    fact = one(text, "11 mln", headline="TOKYO STOCKS RISE", dateline="TOKYO")
    assert fact.kind == "count"


def test_headline_opening_on_a_body_company_is_that_company() -> None:
    text = (
        "Quebec Savings Inc is issuing a 75 mln Canadian dlr bond due 1992 at 101 pct.\n"
        "Denominations are of 1,000 and 5,000 Canadian dlrs."
    )
    fact = one(text, "5,000", headline="QUEBEC SAVINGS ISSUES CANADIAN DOLLAR BOND", dateline="LONDON")
    assert fact.about == "Quebec Savings Inc"


def test_first_stays_in_a_bank_name() -> None:
    text = "First Lakeshore Bancorp said it will add 40 mln dlrs to its loan loss reserve."
    fact = one(text, "40 mln dlrs", headline="FIRST LAKESHORE <FLB> ADDS TO RESERVE", dateline="DALLAS")
    assert fact.about == "First Lakeshore Bancorp"


def test_day_before_a_year_without_comma_is_a_date() -> None:
    text = "Kato spent 12.5 billion yen on research in the year ended March 31 1986, it said."
    assert all(fact.surface != "31" for fact in extract(text))


def test_payout_per_depositary_unit_is_the_distribution() -> None:
    text = "The partnership declared a cash distribution of 18 cts a depositary unit, up four pct."
    fact = one(text, "18 cts", headline="ELM REALTY <ELM> RAISES PAYOUT", dateline="BOSTON")
    assert fact.subject_head == "distribution"


def test_cost_per_mile_keeps_its_cost() -> None:
    text = "Owners paid 31.5 cents a mile, under the estimated 36.5 cents a mile cost of new cars."
    fact = one(text, "36.5 cents")
    assert fact.subject_head == "cost"


def test_today_opening_a_sentence_is_no_entity() -> None:
    text = "Today's tremor was felt over an area of 80 square km, the institute said."
    fact = one(text, "80 square km", headline="TREMOR SHAKES PERU", dateline="LIMA")
    assert fact.about != "Today"


def test_levels_after_a_percent_change_past_a_comma_are_its_subjects() -> None:
    text = "Harlan Corp said total revenues for March rose 9 pct, to 64.2 mln dlrs, from 58.9 mln dlrs."
    assert one(text, "64.2 mln dlrs").subject_head == "revenue"
    assert one(text, "58.9 mln dlrs").subject_head == "revenue"


def test_levels_in_another_unit_than_the_percent_are_its_subjects() -> None:
    text = "Output is forecast to increase 12.5 pct to 3.1 mln tonnes from 2.76 mln."
    assert one(text, "3.1 mln tonnes").subject_head == "output"
