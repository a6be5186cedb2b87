"""Weather copy leaves the degrees out: a bare figure a temperature word measures is a temperature."""

from extract_helpers import one


def test_wind_chill_in_a_us_story_is_fahrenheit() -> None:
    fact = one("Wind chills near minus 40 were forecast for Tuesday.", "minus 40", dateline="CHICAGO")
    assert (fact.unit, fact.kind) == ("degree Fahrenheit", "temperature")


def test_temperatures_hit_a_bare_figure_in_a_european_story_is_celsius() -> None:
    fact = one("Temperatures hit 41 in Seville on Tuesday.", "41", dateline="MADRID")
    assert (fact.unit, fact.kind) == ("degree Celsius", "temperature")


def test_lows_are_temperatures_only_where_the_sentence_speaks_of_weather() -> None:
    assert one("Lows of minus 30 are expected in the cold snap.", "minus 30", dateline="OTTAWA").kind == (
        "temperature"
    )
    assert one("The shares fell to a low of 30 on Monday.", "30", dateline="OTTAWA").kind != "temperature"


def test_a_count_of_temperatures_stays_a_count() -> None:
    fact = one("Five temperatures were recorded at the station.", "Five")
    assert (fact.unit, fact.kind) == (None, "count")
