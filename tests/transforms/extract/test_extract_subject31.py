"""subject31: subject heads of change verbs and tails in modern business copy."""

from __future__ import annotations

from extract_helpers import one


def test_added_moves_a_share_of_an_index() -> None:
    fact = one("The S&P 500 gained 1.6%, while the Nasdaq Composite added 2.2%.", "2.2%")
    assert fact.subject_head == "nasdaq composite"


def test_added_moves_points() -> None:
    assert one("The all resources index added 23.9 points to 1,164.3.", "23.9").subject_head == "index"


def test_added_before_speech_is_no_change_verb() -> None:
    fact = one("He added that crude was selling at 12 dlrs a barrel.", "12 dlrs")
    assert fact.subject_head == "crude"


def test_fewer_than_compares_the_count_before() -> None:
    fact = one("Volkswagen delivered 9 million vehicles last year, 2.3% fewer than in 2023.", "2.3%")
    assert fact.subject_head == "vehicle"


def test_excluding_ends_the_head() -> None:
    assert one("Regular pay excluding bonuses grew 5.6% in the quarter.", "5.6%").subject_head == "pay"


def test_involving_ends_the_head() -> None:
    assert one("Deaths involving nitazenes more than doubled to 91.", "91").subject_head == "death"


def test_narrowed_takes_its_object() -> None:
    fact = one("Eskom narrowed its annual loss to R4.1 billion from R17.6 billion.", "R4.1 billion")
    assert fact.subject_head == "loss"


def test_narrowed_without_object_keeps_its_subject() -> None:
    fact = one("Japan's trade surplus is expected to narrow slightly to 90.2 billion dlrs.", "90.2")
    assert fact.subject_head == "surplus"


def test_us_ends_a_place_tail() -> None:
    assert one("Measles cases in the US reached 2,140 this year.", "2,140").subject_head == "case"


def test_level_after_comma_is_of_what_changed() -> None:
    fact = one("Private rents in Bristol rose 9.4% in the year, to an average of £1,725 a month.", "£1,725")
    assert fact.subject_head == "rent"


def test_level_after_comma_keeps_the_apposed_amount_rule() -> None:
    assert one("The index fell 45 points, or 0.6%, to 7,420.", "7,420").subject_head == "index"


def test_sentence_adverb_is_no_part_of_the_subject() -> None:
    fact = one("Inflation, meanwhile, was 9.4 pct, as compared to 19.7 pct.", "9.4")
    assert fact.subject == "Inflation"
