"""Ages told in more shapes: kin and people nouns, pronouns, "at N", lists and bounds.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import extract, one


# A person or people before the age, named, by kin or role, or bounded: kind age, unit year, and
# the person as subject.
@pytest.mark.parametrize(
    ("text", "surface", "subject", "head"),
    [
        ("Officers identified the driver as Mark Ellis (57).", "57", "Mark Ellis", "ellis"),
        ("His grandson, 6, was treated for smoke inhalation.", "6", "His grandson", "grandson"),
        ("Their baby, 1, was asleep upstairs.", "1", "Their baby", "baby"),
        ("The toddler, 2, was sent home.", "2", "The toddler", "toddler"),
        ("The two women, aged 31 and 36, were released on bail.", "36", "The two women", "woman"),
        ("Four pupils, aged 12, 13 and 14, were hurt.", "13", "Four pupils", "pupil"),
        ("Teenagers aged between 16 and 18 can apply.", "16 and 18", "Teenagers", "teenager"),
        ("Men over 65 will be offered the jab first.", "65", "Men", "man"),
        ("Pensioners under 75 lose the free licence.", "75", "Pensioners", "pensioner"),
        ("The patient, aged 58, was discharged.", "58", "The patient", "patient"),
        ("The actress, who turned 45 in May, will direct.", "45", "The actress", "actress"),
        ("The former chairman, now 80, sold his stake.", "80", "The former chairman", "chairman"),
        ("The 36 year old teacher was suspended.", "36", "teacher", "teacher"),
    ],
)
def test_ages_of_people(text: str, surface: str, subject: str, head: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit, fact.subject, fact.subject_head) == ("age", "year", subject, head)


# An age told by a pronoun, after "at" with youngest/oldest/retire, or opening its sentence: no
# named person before it, but an age all the same.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She was 22 when she founded the company.", "22"),
        ("He is 58.", "58"),
        ("She became the youngest mayor in the city's history at 26.", "26"),
        ("He retired at 62, after 40 years at the bank.", "62"),
        ("He was the oldest player in the squad at 41, the club said.", "41"),
        ("Age 29, she moved to Lagos.", "29"),
    ],
)
def test_ages_without_a_name(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit) == ("age", "year")


def test_opening_age_word_is_no_subject() -> None:
    assert one("Age 29, she moved to Lagos.", "29").subject is None


# Numbers that sit where an age could but are no age: labels and names, scores, index levels,
# addresses, votes, and bounds with a unit or no person. Guards: they pass on main too.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He scored 58 off 40 balls.", "58"),
        ("The composite, 1,874, was steady.", "1,874"),
        ("Mr Hale, 27 Mill Lane, was fined.", "27"),
        ("The motion passed by a vote of 58 to 31.", "58"),
        ("The study followed 6,000 women over 20 years.", "20"),
        ("Nurses under 40 pct of the staff quit.", "40"),
        ("Acme Corp (38) rose sharply.", "38"),
        ("She was 34 points ahead in the polls.", "34"),
        ("Sales were 19 when he left.", "19"),
        ("Bids over 50 were rejected.", "50"),
        ("The carrier is selling its three old jets.", "three"),
    ],
)
def test_no_false_ages(text: str, surface: str) -> None:
    assert one(text, surface).kind != "age"


@pytest.mark.parametrize(
    "text",
    [
        "Flight 214 was delayed.",
        "She took Route 9 north.",
        "Apollo 13 returned safely.",
        "Windows 10 is old.",
    ],
)
def test_labels_stay_unextracted(text: str) -> None:
    assert all(fact.kind != "age" for fact in extract(text))
