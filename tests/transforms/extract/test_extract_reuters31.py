"""Rules of the reuters31 audit: bare institution heads, rating headlines and raters, booked gains,
numbered nouns and "payable" in subjects."""

from __future__ import annotations

from extract_helpers import one

MARKET = (
    "The Bank of England said it had provided the money market with 100 mln stg assistance.\n\n"
    "Earlier, the Bank forecast a deficit of around 1.75 billion stg.\n\n"
    "The central bank purchased bank bills outright comprising 393 mln stg in band one at 9-7/8 pct "
    "and 649 mln stg in band two at 9-13/16 pct."
)


def test_bare_bank_is_the_bank_named_before() -> None:
    assert one(MARKET, "1.75 billion").about == "Bank of England"


def test_nearest_full_name_and_not_a_body_before_and() -> None:
    text = (
        "Baker spoke to the International Monetary Fund and World Bank.\n\n"
        "He said the U.S., as 34.5 pct shareholder of the Bank, should have more say."
    )
    assert one(text, "34.5 pct").about == "World Bank"


def test_full_name_stops_at_title_and_keeps_and() -> None:
    text = "Bank of Japan Governor Satoshi Sumita said it would act.\n\nSumita said the Bank will take six."
    assert one(text, "six").about == "Bank of Japan"
    text = "The Securities and Exchange Commission said it would act.\n\nThe Commission fined it 3 mln dlrs."
    assert one(text, "3 mln").about == "Securities and Exchange Commission"


def test_numbered_noun_heads_its_number() -> None:
    assert one(MARKET, "9-13/16").subject_head == "band"


def test_rating_headline_names_the_rated_company() -> None:
    text = (
        "Duff and Phelps today lowered the senior debt rating of Mellon Bank Corp.\n\n"
        "These rating changes affect approximately 607 mln dlrs of securities."
    )
    assert (
        one(text, "607 mln", headline="DUFF/PHELPS DOWNGRADES MELLON BANK CORP <MEL>").about
        == "Mellon Bank Corp"
    )


def test_rater_after_rated_by_is_not_about() -> None:
    text = (
        "Black and Decker Corp is raising 100 mln dlrs via an offering of notes, said First Boston.\n\n"
        "Non-callable for seven years, the issue is rated Baa-2 by Moody's Investors Service Inc and "
        "A-minus by Standard and Poor's Corp."
    )
    fact = one(text, "seven years", headline="BLACK AND DECKER <BDK> SELLS 10-YEAR NOTES")
    assert fact.about is not None and fact.about.lower() == "black and decker"


def test_booked_gain_is_the_subject() -> None:
    fact = one(
        "NOTE: Operating net excludes extraordinary gains of 231,000 dlrs, or four cts a share.", "231,000"
    )
    assert (fact.subject, fact.subject_head) == ("extraordinary gains", "gain")
    assert one("Net includes a pretax gain of 4.3 mln dlrs on the sale.", "4.3 mln").subject_head == "gain"


def test_payable_stands_after_its_noun() -> None:
    assert one("Net interest payable 33.6 mln vs 32.2 mln", "33.6").subject_head == "interest"
    assert one("It declared a dividend of 30 cts a share payable May 15.", "30 cts").kind == "money"
