"""The fast Fact builders make the same frozen Facts as the dataclass itself."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from transforms.extract.model import Fact, fact_with, make_fact

FIELDS = {
    "surface": "about 12 mln dlrs",
    "start": 4,
    "end": 21,
    "value": 12e6,
    "low": 11e6,
    "high": 13e6,
    "qualifier": "approximate",
    "change": "up",
    "unit": "US dollar",
    "kind": "money",
    "si_value": None,
    "si_unit": None,
    "subject": "net income",
    "sentence_index": 2,
    "sentence": "Net about 12 mln dlrs.",
    "linked": 3,
    "subject_head": "income",
    "about": "Chemical Bank",
    "place": "New York",
}


def test_make_fact_equals_the_dataclass() -> None:
    built = make_fact(**FIELDS)  # type: ignore[arg-type]
    plain = Fact(**FIELDS)  # type: ignore[arg-type]
    assert type(built) is Fact
    assert built == plain and hash(built) == hash(plain)
    assert dataclasses.asdict(built) == dataclasses.asdict(plain)
    assert pickle.loads(pickle.dumps(built)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.value = 1.0  # type: ignore[misc]


def test_fact_with_equals_replace() -> None:
    plain = Fact(**FIELDS)  # type: ignore[arg-type]
    changed = fact_with(plain, about=None, subject="revenue", kind="price")
    assert changed == dataclasses.replace(plain, about=None, subject="revenue", kind="price")
    assert type(changed) is Fact and plain.about == "Chemical Bank"  # the original is untouched
