"""Subjects on fresh general news (subject23): a relative clause's figure measures its antecedent, a share
"of them" counts what the count before counted, a figure others had hoped for measures the figure
before, poll shares listed with their parties, a sum pulled from something, an adverb apposition, a
superlative rank, a change noun apposed after a figure.

Every sentence is written for the test, none is a dev-set item; each rule has lookalikes it must
not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The wildfire, which has scorched 12,000 hectares, is still spreading.",
            "12,000 hectares",
            "wildfire",
        ),
        ("The glacier, which has lost 30 metres since 2010, feeds the river.", "30 metres", "glacier"),
    ],
)
def test_a_relative_clause_measures_its_antecedent(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_relative_clause_after_a_name_keeps_none() -> None:
    assert (
        one(
            "Firefighters said the fire, which began on Monday, covered 900 hectares.", "900 hectares"
        ).subject_head
        != "monday"
    )


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Clinics saw 1.3 million patients in June, 64% of them within a week.", "64%", "patient"),
        ("About 800 flights were delayed, and 30% of them by more than an hour.", "30%", "flight"),
    ],
)
def test_a_share_of_them_counts_what_the_count_before_counted(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_figure_others_hoped_for_measures_the_figure_before() -> None:
    fact = one("Ticket sales reached $18m, short of the $25m organisers had hoped for.", "$25m")
    assert fact.subject_head == "sales"


def test_the_hoped_for_figure_is_no_count_of_the_hopers() -> None:
    fact = one("The album sold 40,000 copies, far below the 90,000 retailers had expected.", "90,000")
    assert fact.subject_head == "copy"


def test_poll_shares_are_each_partys() -> None:
    text = "The Social Democrats are on 31%, with the Greens on 19% and the Liberals on 12%."
    assert one(text, "31%").subject_head == "democrat"
    assert one(text, "19%").subject_head == "green"
    assert one(text, "12%").subject_head == "liberal"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Savers withdrew £2.4bn from cash ISAs in March.", "£2.4bn", "isa"),
        ("Investors pulled $900m from gold funds last week.", "$900m", "fund"),
    ],
)
def test_a_sum_pulled_from_something_measures_it(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_an_adverb_apposition_is_no_part_of_the_noun() -> None:
    fact = one("The lockout, now in its third month, has cost the port about $400m.", "about $400m")
    assert fact.subject_head == "lockout"


def test_a_superlative_rank_counts_the_apposed_phrase() -> None:
    assert (
        one("The port, one of the 20 busiest in the world, handled 9 million containers.", "20").subject_head
        == "port"
    )
    assert one("It was one of the 20 busiest in the world.", "20").subject_head is None
    assert one("The port, one of the 20 busiest ports in Asia, reopened.", "20").subject_head == "port"


def test_a_change_noun_apposed_after_a_figure_changes_it() -> None:
    fact = one("The council set the levy at £45m, a cut of 8% from last year.", "8%")
    assert fact.subject_head == "levy"


def test_a_span_after_an_object_measures_nothing() -> None:
    fact = one("Mice on the new diet gained 12% of their body mass over nine weeks.", "over nine weeks")
    assert fact.subject_head is None
    assert one("The strike lasted over six weeks.", "six weeks").subject_head == "strike"


def test_a_bracketed_aside_is_no_part_of_the_noun() -> None:
    assert one("Core inflation (excluding food) slowed to 2.9% in May.", "2.9%").subject_head == "inflation"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Imports from Japan and the United States fell 4% and 2% respectively.", "4%", "import"),
        ("Shipments to Canada and the United Kingdom rose 7%.", "7%", "shipment"),
    ],
)
def test_names_coordinated_in_a_tail_are_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She broke the national record by 0.4 seconds in Rome.", "0.4 seconds"),
        ("The Norwegian went on to beat his own European record by 1.2 seconds.", "1.2 seconds"),
    ],
)
def test_a_record_beaten_by_a_margin_is_the_records(text: str, surface: str) -> None:
    assert one(text, surface).subject_head == "record"


def test_a_margin_with_no_record_keeps_its_reading() -> None:
    assert one("She won the race by 0.4 seconds.", "0.4 seconds").subject_head != "record"


def test_a_count_of_those_who_had_hoped_is_their_own() -> None:
    fact = one("Turnout was 64%, and the union said 200 members had wanted to strike.", "200")
    assert fact.subject_head == "member"
