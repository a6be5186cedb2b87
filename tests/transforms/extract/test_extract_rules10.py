"""Fallbacks added in extractor 1.11 for a figure with no subject of its own.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Fallback A: a measure that is its verb's object or complement belongs to the clause's subject,
# read past a prepositional tail, an apposition, auxiliaries and a coordinated verb phrase.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Wind turbines produced 4.2 gigawatts on Tuesday night, the network operator said.",
            "4.2 gigawatts",
            "turbine",
        ),
        ("Flood water rose within 300 metres of the hospital before it receded.", "300 metres", "water"),
        (
            "Bushfires have scorched more than 80,000 hectares across the state this summer.",
            "80,000 hectares",
            "bushfire",
        ),
        (
            "The drought is worsening, and farmers have been told to draw no more than 20 litres a day.",
            "20 litres",
            "farmer",
        ),
        ("The phone weighs little, and its 4,500mAh cell recharges in 25 minutes.", "25 minutes", "cell"),
        ("The new server packs 96 cores, and draws up to 900 watts under load.", "900 watts", "server"),
        (
            "Nickel for three-month delivery on the London Metal Exchange climbed to $19,200 a tonne.",
            "$19,200",
            "nickel",
        ),
        (
            "Ferries were cancelled, as river levels near the capital fell 2.1 metres in a week.",
            "2.1 metres",
            "level",
        ),
        ("Some 1,200 passengers waited more than nine hours at the airport.", "nine hours", "passenger"),
    ],
)
def test_a_measure_belongs_to_its_clause_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It measured 40 metres from end to end.", "40 metres"),  # a pronoun
        ("Siemens Energy installed 3.5 gigawatts last year.", "3.5 gigawatts"),  # a name is about
        ("Nurses struck for 24 hours last week.", "24 hours"),  # how long, of nothing measured
        ("The fund drew 40,000 donors in its first 10 days.", "10 days"),
        ("The typhoon was about 300 km south-east of Okinawa.", "300 km"),  # where, not a measure
        ("The analysts said tankers carried 90,000 litres.", "90,000 litres"),  # past a report
    ],
)
def test_no_clause_subject_for_pronouns_names_spans_and_bearings(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


# Fallback B: a running total ("taking X to N", "bringing the total to N") and a share "of the
# total" or "of all X" count what the sentence counts.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Boeing handed over 41 aircraft in May, taking deliveries so far this year to 212.",
            "212",
            "delivery",
        ),
        ("The bank will close 30 more branches, bringing closures since January to 145.", "145", "closure"),
        (
            "Some 1,800 asylum seekers arrived on Lampedusa on Friday, bringing the total so far this year"
            " to 41,000.",
            "41,000",
            "seeker",
        ),
        (
            "The leak exposed the records of 2.4 million of its patients, about a quarter of the total.",
            "a quarter",
            "patient",
        ),
        (
            "Strikes cancelled 900 services on Monday, about one in five of all trains.",
            "one in five",
            "train",
        ),
        ("The pension fund now holds about 2% of all listed bonds in the country.", "2%", "bond"),
    ],
)
def test_a_running_total_or_a_share_of_the_whole_counts_what_the_sentence_counts(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # a running change measures what changed
        ("Copper prices slid 1.2% on Monday, taking the fall from the May high to about 9%.", "9%", "price"),
        ("Rents rose 4% in June, bringing the increase since January to 11%.", "11%", "rent"),
        # "N more" counts more of what was counted before
        (
            "Tesla delivered 1,900 trucks in June, taking deliveries this year to 6,400, and needs about"
            " 1,600 more to meet its target.",
            "1,600",
            "delivery",
        ),
    ],
)
def test_a_running_change_or_more_of_the_same_takes_the_earlier_subject(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The earthquake killed at least 40 people and left nearly 12,000 without shelter.",
            "12,000",
            "people",
        ),
        (
            "The zoo sold 2.1 million tickets last year, while the aquarium sold 1.4 million.",
            "1.4 million",
            "ticket",
        ),
    ],
)
def test_a_bare_count_counts_what_the_count_before_it_does(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_figure_as_the_clause_subject_owns_the_measure_of_its_verb() -> None:
    text = "About 600 passengers were stranded, and 90 of them waited more than five hours."
    assert one(text, "five hours").subject_head == "passenger"
    after = "Around 5,000 homes lost power, and 800 remained dark after 36 hours."
    assert one(after, "36 hours").subject_head is None  # a point in time, not how long


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The new tram will cut travel times to 25 minutes.", "25 minutes", "time"),
        ("The swimmer lowered the national record by almost two seconds.", "two seconds", "record"),
        ("The insurer raised its forecast to 6%.", "6%", "forecast"),
        (
            "The chain expects margins to widen by 2 percentage points.",
            "2 percentage",
            "margin",
        ),
    ],
)
def test_the_object_a_verb_moves_by_or_to_the_figure_is_its_subject(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


def test_a_tally_is_of_the_voters_not_the_object_voted_on() -> None:
    text = "Members of the union backed the offer by 64% to 36%."
    assert one(text, "64%").subject_head == "member"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The company already holds about 18.5 pct or 2.2 mln Brenco ordinary shares.", "18.5 pct"),
        ("The central bank purchased bills outright in band two at 9-7/8 pct.", "9-7/8 pct"),
        ("The department revised March sales to a 4.1 pct rise.", "4.1 pct"),
    ],
)
def test_an_institution_opening_the_clause_is_its_actor_not_what_the_figure_measures(
    text: str, surface: str
) -> None:
    """An institution is what the figure is about (or who acts), never the thing it measures."""
    assert one(text, surface).subject_head not in ("company", "bank", "department")


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        ("The star lies 640 light years from the Sun.", "640 light years", "light year", "length"),
        ("The new supercomputer peaks at 38 petaflops.", "38 petaflops", "petaflop", "other"),
        ("Each tablet holds 400 micrograms of folic acid.", "400 micrograms", "microgram", "mass"),
        ("The stone, a 102-carat diamond, sold on Tuesday.", "102-carat", "carat", "mass"),
        ("Response times fell to 8ms on the new network.", "8ms", "millisecond", "duration"),
        ("Its main camera has 50 megapixels.", "50 megapixels", "megapixel", "other"),
        ("Traffic noise peaked at 85 decibels.", "85 decibels", "decibel", "other"),
    ],
)
def test_science_and_technology_units(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, kind)
