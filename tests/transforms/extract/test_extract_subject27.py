"""Subjects from the subject27 probe round: partitives past an estimate, "out of", a time adverbial
between subject and verb, a definite colon label, a price per unit of a good, and durations people
spend."""

from __future__ import annotations

from extract_helpers import one


def test_partitive_past_an_estimate() -> None:
    fact = one("About 2,000 of the country's estimated 9,000 nurses have left for jobs abroad.", "2,000")
    assert fact.subject_head == "nurse"


def test_out_of_counts_the_noun_after_the_total() -> None:
    assert (
        one("Nine out of 10 households in the region now have broadband.", "Nine").subject_head == "household"
    )
    assert one("Three out of every five voters backed the plan.", "Three").subject_head == "voter"


def test_time_adverbial_between_subject_and_verb() -> None:
    assert one("Turnout this year was 64%.", "64%").subject_head == "turnout"
    assert one(
        "Global temperatures last year were 1.48C above pre-industrial levels.", "1.48C"
    ).subject_head == ("temperature")
    assert one(
        "Electric output so far this year was 647.82 billion kilowatt hours.", "647.82"
    ).subject_head == ("output")


def test_time_adverbial_after_a_prepositional_tail_is_left_alone() -> None:
    fact = one(
        "OPEC estimated demand for its oil during third quarter this year would be 16.6 mln bpd.", "16.6"
    )
    assert fact.subject_head != "opec"


def test_definite_colon_label() -> None:
    assert one("The cost: $2bn, most of it borne by taxpayers.", "$2bn").subject_head == "cost"


def test_price_per_unit_of_a_good_paid_to_people() -> None:
    assert one("Farmers received 32 pence per litre of milk in March.", "32 pence").subject_head == "milk"


def test_price_per_unit_of_a_good_keeps_a_named_cost() -> None:
    fact = one(
        "Operating costs of the mine will average 201 dlrs per ounce of gold for the mine life.", "201"
    )
    assert fact.subject_head == "cost"


def test_duration_people_spend_or_get_has_no_subject() -> None:
    assert (
        one("A former hospital nurse, 46, was sentenced Friday to 12 years in prison.", "12 years").subject
        is None
    )
    assert (
        one("Resident doctors in England will strike for five days from Friday.", "five days").subject is None
    )


def test_duration_people_wait_stays_theirs() -> None:
    fact = one("Nearly 4,000 patients waited more than 12 hours in A&E in October.", "12 hours")
    assert fact.subject_head == "patient"
