"""Ordinary-news shapes fixed in the plain28 round (see the commit messages for the batch they came from)."""

from __future__ import annotations

from extract_helpers import one


def test_period_average_is_no_market_index() -> None:
    fact = one("The four-week average rose 3,000 to 232,750.", "232,750", dateline="WASHINGTON")
    assert fact.unit is None
    assert fact.kind == "count"
    assert fact.subject_head == "average"


def test_named_market_average_stays_an_index() -> None:
    fact = one("The Dow Jones industrial average rose 30 points to 2,300.", "2,300", dateline="NEW YORK")
    assert fact.unit == "point"
    assert fact.kind == "index_points"


def test_pounds_a_price_reaches_in_a_british_story_are_sterling() -> None:
    text = "Average house prices in London fell 1.2 percent in the year to March to 523,000 pounds."
    fact = one(text, "523,000 pounds", dateline="LONDON")
    assert fact.unit == "pound sterling"
    assert fact.kind == "price"


def test_pounds_of_a_price_in_a_us_story_stay_weighed() -> None:
    fact = one("Cattle prices rose to 65 pounds.", "65 pounds", dateline="CHICAGO")
    assert fact.unit == "pound"


def test_adverb_of_an_apposed_participle_is_no_part_of_the_subject() -> None:
    text = "Services inflation, closely watched by the Bank of England, eased only to 5.9 percent."
    fact = one(text, "5.9 percent", dateline="LONDON")
    assert fact.subject == "Services inflation"
    assert fact.subject_head == "inflation"


def test_no_subject_ends_on_an_adverb() -> None:
    fact = one("The merger, widely expected by analysts, was valued at 5 billion dollars.", "5 billion")
    assert fact.subject_head == "merger"


def test_adverb_noun_look_alikes_are_kept() -> None:
    fact = one("This should cut the global oversupply to 850 tonnes from 1,100 tonnes.", "850 tonnes")
    assert fact.subject_head == "oversupply"


def test_takings_of_a_thing_a_name_modifies() -> None:
    fact = one("The Disney film took a further $140 million abroad.", "$140 million")
    assert fact.subject_head == "film"
