"""Reuters-night audit 28: year periods are no amounts, per-share sums that modify a noun."""

from extract_helpers import one

from transforms.extract import extract


def test_year_period_is_no_fact() -> None:
    facts = extract("The ministry said repayments falling due between 1988 and 1993 would be stretched out.")
    assert facts == []


def test_year_to_year_is_no_fact() -> None:
    facts = extract("The programme covers the years 1987 to 1991, the agency said.")
    assert facts == []


def test_grouped_range_is_kept() -> None:
    fact = one("Exports were seen at 1,500 to 2,000 tonnes a month.", "1,500")
    assert fact.unit == "tonne"


def test_per_share_offer_heads_on_the_offer() -> None:
    fact = one("Acme Corp said it extended its 31.50 dlr per share tender offer for Beta Inc.", "31.50")
    assert fact.subject_head == "offer"


def test_per_share_dividend_heads_on_the_dividend() -> None:
    fact = one("Gamma Inc said its board declared a nine ct per share quarterly dividend.", "nine ct")
    assert fact.subject_head == "dividend"


def test_per_share_across_a_verb_is_not_attributive() -> None:
    fact = one("Brokers said the bid was between 15 and 20 dlrs per share too low.", "between 15")
    assert fact.subject_head != "low"
