"""Subjects on fresh general news (subject21): an adjective a figure grades, "lives" after a count, a
collective noun before the plural it modifies, each sum of a list with its own purpose, the span a
superlative holds over, a colon label, a table row cut at its semicolon, a sum in brackets after its
noun, a passive purchase with its buyer, a figure fronted by "At", a measuring verb.

Every sentence is written for the test, none is a dev-set item; each rule has lookalikes it must
not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The shingles jab, which is 97% effective in older adults, is now free.", "97%", "jab"),
        ("Should a 3% rent rise be enough for landlords?", "3%", "rent"),
        ("The new lamps are 60% cheaper than halogen bulbs, the retailer said.", "60%", "lamp"),
        # an adjective that modifies a noun keeps the noun
        ("Wind supplied 30% renewable power to the grid.", "30%", "power"),
    ],
)
def test_an_adjective_the_figure_grades_is_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The lifeboat crews have saved 1,100 lives since 2010.", "1,100", "life"),
        ("Council plans to hire 400 more police officers were approved.", "400", "officer"),
        ("The trust will recruit 250 staff nurses this winter.", "250", "nurse"),
        # a collective before a verb or alone is the head
        ("About 300 police arrived at the ground.", "300", "police"),
        ("The hospital employs 2,000 staff.", "2,000", "staff"),
    ],
)
def test_a_count_before_lives_or_a_collective_modifier(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The plan sets aside £40m for parks, £25m for libraries and £9m for museums.", "£25m", "library"),
        ("The plan sets aside £40m for parks, £25m for libraries and £9m for museums.", "£9m", "museum"),
        ("The state will spend $3bn on roads and $700m on bridges.", "$700m", "bridge"),
        # a second sum without a purpose of its own still shares the first one's
        ("The state will spend $3bn on roads and another $700m next year.", "$700m", "road"),
    ],
)
def test_each_sum_of_a_list_measures_its_own_purpose(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Oil hit its lowest price in four years on Monday, trading at $58 a barrel.", "four years"),
        ("The ferry firm reported its worst summer in 12 years.", "12 years"),
        ("It was the city's biggest protest march in 30 years.", "30 years"),
        ("The rate rise was the first in 18 months.", "18 months"),
    ],
)
def test_the_span_a_superlative_holds_over_has_no_subject(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # a span of something named after "of" keeps it; a lasting keeps its subject
        ("It was the driest spring in 90 years of records.", "90 years", "record"),
        ("The drought lasted 14 months.", "14 months", "drought"),
    ],
)
def test_a_span_of_records_or_a_lasting_keeps_its_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head", "unit"),
    [
        ("Sales: £820m (+3%); gross margin: 41.5% (down from 43%).", "41.5%", "margin", "percent"),
        ("Sales: £820m (+3%); gross margin: 41.5% (down from 43%).", "+3%", "sales", "percent"),
        ("Sales: £820m (+3%); gross margin: 41.5% (down from 43%).", "£820m", "sales", "pound sterling"),
        ("Full-year profit: $2.2bn. Staff turnover: 14%.", "14%", "turnover", "percent"),
    ],
)
def test_a_colon_label_names_its_figure_and_a_row_ends_at_its_semicolon(
    text: str, surface: str, head: str, unit: str
) -> None:
    fact = one(text, surface)
    assert (fact.subject_head, fact.unit) == (head, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said: 40% of flats are damp.",
        "Her verdict: 9 out of 10.",
    ],
)
def test_a_clause_or_a_possessed_phrase_before_a_colon_is_no_label(text: str) -> None:
    fact = one(text, "9" if "verdict" in text else "40%")
    assert fact.subject_head in (None, "flat")


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The council's deficit (about £45m) will be covered by reserves.", "£45m", "deficit"),
        ("The old pier, bought by a local trust for £1.5m, reopens in May.", "£1.5m", "pier"),
        ("The 18th-century mill was bought by a brewer for £900,000.", "£900,000", "mill"),
        ("At 1,345 metres, Ben Nevis is the highest peak in Britain.", "1,345 metres", "nevis"),
        ("At £4.5bn, the contract is the largest the navy has signed.", "£4.5bn", "contract"),
        ("The new bell weighs 2.3 tonnes.", "2.3 tonnes", "bell"),
    ],
)
def test_a_bracketed_sum_a_passive_purchase_a_fronted_figure_a_weight(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # a sum restated in brackets after a currency word is no noun's; nor a bracket inside a modifier
        ("It will spend 90 billion rupees ($1.1 billion) on rail.", "$1.1 billion", "rail"),
        ("The shutdown of small (5 megawatts or less) plants was slow.", "5 megawatts", None),
    ],
)
def test_a_restated_sum_or_a_modifier_in_brackets_is_no_bracketed_noun(
    text: str, surface: str, head: str | None
) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # the first sum of such a list, over the clause's subject, measures its own purpose too
        ("The levy raises £30m for parks, £12m for pools and £4m for playgrounds.", "£30m", "park"),
        ("The levy raises £30m for parks, £12m for pools and £4m for playgrounds.", "£12m", "pool"),
        ("The city will spend $2bn on schools and $500m on clinics.", "$2bn", "school"),
    ],
)
def test_the_first_sum_of_a_purpose_list_measures_its_own(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # a sum with no second purposed sum after it keeps the clause's reading
        ("The budget cost $30m for the year, and $5m more was found.", "$30m", "budget"),
        ("The state gave $2bn to Ford and $500m to GM.", "$2bn", None),
    ],
)
def test_a_sum_without_a_purpose_list_keeps_its_reading(text: str, surface: str, head: str | None) -> None:
    assert one(text, surface).subject_head == head


def test_a_table_value_word_is_no_noun_a_bracketed_figure_restates() -> None:
    # wire crop tables write "nil" for a figure: the year-ago figure in brackets is no "nil"
    text = "Exports were wheat 5,120 (4,870), maize nil (312), barley 980 (1,040), the board said."
    assert one(text, "312").subject_head != "nil"


def test_a_bracketed_conversion_of_the_figure_before_takes_no_noun() -> None:
    # "(about $13 million)" converts the 50 million before it: no "soles" of its own
    text = "The government released 50 million soles (about $13 million) in aid."
    assert one(text, "$13 million").subject_head != "sole"
