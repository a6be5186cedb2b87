"""Reuters audit 22: share moves in wire quotes, currency futures quotes, comma lists sharing a unit,
sums stated "in X terms", and issue prices in percent (sentences written in Reuters style)."""

from __future__ import annotations

import pytest
from extract_helpers import one, surfaces

_BROKERS = "Brokers were mixed. Beta Group <BGP> fell 1/2 to 36, and Gamma Corp <GMC> slid 3/8 to 49-3/4."


# A company's share moving in wire eighths, with a ticker or shares nearby: the move and the level.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brokers were mixed. Acme Securities <ACS> fell one to 41-1/4.", "one"),
        ("Brokers were mixed. Acme Securities <ACS> fell one to 41-1/4.", "41-1/4"),
        (_BROKERS, "36"),
        (_BROKERS, "49-3/4"),
        ("Beta Group <BGP> rose. Delta and Co Inc was off 7/8 at 42-3/8.", "42-3/8"),
        ("The Acme share price was off 5/8 at 37-1/2 in busy trading.", "37-1/2"),
    ],
)
def test_company_move_in_eighths_is_a_share_price(text: str, surface: str) -> None:
    fact = one(text, surface, "ACME SECURITIES <ACS> DENIES RUMORS", "NEW YORK")
    assert (fact.kind, fact.unit) == ("price", "US dollar")


def test_company_move_lookalikes() -> None:
    # nothing names shares or a ticker: left a count, as before
    assert one("Acme Industries rose 1-1/8 to 31-5/8 in heavy trading.", "31-5/8").kind == "count"
    # a farm future is quoted in cents and eighths too
    text = "Stocks were firm. Soybeans rose 1-1/2 to 503 in late trade."
    assert one(text, "503", None, "CHICAGO").kind != "price"
    # something counted after the level
    text = "Acme Corp <ACM> said output rose 1-1/2 to 36 units a day."
    assert one(text, "36", None, "NEW YORK").unit != "US dollar"


# A currency or its future quoted in US dollars to four decimals or more.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("June marks finished the day at 0.5512, analysts said.", "0.5512"),
        ("He expects September yen futures to advance toward the 0.007200 area.", "0.007200"),
        ("Swiss francs could climb to a range between 0.6900 and 0.6950.", "0.6900"),
    ],
)
def test_currency_future_quote(text: str, surface: str) -> None:
    fact = one(text, surface, None, "CHICAGO")
    assert (fact.kind, fact.unit) == ("price", "US dollar")


def test_currency_quote_lookalikes() -> None:
    assert one("The debt to equity ratio was 0.4512 at the end of the year.", "0.4512").kind != "price"
    fact = one("The franc eased to 0.9480 per euro in thin trade.", "0.9480", None, "GENEVA")
    assert fact.unit == "Swiss franc"


# A comma list whose last item (or range) writes the unit: every item is in it.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The sets come with 18, 19 or 20 inch screens.", "18", "inch"),
        ("The group bought 5, 10 and 15 pct stakes in the firms.", "5", "percent"),
        ("The group bought 5, 10 and 15 pct stakes in the firms.", "10", "percent"),
    ],
)
def test_comma_list_shares_the_unit(text: str, surface: str, unit: str) -> None:
    assert one(text, surface).unit == unit


def test_comma_list_lookalikes() -> None:
    # a count before a percent in apposition is no list
    assert one("The company has 300 workers, 20 pct of them part-time.", "300").unit is None


def test_sums_in_currency_terms() -> None:
    text = "In guilder terms, pre-tax profits fell three pct to 3.69 billion from 3.81 billion."
    for surface in ("3.69 billion", "3.81 billion"):
        fact = one(text, surface, None, "LONDON")
        assert (fact.kind, fact.unit) == ("money", "guilder")
    # "in real terms" names no currency
    assert one("In real terms, output rose to 3.2 billion.", "3.2 billion").unit is None


@pytest.mark.parametrize(
    "text",
    ["The issue price will be 101.75 pct of the principal.", "The redemption price is 102 pct."],
)
def test_issue_price_in_percent(text: str) -> None:
    fact = one(text, "pct", None, "NEW YORK")
    assert (fact.kind, fact.unit) == ("price", "percent")


# A bare sum of a noun only money measures is money in the currency the story last named.
@pytest.mark.parametrize(
    ("text", "surface", "dateline", "unit"),
    [
        (
            "The net loss of 688 mln francs in 1986 was under the 756 mln loss of 1985.",
            "756 mln",
            "PARIS",
            "French franc",
        ),
        ("NOTE: 1985 net includes 788,000 credit.", "788,000", "NEW YORK", "US dollar"),
        (
            "Shr loss 12 cts vs profit 20 cts. Oper profit 474,000 vs loss 1,175,000",
            "474,000",
            "TORONTO",
            "Canadian dollar",
        ),
    ],
)
def test_bare_sum_is_money(text: str, surface: str, dateline: str, unit: str) -> None:
    fact = one(text, surface, "ACME CORP <ACM> YEAR NET", dateline)
    assert (fact.kind, fact.unit) == ("money", unit)


def test_bare_sum_lookalikes() -> None:
    # a small figure counts what follows
    assert one("It combined two existing credit lines into one.", "two").unit is None


# Earnings notes: what comes "from discontinued operations" is the loss or income, not the operations.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("NOTE: Year net excludes losses from discontinued operations of 764,000 dlrs.", "764,000", "loss"),
        ("NOTE: Excludes income from discontinued operations of 1,478,000 vs 952,000.", "952,000", "income"),
    ],
)
def test_from_discontinued_operations(text: str, surface: str, head: str) -> None:
    fact = one(text, surface, "ACME CORP <ACM> YEAR NET", "NEW YORK")
    assert (fact.subject_head, fact.kind, fact.unit) == (head, "money", "US dollar")


# A linking verb is never the figure's noun.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The company said the damages consist of 25 mln dlrs in compensatory damages.", "25 mln", "damage"),
        ("Fees comprise 1-1/4 pct selling concession and 5/8 pct for management.", "1-1/4", "fee"),
    ],
)
def test_linking_verb_is_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface, None, "NEW YORK").subject_head == head


def test_represents_is_no_subject() -> None:
    assert one("The 857 mln dlrs represents the difference in cost.", "857").subject_head != "represent"


def test_change_noun_over_a_year_to_its_level() -> None:
    text = "The group reported a 20 pct rise in pre-tax profits for 1986 to 1.14 billion stg from 953 mln."
    for surface in ("1.14 billion", "953 mln"):
        assert one(text, surface, None, "LONDON").subject_head == "profit"


def test_diluted_avg_shares_row() -> None:
    text = "Net 100,000 vs 176,000\n\nDiluted avg shrs 2,212,281 vs 2,330,866"
    fact = one(text, "2,330,866", "ACME CORP <ACM> 1ST QTR NET", "AUSTIN")
    assert (fact.subject_head, fact.kind, fact.unit) == ("share", "count", None)


def test_first_half_table_header_is_no_fact() -> None:
    assert "half" not in surfaces("Revs 20.1 mln vs 17.0 mln\n\n1st half\n\nShr 19 cts vs 11 cts")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Each 1,000 ECU bond carries one gold warrant.", "bond"),
        ("Each 5,000 franc note carries nine warrants.", "note"),
    ],
)
def test_denomination_carries_warrants(text: str, head: str) -> None:
    fact = one(text, "000", None, "LONDON")
    assert (fact.kind, fact.subject_head) == ("money", head)


# A bare fraction that moves a quote to a level: read (it was taken for a date or ratio), priced as the level.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Brokers fell. Beta and Co <BTA> slipped 3/8 to 19-1/2.", "3/8", "US dollar"),
        ("The Acme share price was off 5/8 at 37-1/2 in busy trading.", "5/8", "US dollar"),
        ("Texaco's stock rose 1/8 to 34-1/8.", "1/8", "US dollar"),
        ("The 7-1/4 pct bonds fell 5/32 to 99-16/32.", "5/32", "percent"),
    ],
)
def test_fraction_move_to_a_quote(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface, None, "NEW YORK")
    assert (fact.surface, fact.kind, fact.unit) == (surface, "price", unit)


def test_fraction_lookalikes() -> None:
    # a date, and a move whose level is no price, are no facts
    assert surfaces("On 3/8 the company said profits rose.") == []
    assert "1/4" not in surfaces("Output rose 1/4 to 12 in May.")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Drug stocks were mixed, with Beta Inc <BTA> up two to 72-3/4 in the middle group.", "72-3/4"),
        ("Drug stocks were mixed. Gold producer Gamma Resources jumped 1-1/8 to 10-3/8.", "10-3/8"),
        ("Delta's stock closed up 1/2 at 12-5/8 on heavy volume.", "12-5/8"),
    ],
)
def test_share_move_without_a_capitalised_subject(text: str, surface: str) -> None:
    fact = one(text, surface, None, "NEW YORK")
    assert (fact.kind, fact.unit) == ("price", "US dollar")


def test_index_move_in_eighths_is_no_share_price() -> None:
    text = "Stocks rallied. The Dow Jones Industrial Average rose 12-1/2 to 2,300."
    assert one(text, "2,300", None, "NEW YORK").kind == "index_points"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The company will make a new 32-bit microprocessor.", "32-bit", "bit"),
        ("Output of 256 kilobit memory chips was cut.", "256 kilobit", "kilobit"),
        ("It will speed the move to one megabit chips.", "one megabit", "megabit"),
    ],
)
def test_bits_are_data_size(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.kind, fact.unit) == (surface, "data_size", unit)


@pytest.mark.parametrize(
    "text",
    [
        "The group said it sold 60,000 Cyclops common shares since February.",
        "Claremont said it bought 7,800 Champion Products shares in March.",
    ],
)
def test_name_ending_in_s_before_shares(text: str) -> None:
    assert one(text, "00", None, "NEW YORK").subject_head == "share"
