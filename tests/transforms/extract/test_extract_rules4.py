"""Systematic subject and about classes fixed in extractor 1.5, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import entities


# Class 1: the noun a number counts through a postdeterminer ("other", "more", "additional").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The airline will hire 800 more pilots next year.", "800", "pilot"),
        ("Rescuers found 12 other survivors under the rubble.", "12", "survivor"),
        ("The council approved 40 additional buses for the route.", "40", "bus"),
    ],
)
def test_a_postdeterminer_keeps_the_counted_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_more_than_is_no_counted_noun() -> None:
    assert one("Turnout rose by 7 more than expected.", "7").subject_head != "than"


# Class 2: a noun ending in -ly after a modifier is a noun, not an adverb.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Sweden's narrow money supply grew 3.4 pct in March.", "3.4 pct", "supply"),
        ("The water supply fell to 40 pct of normal levels.", "40 pct", "supply"),
    ],
)
def test_a_modified_ly_noun_is_a_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 3: a clause without its own subject (an infinitive, "and" + verb) shares the main one.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The Hang Seng index gained 210 points, or 1.2%, to close at 17,640.5.", "17,640.5", "index"),
        ("The Kospi slid 35 points to end at 2,512.", "2,512", "kospi"),
    ],
)
def test_an_infinitive_clause_shares_the_main_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 4: a sum after "for" measures what a buying or selling verb's object names.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Siemens agreed to acquire the Swiss software maker for $2.4bn.", "$2.4bn", "maker"),
        ("The bank sold a 30% stake in its insurance arm for £900m.", "£900m", "stake"),
        ("Unilever bought the ice cream brand for about €400m, or €12 a share.", "€12", "brand"),
        ("The club will pay £60m for the striker, its record signing.", "£60m", "striker"),
    ],
)
def test_a_sum_after_for_measures_what_is_traded(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_sum_for_a_plain_verb_is_not_a_sale() -> None:
    # "waited for" trades nothing: the sum is not the object of a buying verb
    fact = one("Residents waited for £3m in flood relief.", "£3m")
    assert fact.subject_head != "resident"


# Class 5: a noun modifying a change noun is what changes ("a 6% rent rise").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Tenants face a 6% rent rise from April.", "6%", "rent"),
        ("The retailer announced a 10% price cut on toys.", "10%", "price"),
    ],
)
def test_the_modifier_of_a_change_noun_is_what_changes(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_an_adjective_before_a_change_noun_is_not_what_changes() -> None:
    fact = one("Exports rose 4% in May, after a 2% annual rise in April.", "2%")
    assert fact.subject_head != "annual"


# Class 6: a noun phrase starts after its verb ("expects savings of").
def test_a_verb_does_not_open_an_of_phrase() -> None:
    fact = one("The brewer expects savings of €45m a year.", "€45m")
    assert fact.subject == "savings"


# Class 7: about is the owner the figure's own noun phrase names.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "The Fed kept rates steady, with eight of the 12 members of the Federal Open Market "
            "Committee backing the decision.",
            "eight",
            "Federal Open Market Committee",
        ),
        ("The Red Cross said 25 of its trucks carrying medicine crossed into Rafah.", "25", "Red Cross"),
        ("The fund bought 3,000 of Tesla's cars for its fleet.", "3,000", "Tesla"),
    ],
)
def test_the_figure_s_own_phrase_names_its_owner(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_possessive_that_closed_an_earlier_phrase_is_no_owner() -> None:
    sentence = "We ate at Luigi's where for 12 euros you get pasta."
    start = sentence.index("12")
    owner = entities.phrase_owner(sentence, start, start + 8, entities.names_in(sentence))
    assert owner is None


def test_a_possessed_count_is_the_noun_after_the_possessor() -> None:
    fact = one("The Greens won 31 of the assembly's 120 seats.", "31")
    assert fact.subject_head == "seat"
