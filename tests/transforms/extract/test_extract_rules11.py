"""Money facts whose subject is what the sum pays for, added in extractor 1.11.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Class 1: a sum spent doing something pays for the object of the doing, or for the doing itself
# when its object is a measure ("resurfacing 38 miles of roads").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The operator will spend £2.3bn extending fibre broadband to rural villages.",
            "£2.3bn",
            "broadband",
        ),
        ("The firm spent $40m fighting the lawsuit.", "$40m", "lawsuit"),
        ("The state will spend $1bn a year funding research.", "$1bn", "research"),
        ("The council will spend £6.1m repairing 40 miles of pavements.", "£6.1m", "repairing"),
        ("The province is investing C$90m upgrading its ferry terminals.", "C$90m", "terminal"),
    ],
)
def test_a_sum_spent_doing_something(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 2: a restated sum "(£1.2bn)" or a span of time between the sum and "for"/"in" does not hide
# what the sum pays for; a named buy after "pay ... for" keeps its capitalised words.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The insurer agreed to pay €1.4bn (£1.2bn) for Dutch pensions group Veldhuis.",
            "€1.4bn",
            "veldhuis",
        ),
        (
            "The insurer agreed to pay €1.4bn (£1.2bn) for Dutch pensions group Veldhuis.",
            "£1.2bn",
            "veldhuis",
        ),
        ("The group agreed to pay $800m for the German software maker.", "$800m", "maker"),
        (
            "The utility will invest 300 mln dlrs over the next four years in a new gas turbine plant.",
            "300 mln",
            "plant",
        ),
        ("The chain will spend $650m next year on new warehouses.", "$650m", "warehouse"),
    ],
)
def test_an_aside_between_the_sum_and_what_it_pays_for(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 3: a sum owed to someone is measured by whom it is owed to; a sum added to somebody's thing
# by the thing, not its owner.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The club owes £30m to its former owner.", "£30m", "owner"),
        ("The airline owed $120m to its lenders.", "$120m", "lender"),
        ("Fares will rise, adding about £150 a year to an average commuter's annual pass.", "£150", "pass"),
    ],
)
def test_owed_to_and_added_to(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Negative cases: a time or a place after the sum, or an -ing word that is no doing, names nothing paid for.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The city spent £3m during the storm.", "£3m"),
        ("The group will pay $5m in London.", "$5m"),
        ("The company spent $2m including fees.", "$2m"),
        ("The state invested $4bn, bringing its stake to 30%.", "$4bn"),
    ],
)
def test_no_thing_paid_for(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


# Class 4: a sum raised in a fundraising is measured by the fundraising ("a funding round", "offerings").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The startup raised $300m in a funding round led by Sequoia.", "$300m", "round"),
        ("The lender is raising 400 mln dlrs via offerings of notes due 1995.", "400 mln", "offering"),
        ("The group raised £80m through a share placing.", "£80m", "placing"),
        ("The chipmaker raised $1.2bn in its stock market listing.", "$1.2bn", "listing"),
    ],
)
def test_a_sum_raised_in_a_fundraising(text: str, surface: str, head: str) -> None:
    fact = one(text, surface)
    assert fact.subject_head == head
    assert fact.change is None


# Class 5: a spent share restated as a sum (", or €31bn") pays for what the share is spent on, and a
# sum restated in brackets in another currency measures what the first sum measures.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Spain will spend 2.1% of its GDP on housing next year, or 31 billion euros ($36 billion).",
            "31 b",
            "housing",
        ),
        (
            "Spain will spend 2.1% of its GDP on housing next year, or 31 billion euros ($36 billion).",
            "$36",
            "housing",
        ),
        ("The city will invest 3% of its budget in parks, or about $12m.", "$12m", "park"),
        ("The retailer will spend £400m ($510m) on new stores.", "$510m", "store"),
    ],
)
def test_a_restated_sum_pays_for_the_same_thing(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_restatement_without_a_spending_verb_names_nothing() -> None:
    assert one("The company spent its reserves, or $40m.", "$40m").subject_head is None


# Class 6: a sum cut from something is measured by what it is cut from ("net" is net income); a sum
# of a named issue of securities by the securities.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The bill would cut about $600 billion from Medicaid over a decade.", "$600", "medicaid"),
        ("The strike could slice about 20 mln dlrs from the full year's net.", "20 mln", "income"),
        ("The plan cuts $3bn from next year's budget.", "$3bn", "budget"),
        ("The firm will redeem 3.5 mln dlrs of the 11-1/4 pct debentures.", "3.5 mln", "debenture"),
    ],
)
def test_a_sum_cut_from_something_or_of_securities(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 7: a plural noun right before a bounded sum ("up to", "between") is what the sum sizes; a verb
# in that place ("costs up to") is not.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The insurers will cover deposits up to 40,000 crowns.", "40,000", "deposit"),
        ("The scheme covers savings accounts up to £85,000.", "£85,000", "account"),
        ("It expects losses up to $4m.", "$4m", "loss"),
    ],
)
def test_a_noun_before_a_bounded_sum(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_verb_before_a_bounded_sum_is_no_subject() -> None:
    assert one("The plan costs up to $5m.", "$5m").subject_head != "cost"


# Class 8: a sum that may grow to a second ("a fee of £40m, rising to £48m") lends the second its subject.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The club agreed a fee of £40m, rising to £48m with bonuses.", "£48m", "fee"),
        ("He will earn a salary of $300,000, rising to $350,000 next year.", "$350,000", "salary"),
    ],
)
def test_a_sum_rising_to_a_second(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
