"""Clause subjects before a change verb that the readers missed: money-supply names, index bases,
phrasal change verbs and a level word before "at"."""

from extract_helpers import one


def test_money_supply_name_is_the_subject() -> None:
    text = "Broad M3 climbed 4.1 pct to 90.2 billion crowns in May."
    fact = one(text, "4.1 pct")
    assert fact.subject == "Broad M3"
    assert fact.subject_head == "m3"
    assert one(text, "90.2 billion").subject == "Broad M3"


def test_index_base_in_brackets_is_skipped() -> None:
    fact = one("The retail price index (base 1990) fell 0.2 pct to 131.4 in June.", "0.2 pct")
    assert fact.subject == "retail price index"
    assert fact.subject_head == "index"


def test_phrasal_change_verb_after_an_auxiliary() -> None:
    fact = one("Steel output has come down by 3.5 pct this quarter.", "3.5 pct")
    assert fact.subject == "Steel output"
    assert fact.subject_head == "output"


def test_level_word_before_at_is_no_part_of_the_noun() -> None:
    text = "The accounts showed operating profits sharply higher at 42.6 mln dlrs after 30.1 mln."
    fact = one(text, "42.6 mln")
    assert fact.subject == "operating profits"
    assert fact.subject_head == "profit"


def test_level_word_after_a_measure_or_a_verb_names_nothing() -> None:
    assert one("After opening slightly lower at 87.25, the contract recovered.", "87.25").subject is None


def test_price_per_piece_of_the_securities_before_at() -> None:
    text = "Widgetco said it has sold 120,500 common shares at 14.25 dlrs each to two pension funds."
    fact = one(text, "14.25 dlrs")
    assert fact.subject == "common shares"
    assert fact.subject_head == "share"


def test_price_per_share_after_a_count_and_a_verb() -> None:
    text = "Gadget Inc said it will offer two mln new ordinary shares at 87p a share next week."
    assert one(text, "87p").subject == "new ordinary shares"
    warrants = one("Gadget Inc will redeem all its Series B warrants at five cts each.", "five cts")
    assert warrants.subject_head == "warrant"
