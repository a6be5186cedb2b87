"""Subject and about fixes on Reuters wire copy added in extractor reuters41.

Every sentence here is written for the test in Reuters style, none is corpus or dev-set text; the
lookalikes are sentences the rules must leave alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Two tenors that share one noun ("medium- and long-term debt") are the noun's modifiers: the
# subject runs on to the noun, never stopping at the first tenor.
@pytest.mark.parametrize(
    ("text", "surface", "subject", "head"),
    [
        (
            "Chile rescheduled 4.2 billion dlrs of medium- and long-term debt owed to banks.",
            "4.2 billion dlrs",
            "medium- and long-term debt",
            "debt",
        ),
        (
            "The bank placed 310 mln dlrs of medium and long-term loans to Peru on non-accrual.",
            "310 mln dlrs",
            "medium and long-term loans",
            "loan",
        ),
        (
            "The agency will sell 900 mln dlrs of short- and medium-term notes next week.",
            "900 mln dlrs",
            "short- and medium-term notes",
            "note",
        ),
    ],
)
def test_tenors_share_their_noun(text: str, surface: str, subject: str, head: str) -> None:
    fact = one(text, surface)
    assert fact.subject == subject
    assert fact.subject_head == head


def test_tenor_lookalike_keeps_plain_noun() -> None:
    fact = one("The bank holds 310 mln dlrs of long-term loans to Peru.", "310 mln dlrs")
    assert fact.subject_head == "loan"


# A figure in a reported clause with a proper name of its own ("X said Ecuador had repaid N") is
# about that name, not about the one who reports it.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Finance Minister Carlos Mendez said on Tuesday that Ecuador had repaid 410 mln dlrs of "
            "principal so far this year.",
            "410 mln dlrs",
            "Ecuador",
        ),
        (
            "Harlan Industries Inc said Tolvex Corp has agreed to be acquired for 31 dlrs per share.",
            "31 dlrs",
            "Tolvex Corp",
        ),
    ],
)
def test_reported_clause_names_its_owner(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_reported_clause_pointing_back_at_the_sayer() -> None:
    # "the company's revenues" is the sayer's own: the figure stays about the sayer
    fact = one(
        "Harlan Industries Inc said Tolvex Corp has accounted for about 40 pct of the company's revenues.",
        "40 pct",
    )
    assert fact.about == "Harlan Industries Inc"


# An earnings note's subject read across its verb ("Results include extraordinary") is the item the
# note books, with the noun the phrase was cut before.
@pytest.mark.parametrize(
    ("text", "surface", "subject", "head"),
    [
        (
            "Results include extraordinary gains of 412,000 dlrs or five cts per share in 1986.",
            "412,000 dlrs",
            "extraordinary gains",
            "gain",
        ),
        (
            "NOTE: Results exclude credits of 98,000 and 233,000 for the quarter and year.",
            "233,000",
            "credits",
            "credit",
        ),
        (
            "Net excludes tax loss carryforward 1,210,000 dlrs vs 730,000 dlrs in year.",
            "1,210,000 dlrs",
            "tax loss carryforward",
            "carryforward",
        ),
    ],
)
def test_note_item_after_its_verb(text: str, surface: str, subject: str, head: str) -> None:
    fact = one(text, surface, headline="ACME CORP <ACM> 4TH QTR NET", dateline="DENVER")
    assert fact.subject == subject
    assert fact.subject_head == head


def test_note_item_stops_before_a_participle() -> None:
    fact = one(
        "NOTE: 1986 net includes charges totaling 41 mln dlrs.",
        "41 mln dlrs",
        headline="ACME CORP <ACM> 4TH QTR NET",
        dateline="DENVER",
    )
    assert fact.subject_head == "charge"


# A loan's margin, quoted bare in a story of loans or facilities, is a rate; a profit margin and a
# fee stay percent.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Drawings under the standby facility will be at a margin of 0.15 pct per annum.",
            "0.15 pct",
            "rate",
        ),
        (
            "Lenders will not accept a package for Peru with a margin of 7/8 pct on the loans.",
            "7/8 pct",
            "rate",
        ),
        ("Operating margins slipped to 9.5 pct from 11.2 pct on lower loan demand.", "9.5 pct", "percent"),
        ("Banks will receive an underwriting fee of 0.0625 pct on the facility.", "0.0625 pct", "percent"),
    ],
)
def test_loan_margin_is_a_rate(text: str, surface: str, kind: str) -> None:
    assert one(text, surface).kind == kind


# A body named for its field runs on across "and" to the field's last word.
def test_body_name_runs_across_and() -> None:
    fact = one(
        "Borrowing fell to 19.2 billion dlrs in May, the Organisation for Economic Cooperation and "
        "Development said in its monthly report.",
        "19.2 billion dlrs",
        dateline="PARIS",
    )
    assert fact.about == "Organisation for Economic Cooperation and Development"


def test_body_name_stops_before_a_second_name() -> None:
    # "and" before a run of two capitalised words joins a second body, not the first one's field
    fact = one(
        "The Ministry of Finance and Bank Negara said reserves rose to 12.4 billion ringgit.",
        "12.4 billion ringgit",
    )
    assert fact.about != "Ministry of Finance and Bank"


# A headline may write its company in round brackets where others use angles, or open on a
# "(CORRECTED) -" notice: neither bracket nor notice is part of the company's name.
@pytest.mark.parametrize(
    ("headline", "about"),
    [
        ("(BRANDON MILLS CORP INC) 4TH QTR NET", "Brandon Mills Corp Inc"),
        ("(CORRECTED) - KESTREL FOODS <KSF> 2ND QTR LOSS", "Kestrel Foods"),
    ],
)
def test_bracketed_headline_company(headline: str, about: str) -> None:
    fact = one("Shr profit 26 cts vs loss nine cts", "26 cts", headline=headline, dateline="CHICAGO")
    assert fact.about == about
