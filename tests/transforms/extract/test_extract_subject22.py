"""Subjects on fresh general news (subject22): a duration that spans a clause whose verb has an object
or is passive, a forecast apposed after the figure it forecasts, a plural noun before a past verb that
moves a figure, a poll lead apposed after a share.

Every sentence is written for the test, none is a dev-set item; each rule has lookalikes it must
not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Gusts of 90mph were recorded at coastal stations in just six hours.", "six hours"),
        ("Rainfall of 250mm was recorded in parts of the region in just eight hours.", "eight hours"),
        ("More than 9,000 people fled after 300mm of rain fell in 24 hours.", "24 hours"),
    ],
)
def test_a_span_of_a_clause_with_an_object_measures_nothing(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The strike lasted over six weeks.", "six weeks", "strike"),
        # a definite owner keeps the span (the labelled convention: "The probe will travel 6.3 billion km
        # over seven years": the probe)
        ("The festival drew 200,000 visitors over four days.", "four days", "festival"),
        ("Its 5,000mAh battery charges fully in 38 minutes.", "38 minutes", "battery"),
    ],
)
def test_a_span_of_an_intransitive_verb_keeps_its_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Shell made $6.03 billion in profit, beating analyst forecasts of $5.4 billion.", "$5.4", "profit"),
        ("Revenue was $4bn, ahead of market expectations of $3.8bn.", "$3.8bn", "revenue"),
        ("Net income was £2bn, compared with a consensus estimate of £1.8bn.", "£1.8bn", "income"),
    ],
)
def test_a_forecast_after_a_figure_measures_what_it_does(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # an auction's estimate is a figure of its own
        ("The vase sold for $6 million, triple its low estimate of $2 million.", "$2 million", "estimate"),
        # a target is set, not forecast
        ("Inflation rose to 2.6%, above the bank's target of 2%.", "2%", "target"),
    ],
)
def test_an_estimate_or_target_of_its_own_stays(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Brent crude futures settled down 68 cents at $73.12 a barrel.", "68 cents", "future"),
        ("Treasury yields climbed to 4.5% on Friday.", "4.5%", "yield"),
        # a verb in -s before a past participle that is no change stays a verb
        ("The firm sells used cars for $5,000.", "$5,000", "car"),
    ],
)
def test_a_plural_noun_before_a_past_verb_that_moves_a_figure(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The Liberals are on 38% support, six points ahead of the Conservatives.", "six points", "support"),
        ("The senator has 47% approval in a poll of 1,200 voters, 3 points behind.", "3 points", "approval"),
    ],
)
def test_a_lead_apposed_after_a_share_is_in_that_share(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("About 40% of those surveyed said they would not renew.", "40%", "those"),
        ("Some 55% of adults polled backed the ban.", "55%", "adult"),
        # a noun in -ed stays
        ("The farm lost 20% of its seed.", "20%", "seed"),
    ],
)
def test_a_participle_after_its_noun_is_no_head(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Fares on regulated routes will rise by 4.6% in March.", "4.6%", "fare"),
        ("Prices of imported goods rose 3% last month.", "3%", "price"),
        # an -ed word that is the verb still ends the phrase
        ("The price of copper jumped 3%.", "3%", "price"),
    ],
)
def test_an_adjective_in_a_prepositional_tail_is_no_verb(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Coffee prices have doubled in two years, with arabica hitting $3.44 a pound.", "$3.44", "arabica"),
        ("Stocks fell, with the pound trading at $1.27.", "$1.27", "pound"),
        ("Markets rallied, with the Nasdaq closing up 2.1%.", "2.1%", "nasdaq"),
        ("Sterling fell 0.8%, with the euro little changed at 0.83 pence.", "0.83 pence", "euro"),
        # a share of something keeps its whole
        ("Exports rose, with electric models making up 38% of shipments.", "38%", "shipment"),
    ],
)
def test_an_absolute_clause_names_what_its_figure_measures(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
