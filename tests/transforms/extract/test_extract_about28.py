"""About, round 28: the opening actor over a place after its figure, service names, owner modifiers."""

from __future__ import annotations

from extract_helpers import one


def test_opening_actor_keeps_a_count_placed_after_it() -> None:
    fact = one("Toyota will recall 1.1 million vehicles in the United States.", "1.1 million")
    assert fact.about == "Toyota"
    fact = one("Amazon plans to hire 250,000 seasonal workers in the United States.", "250,000")
    assert fact.about == "Amazon"


def test_a_count_in_another_clause_keeps_its_place() -> None:
    text = (
        "Hurricane Milton made landfall as a Category 3 storm, knocking out power to more than "
        "3 million customers in Florida."
    )
    assert one(text, "3 million").about == "Florida"


def test_a_service_name_that_reports_is_a_body_not_a_person() -> None:
    text = "Network Rail said 1,800 maintenance jobs would go under the plan."
    assert one(text, "1,800").about == "Network Rail"


def test_a_name_modifying_what_is_counted_is_its_owner() -> None:
    assert one("Dutch police detained 31 Greenpeace activists at the port.", "31").about == "Greenpeace"
    text = "The NHS waiting list in England rose to 7.6 million in August."
    assert one(text, "7.6 million").about == "NHS"


def test_a_capitalised_adjective_or_measure_is_no_owner() -> None:
    text = "With the Federal funds rate trading at 6-9/16 pct, dealers were calm."
    assert one(text, "6-9/16").about != "Federal"
    text = "Africa cannot attain a three to four pct GDP growth rate, he said."
    assert one(text, "four pct").about != "GDP"


def test_an_adverb_between_a_lone_name_and_its_verb() -> None:
    text = "Spotify now has 600 million monthly users, chief executive Daniel Ek said."
    assert one(text, "600 million").about == "Spotify"
    text = "Threads now has 175 million monthly users, Meta said on Thursday."
    assert one(text, "175 million").about == "Threads"


def test_a_lone_opening_name_in_ly_before_a_verb() -> None:
    text = "Kelly won 58 percent of the vote in the primary, according to the Associated Press."
    assert one(text, "58 percent").about == "Kelly"


def test_a_name_the_clause_acts_on_beats_the_owner_of_what_is_counted() -> None:
    text = "The coalition estimates that some 4,000 IS jihadists are still defending Raqa."
    assert one(text, "4,000").about == "Raqa"
    assert one("Police arrested 31 Greenpeace activists in Amsterdam.", "31").about == "Greenpeace"
