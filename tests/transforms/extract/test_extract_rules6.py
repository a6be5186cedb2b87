"""Systematic classes fixed in extractor 1.7, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Class 1: a proper name the sentence cites ("..., Moneyfacts said") is what its figures are
# about, before a definite common noun of the clause; a person or a news outlet is not.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "The average five-year fixed rate rose to 5.2% from 5.0% last month, Rightmove said.",
            "5.2%",
            "Rightmove",
        ),
        (
            "The new tablet weighs 480g and its battery lasts 14 hours, Lenovo said.",
            "14 hours",
            "Lenovo",
        ),
    ],
)
def test_a_cited_name_comes_before_a_common_noun(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_cited_person_is_not_what_a_figure_is_about() -> None:
    fact = one("The old bridge carried 40,000 cars a day, Maria Lopez said.", "40,000")
    assert fact.about != "Maria Lopez"


def test_a_cited_common_noun_stays_when_no_name_is_cited() -> None:
    fact = one("Wind turbines produced 9.4 gigawatts on Sunday, the grid operator said.", "9.4 gigawatts")
    assert fact.about == "grid operator"


# Class 2: a level quoted in wire eighths or sixteenths after "at", "to" or "from" is a dealing
# rate; a fee, a share of a whole and a change are not.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The central bank bought 55 mln stg of bills in band three at 9-15/16 pct.", "9-15/16 pct", "rate"),
        ("It lent overnight funds to the banks at 12-1/4 pct on Friday.", "12-1/4 pct", "rate"),
        ("Exports posted a 4-1/2 pct rise in January.", "4-1/2 pct", "percent"),
        ("The group raised its holding to 12-1/2 pct of the company.", "12-1/2 pct", "percent"),
    ],
)
def test_a_fraction_level_is_a_rate(text: str, surface: str, kind: str) -> None:
    assert one(text, surface).kind == kind


# Class 3: support and resistance levels of a currency are its price, like "at".
@pytest.mark.parametrize("surface", ["1.612 dlrs", "about 1.62 dlrs", "1.64 dlrs"])
def test_support_and_resistance_quotes_are_prices(surface: str) -> None:
    text = "Dealers put sterling's support at 1.612 dlrs, with resistance about 1.62 dlrs and 1.64 dlrs."
    assert one(text, surface).kind == "price"


# Class 4: a bare scaled figure in a sentence whose amounts are all in one currency takes it;
# one followed by a noun counts that noun.
@pytest.mark.parametrize("surface", ["3.10 billion", "4.02 billion"])
def test_a_bare_scaled_figure_takes_the_sentence_currency(surface: str) -> None:
    text = (
        "Farm exports rose to 4.15 billion dlrs from 3.98 billion, while machinery exports "
        "fell to 3.10 billion from 4.02 billion."
    )
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == ("US dollar", "money")


def test_a_scaled_figure_before_a_noun_stays_a_count() -> None:
    text = "The state spent 2.4 billion dlrs on schools and now serves 1.2 mln pupils."
    fact = one(text, "1.2 mln")
    assert (fact.unit, fact.kind) == (None, "count")


# Class 5: an amount or tenor that is an adjective of a security measures the security.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Sony will issue a 30 billion yen, seven-year, 5.2 pct eurobond next week.", "30 billion yen"),
        ("Sony will issue a 30 billion yen, seven-year, 5.2 pct eurobond next week.", "seven-year"),
        ("The utility placed 75 mln Australian dollar denominated notes with investors.", "75 mln"),
    ],
)
def test_an_amount_before_a_security_measures_it(text: str, surface: str) -> None:
    assert one(text, surface).subject_head in ("eurobond", "note")


def test_an_amount_of_a_security_keeps_its_own_subject() -> None:
    assert one("The company sold 10 mln dlrs of notes to investors.", "10 mln dlrs").subject_head == "note"


# Class 6: the story's company is the first the body marks, by a ticker after its name or by
# angle brackets, not the first bracketed one when a ticker marks an earlier name.
def test_the_story_opens_on_its_company() -> None:
    text = (
        "Hollis <HOL> Corp, facing a hostile bid, agreed to a 1.2 billion dlr buyout by "
        "<Grange Capital Partners Inc>. The notes will be redeemable at 104 pct in the first year."
    )
    fact = one(text, "104 pct", headline="HOLLIS AGREES TO BUYOUT BY GRANGE FIRM", dateline="NEW YORK")
    assert fact.about == "Hollis"


def test_a_bracketed_company_before_any_ticker_stays_the_company() -> None:
    text = (
        "<Grange Capital Partners Inc> said it bought 5.1 pct of Hollis <HOL> Corp. "
        "The notes will be redeemable at 104 pct in the first year."
    )
    fact = one(text, "104 pct", headline="GRANGE TAKES STAKE IN HOLLIS", dateline="NEW YORK")
    assert fact.about == "Grange Capital Partners Inc"


# Class 7: a sentence that opens on "the bank" or "it" refers back for all its figures, however
# long the sentence, until a clause opens a subject of its own.
def test_an_opening_anaphor_holds_across_a_long_sentence() -> None:
    text = (
        "The Bank of England gave the market 120 mln stg of help this morning. "
        "The central bank bought bills outright comprising 36 mln stg in band one at 9-7/8 pct, "
        "85 mln stg in band two at 9-13/16 pct, 47 mln stg in band three at 9-3/4 pct "
        "and 12 mln stg in band four at 9-11/16 pct."
    )
    fact = one(text, "9-11/16 pct", headline="U.K. MONEY MARKET GIVEN HELP", dateline="LONDON")
    assert fact.about == "Bank of England"


# Class 8: a list of durations after "<noun> of" measures the noun.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The CDs carry maturities of three months, six months and one year.", "one year", "maturity"),
        ("The state sold two notes with loan periods of seven years and 12 years.", "seven years", "period"),
        ("The state sold two notes with loan periods of seven years and 12 years.", "12 years", "period"),
    ],
)
def test_a_list_of_durations_measures_its_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
