"""The rules' vocabularies say exactly what the extractor emits, nothing more."""

from __future__ import annotations

import re

from expectations.suites import UNIT_REGEX, vocabulary_regex
from transforms.extract import UNITS
from transforms.extract.units import BY_NAME


def test_the_unit_pattern_accepts_every_unit_the_extractor_emits() -> None:
    pattern = re.compile(UNIT_REGEX)
    assert [unit for unit in UNITS if not pattern.match(unit)] == []


def test_the_unit_pattern_refuses_what_is_not_a_unit() -> None:
    pattern = re.compile(UNIT_REGEX)
    near = [f"{a} per {b}" for a in BY_NAME for b in BY_NAME] + [f"{u}s" for u in UNITS] + ["", "metre per"]
    assert [name for name in near if pattern.match(name) and name not in UNITS] == []


def test_compounds_are_grouped_by_what_they_are_per() -> None:
    names = frozenset({"metre", "tonne per hectare", "tonne per acre", "kilogram per hectare"})
    pattern = re.compile(vocabulary_regex(names))
    assert all(pattern.match(name) for name in names)
    assert not pattern.match("kilogram per acre")  # a pair the vocabulary does not hold
    assert not pattern.match("metre per hectare")
