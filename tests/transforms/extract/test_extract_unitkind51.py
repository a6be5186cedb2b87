"""A unit stated once carries to an old value read with a reporting participle ("vs 17.00 estimated")."""

from extract_helpers import one


def test_participle_after_old_value_takes_partner_unit() -> None:
    text = "The soybean crop is put at 11.5 mln tonnes, down slightly from 11.55 mln estimated for last year."
    fact = one(text, "11.55 mln")
    assert fact.unit == "tonne"
    assert fact.kind == "mass"


def test_vs_estimated_after_comma_takes_partner_unit() -> None:
    fact = one(
        "It revised its estimate down to 623,300 tonnes, from 637,800 estimated in December.", "637,800"
    )
    assert fact.unit == "tonne"


def test_from_the_reported_value_keeps_dollars() -> None:
    fact = one(
        "Reserves rose to 9.8 billion dlrs from the 9.2 billion reported at the end of 1986.", "9.2 billion"
    )
    assert fact.unit == "US dollar"
    assert fact.subject == "Reserves"


def test_exported_last_week_keeps_bushels() -> None:
    fact = one("Exports are put at 12.0 to 15.0 mln bushels versus 10.8 mln exported last week.", "10.8 mln")
    assert fact.unit == "bushel"


def test_percent_change_lends_no_unit_to_reported_level() -> None:
    fact = one("Output rose about seven pct from the 15.7 mln reported for this year.", "15.7 mln")
    assert fact.unit is None


def test_duration_to_from_carries_its_unit() -> None:
    fact = one("IG Metall wants to cut the working week to 35 hours from 40.", "40")
    assert fact.unit == "hour"
    assert fact.kind == "duration"


def test_duration_from_a_counted_noun_keeps_none() -> None:
    fact = one("It lasted 35 hours from 40 sites.", "40")
    assert fact.unit is None
