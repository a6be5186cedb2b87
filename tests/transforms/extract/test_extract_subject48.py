"""Subjects of sums a named event cost, and pounds gathered or won (branch subject48)."""

from extract_helpers import one


def test_named_event_is_what_it_cost() -> None:
    fact = one("The Paris Olympics cost 9 billion euros, organisers said.", "9 billion")
    assert (fact.kind, fact.subject, fact.subject_head) == ("money", "Paris Olympics", "olympics")


def test_named_event_with_modal_is_what_it_cost() -> None:
    fact = one("The Winter Olympics could cost 5 billion dollars.", "5 billion")
    assert fact.subject_head == "olympics"


def test_company_before_cost_is_still_not_the_subject() -> None:
    fact = one("Cheung Kong was down two dlrs.", "two dlrs")
    assert fact.subject is None


def test_event_not_costing_keeps_old_reading() -> None:
    fact = one("The Paris Olympics drew 12 million visitors.", "12 million")
    assert fact.subject_head == "visitor"


def test_pounds_collected_are_sterling() -> None:
    fact = one("The charity collected 2.3 million pounds last year.", "2.3 million")
    assert (fact.unit, fact.kind) == ("pound sterling", "money")


def test_pounds_raised_are_sterling() -> None:
    fact = one("The appeal raised 40,000 pounds in a week.", "40,000")
    assert (fact.unit, fact.kind) == ("pound sterling", "money")


def test_pounds_won_are_sterling() -> None:
    fact = one("He has won 1 million pounds in the lottery.", "1 million")
    assert (fact.unit, fact.kind) == ("pound sterling", "money")


def test_pounds_raised_of_a_crop_stay_a_mass() -> None:
    fact = one("The farm raised 3,000 pounds of tomatoes.", "3,000")
    assert (fact.unit, fact.kind) == ("pound", "mass")


def test_pounds_weighed_stay_a_mass() -> None:
    fact = one("The baby weighed 8 pounds at birth.", "8 pounds")
    assert (fact.unit, fact.kind) == ("pound", "mass")


def test_final_of_a_named_competition_is_a_noun() -> None:
    fact = one("The Champions League final cost the city 30 million euros.", "30 million")
    assert (fact.subject, fact.subject_head) == ("Champions League final", "final")


def test_predicate_final_is_still_trimmed() -> None:
    fact = one("The dividend is final at 10 cts.", "10 cts")
    assert fact.subject_head == "dividend"
