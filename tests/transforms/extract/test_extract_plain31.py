"""plain31: a definite noun that repeats an earlier name's head, apposed and bare ages, change verbs
with or without an object, passive verbs, and currency letters glued to an amount."""

from __future__ import annotations

from extract_helpers import one


def test_definite_noun_names_earlier_body_again() -> None:
    text = (
        "Manchester City Council has approved a £2.1m scheme to build 8km of new cycle lanes. "
        "The council said the work would take 18 months."
    )
    assert one(text, "18 months", dateline="MANCHESTER").about == "Manchester City Council"


def test_definite_noun_beats_headline_place() -> None:
    text = (
        "The Austin Independent School District will cut 200 teaching jobs, officials said on Monday. "
        "The district serves about 73,000 students."
    )
    fact = one(
        text, "73,000", headline="Texas school district cuts 200 teaching jobs", dateline="AUSTIN, Texas"
    )
    assert fact.about == "Austin Independent School District"


def test_age_apposed_to_a_name_or_definite_noun() -> None:
    assert one("Daniel Price, a 41-year-old teacher, was stabbed 14 times.", "41").about == "Daniel Price"
    assert one("The defendant, a 29-year-old delivery driver, denies murder.", "29").about == "defendant"
    assert one("In London, a 34-year-old man was arrested.", "34").about is None


def test_bare_age_is_the_person_named_before() -> None:
    text = (
        "Arsenal have completed the signing of Brazilian winger Gabriel Rocha for a fee of £45m. "
        "The 22-year-old has signed a five-year contract with the club."
    )
    fact = one(text, "22-year")
    assert (fact.about, fact.subject_head) == ("Gabriel Rocha", "rocha")


def test_change_verb_object_is_the_subject() -> None:
    assert one("Eskom narrowed its annual loss to R4.1 billion.", "R4.1").subject_head == "loss"
    assert (
        one("Evergreen had doubled its capital to eight billion Taiwan dlrs.", "eight").subject_head
        == "capital"
    )
    assert one("The surplus widened in February to 2.35 billion dlrs.", "2.35").subject_head == "surplus"


def test_passive_verb_has_no_object() -> None:
    fact = one("Production in 1986 is estimated by the embassy at 35,000 tonnes.", "35,000")
    assert fact.subject_head == "production"


def test_currency_letter_glued_to_amount_is_no_name() -> None:
    assert one("Eskom cut its annual loss to R4.1 billion.", "R4.1").about != "R4.1"
