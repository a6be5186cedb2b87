"""The shape of one extracted numeric fact, and the closed vocabularies it uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

QUALIFIERS: frozenset[str] = frozenset(
    {"exact", "approximate", "at_least", "at_most", "more_than", "less_than", "range", "vague"}
)
"""How the text hedges the number. ``range`` and ``vague`` always carry low and high."""

CHANGES: frozenset[str] = frozenset({"up", "down"})
"""Direction when the number is a change ("rose 5.2 pct" is up)."""

KINDS: frozenset[str] = frozenset(
    {
        "count",
        "money",
        "price",
        "percent",
        "rate",
        "index_points",
        "age",
        "length",
        "area",
        "mass",
        "volume",
        "duration",
        "speed",
        "temperature",
        "energy",
        "power",
        "data_size",
        "frequency",
        "ratio",
        "other",
    }
)
"""What the number measures; docs/analysts.md defines each with examples.

``count`` is a number of things (unit NULL, the things in ``subject``); ``money`` an
amount of a currency (per-share earnings and dividends included); ``price`` what one
unit of a good, security or currency costs ("18 dlrs a barrel", "at 102 pct");
``percent`` a share or a change in percent; ``rate`` the level or change of a named
rate (interest, inflation, unemployment, yield); ``index_points`` a market index or
a score; ``age`` how old a person or thing is; the physical families by their unit;
``ratio`` "one in four"; ``other`` none of these.
"""


@dataclass(frozen=True, slots=True)
class Fact:
    """One numeric fact found in a text.

    Offsets are character offsets into the text given to the extractor, so
    ``text[start:end] == surface`` always holds.

    Attributes:
        surface: The exact text of the mention ("around 2,500").
        start: Offset of the first character of ``surface``.
        end: Offset one past the last character of ``surface``.
        value: The point value, or None for a vague quantity with no point.
        low: Lower bound (equal to ``value`` for an exact number).
        high: Upper bound (equal to ``value`` for an exact number).
        qualifier: One of :data:`QUALIFIERS`.
        change: One of :data:`CHANGES`, or None when the number is not a change.
        unit: Canonical unit or currency, singular English name ("percent", "kilometre",
            "US dollar", "pence"); None only for a bare count.
        kind: One of :data:`KINDS`.
        si_value: ``value`` in the SI base unit, where the unit has one.
        si_unit: That SI unit ("metre", "square metre", "second", "kilogram").
        subject: The noun phrase the number counts or measures, as written ("IS jihadists"),
            or the written-out label of an earnings-table row ("net income" for "Net").
        subject_head: The canonical head of ``subject``: singular, lower case ("jihadist"),
            the key analysts group by.
        about: The entity the fact is about when the sentence or story names one (a
            company, place, index or organisation: "Raqa", "Chemical Bank").
        place: The place the fact is located in: one named in the sentence, else the
            dateline city; None when unknown.
        sentence_index: Index of the sentence in the text, from 0.
        sentence: The sentence text.
        linked: Index, in the same result list, of the fact this one restates
            (the bracketed conversion in "2.5 kilometre (one and a half mile)").
    """

    surface: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    change: str | None
    unit: str | None
    kind: str
    si_value: float | None
    si_unit: str | None
    subject: str | None
    sentence_index: int
    sentence: str
    linked: int | None = None
    subject_head: str | None = None
    about: str | None = None
    place: str | None = None


class _Unfrozen:
    """:class:`Fact`'s slots without the freeze: where :func:`make_fact` and :func:`fact_with` fill a fact.

    A frozen dataclass sets each field through ``object.__setattr__``: about 2 us for the 19
    fields, and the extractor builds two or three Facts per number (a third of the describe
    pass went there). Plain stores into an object with the same slots, then switching its
    class to :class:`Fact`, build the same object in a third of that time. Python refuses the
    switch (TypeError) if the two layouts ever differ, so a drift cannot pass silently.
    """

    __slots__ = Fact.__slots__


def make_fact(
    surface: str,
    start: int,
    end: int,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    change: str | None,
    unit: str | None,
    kind: str,
    si_value: float | None,
    si_unit: str | None,
    subject: str | None,
    sentence_index: int,
    sentence: str,
    linked: int | None = None,
    subject_head: str | None = None,
    about: str | None = None,
    place: str | None = None,
) -> Fact:
    """``Fact(...)``, built the fast way (see :class:`_Unfrozen`); the result is an ordinary Fact."""
    new: Any = object.__new__(_Unfrozen)
    new.surface = surface
    new.start = start
    new.end = end
    new.value = value
    new.low = low
    new.high = high
    new.qualifier = qualifier
    new.change = change
    new.unit = unit
    new.kind = kind
    new.si_value = si_value
    new.si_unit = si_unit
    new.subject = subject
    new.sentence_index = sentence_index
    new.sentence = sentence
    new.linked = linked
    new.subject_head = subject_head
    new.about = about
    new.place = place
    new.__class__ = Fact
    return new  # type: ignore[no-any-return]


def fact_with(fact: Fact, **changes: object) -> Fact:
    """``dataclasses.replace(fact, **changes)`` built the fast way (see :class:`_Unfrozen`)."""
    new: Any = object.__new__(_Unfrozen)
    new.surface = fact.surface
    new.start = fact.start
    new.end = fact.end
    new.value = fact.value
    new.low = fact.low
    new.high = fact.high
    new.qualifier = fact.qualifier
    new.change = fact.change
    new.unit = fact.unit
    new.kind = fact.kind
    new.si_value = fact.si_value
    new.si_unit = fact.si_unit
    new.subject = fact.subject
    new.sentence_index = fact.sentence_index
    new.sentence = fact.sentence
    new.linked = fact.linked
    new.subject_head = fact.subject_head
    new.about = fact.about
    new.place = fact.place
    for name, value in changes.items():
        setattr(new, name, value)
    new.__class__ = Fact
    return new  # type: ignore[no-any-return]
