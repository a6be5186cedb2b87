"""about27: probe-first round on ``about`` (sport, local government, tech, transport copy)."""

from __future__ import annotations

from extract_helpers import one


def test_it_opening_a_sentence_stands_for_the_name_before() -> None:
    fact = one("Uber posted a profit of $1.1 billion. It had 150 million monthly users.", "150 million")
    assert fact.about == "Uber"


def test_it_of_a_market_report_is_no_actor() -> None:
    text = "Baker spoke in Paris. It had closed there on Friday at 1.7975/85 marks."
    assert one(text, "1.7975").about != "Baker"


def test_the_council_again_after_its_full_name() -> None:
    text = "Bristol City Council will raise council tax by 4.99 percent. The council faces a £40m shortfall."
    assert one(text, "£40m").about == "Bristol City Council"


def test_the_department_that_reports_stays_a_source() -> None:
    text = "The Commerce Department released the data. The department said starts fell 7.6 pct."
    assert one(text, "7.6 pct", headline="U.S. HOUSING STARTS FALL").about != "Commerce Department"


def test_definite_subject_of_cost() -> None:
    assert one("The railway cost $3.8 billion to build.", "$3.8 billion").about == "railway"


def test_bare_plural_before_cost_reads_on() -> None:
    text = "The museum welcomed 2.7 million visitors, and tickets now cost €22.50."
    assert one(text, "€22.50").about != "tickets"


def test_team_with_a_plural_verb() -> None:
    assert one("Celtic have signed the striker for a fee of £6m.", "£6m").about == "Celtic"
    assert one("Prices have risen 4% this year.", "4%").about is None


def test_initials_that_modify_the_subject() -> None:
    text = "The United Auto Workers (UAW) won a raise. The UAW deal runs four years."
    assert one(text, "four years").about == "United Auto Workers"
    assert one("The GDP deflator rose 2.4 pct.", "2.4 pct").about != "GDP"
