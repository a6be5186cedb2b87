"""The public face: offsets, linking, versions, and the seed story."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import only

from transforms.extract import CHANGES, EXTRACTOR_VERSION, KINDS, QUALIFIERS, UNITS, Fact, extract

CONVERSION = "The SDF breached the 2.5 kilometre (one and a half mile) Rafiqah Wall."


def test_public_names() -> None:
    assert EXTRACTOR_VERSION.count(".") == 2
    assert {"exact", "vague"} <= QUALIFIERS
    assert frozenset({"up", "down"}) == CHANGES
    assert {"percent", "kilometre", "US dollar"} <= UNITS
    assert "count" in KINDS


def test_empty_text() -> None:
    assert extract("") == []


def test_offsets_slice_the_surface() -> None:
    text = "  Around 2,500 fighters\nand 70 percent of the city.  "
    facts = extract(text)
    assert [f.surface for f in facts] == ["Around 2,500", "70 percent"]
    assert all(text[f.start : f.end] == f.surface for f in facts)


def test_sentence_index_and_sentence() -> None:
    facts = extract("Raqa fell. Some 200 fighters left.")
    assert [(f.sentence_index, f.sentence) for f in facts] == [(1, "Some 200 fighters left.")]


def test_bracketed_conversion_is_linked_both_ways() -> None:
    first, second = extract(CONVERSION)
    assert (first.value, first.unit, first.si_value) == (2.5, "kilometre", 2500.0)
    assert (second.value, second.unit) == (1.5, "mile")
    assert second.si_value == pytest.approx(2414.016)
    assert (first.linked, second.linked) == (1, 0)
    assert first.subject == second.subject == "Rafiqah Wall"


def test_unrelated_neighbours_are_not_linked() -> None:
    facts = extract("Two holes (and 70 percent of the city) were hit.")
    assert [f.linked for f in facts] == [None, None]


def test_reuters_style() -> None:
    facts = extract("Net profit rose 5.2 pct to 5.93 mln dlrs, priced at 340 to 350 cruzados.")
    assert [(f.value, f.low, f.high, f.unit, f.change) for f in facts] == [
        (5.2, 5.2, 5.2, "percent", "up"),
        (5_930_000.0, 5_930_000.0, 5_930_000.0, "US dollar", None),
        (None, 340.0, 350.0, "cruzado", None),
    ]


def test_fact_is_frozen() -> None:
    fact = only("Two holes.")
    assert isinstance(fact, Fact)
    with pytest.raises(AttributeError):
        fact.value = 3.0  # type: ignore[misc]


SEED_EXPECTED = [
    # (surface, value, low, high, qualifier, unit, kind, subject)
    ("two", 2.0, 2.0, 2.0, "exact", None, "count", "holes"),
    ("nearly eight-month", 8.0, 8.0, 8.0, "approximate", "month", "duration", "campaign"),
    ("a few hundred", None, 200.0, 599.0, "vague", None, "count", "diehard jihadists"),
    ("one square kilometre", 1.0, 1.0, 1.0, "exact", "square kilometre", "area", "Mosul's Old City"),
    ("less than half a square mile", 0.5, None, 0.5, "less_than", "square mile", "area", "Mosul's Old City"),
    ("2.5 kilometre", 2.5, 2.5, 2.5, "exact", "kilometre", "length", "Rafiqah Wall"),
    ("one and a half mile", 1.5, 1.5, 1.5, "exact", "mile", "length", "Rafiqah Wall"),
    ("three years", 3.0, 3.0, 3.0, "exact", "year", "duration", "jihadist rule"),
    ("200", 200.0, 200.0, 200.0, "exact", None, "count", "fighters"),
    ("four", 4.0, 4.0, 4.0, "exact", None, "count", "points"),
    ("tens of thousands", None, 20_000.0, 99_999.0, "vague", None, "count", "civilians"),
    ("70 percent", 70.0, 70.0, 70.0, "exact", "percent", "percent", "the city"),
    ("around 2,500", 2500.0, 2500.0, 2500.0, "approximate", None, "count", "IS jihadists"),
    ("200 or so", 200.0, 200.0, 200.0, "approximate", None, "count", "IS fighters"),
    ("less than one square kilometre", 1.0, None, 1.0, "less_than", "square kilometre", "area", None),
]


@pytest.mark.shared
def test_seed_story(shared_dir: Path) -> None:
    text = (shared_dir / "seed" / "afp-raqa-old-city.txt").read_text(encoding="utf-8")
    facts = extract(text)
    assert all(text[f.start : f.end] == f.surface for f in facts)
    got = [(f.surface, f.value, f.low, f.high, f.qualifier, f.unit, f.kind, f.subject) for f in facts]
    for expected in SEED_EXPECTED:
        assert expected in got
    assert 2014.0 not in {f.value for f in facts}  # "declared in 2014": a year
    assert not [f for f in facts if "June" in f.sentence and f.value == 6.0]  # "on June 6": a date
    assert not [f for f in facts if "8th" in f.sentence]  # "the late 8th century": an ordinal
