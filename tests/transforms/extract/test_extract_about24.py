"""about: headline names the body refers back to, regions of later casualty counts, every country's
adjective for a minister, bodies whose names open on a title word or run "of the"."""

from __future__ import annotations

from extract_helpers import one


def test_coined_headline_name_the_body_never_writes() -> None:
    fact = one(
        "The airline said it flew 9.8 million passengers in October.",
        "9.8 million",
        headline="Wizzair October traffic up 6%",
        dateline="LONDON",
    )
    assert fact.about == "Wizzair"


def test_dictionary_headline_word_is_no_name() -> None:
    fact = one(
        "The operator will spend £2bn renewing track over four years.",
        "£2bn",
        headline="Network to spend £2bn",
        dateline="LONDON",
    )
    assert fact.about != "Network"


def test_lower_camel_headline_name() -> None:
    fact = one(
        "The marketplace said gross sales rose 12% in the quarter.",
        "12%",
        headline="eShop posts record quarter",
        dateline="LONDON",
    )
    assert fact.about in ("eShop", "marketplace")


def test_place_inside_headline_name_is_no_topic() -> None:
    fact = one(
        "The operator cancelled 120 services on Saturday, it said.",
        "120",
        headline="Southern Scotland Rail cancels 120 trains",
        dateline="GLASGOW",
    )
    assert fact.about == "Southern Scotland Rail"


def test_later_casualty_count_takes_the_region_named_before() -> None:
    fact = one(
        "Heavy rain triggered landslides in Sulawesi's Luwu district on Tuesday. At least 16 people died.",
        "16",
        headline="Landslides kill 16 in Indonesia",
        dateline="JAKARTA",
    )
    assert fact.about == "Luwu"


def test_minister_of_a_country_outside_the_table() -> None:
    fact = one(
        "Chilean Finance Minister Mario Marcel said the deficit would narrow to 1.9%.",
        "1.9%",
        headline="Chile deficit to narrow",
        dateline="SANTIAGO",
    )
    assert fact.about == "Chile"


def test_polish_minister() -> None:
    fact = one(
        "Polish Finance Minister Jan Nowak said the deficit would reach 6.1% of GDP.",
        "6.1%",
        headline="Polish deficit to widen",
        dateline="WARSAW",
    )
    assert fact.about == "Poland"


def test_title_word_opening_a_league() -> None:
    fact = one("Premier League clubs earned £6.1bn last season.", "£6.1bn", headline="Clubs earn more")
    assert fact.about == "Premier League"


def test_name_with_of_the() -> None:
    fact = one(
        "The International Federation of the Red Cross appealed for 80 million Swiss francs.",
        "80 million",
        headline="Appeal launched",
    )
    assert fact.about == "International Federation of the Red Cross"
