"""What each fact measures and is about: the passes that run after the scan has read the numbers.

The scan (:mod:`transforms.extract.extractor`) reads each number, its unit and its
hedges from the few words around it. What the number *means* needs more of the
sentence and of the story, so it is settled here, one pass per question:

1. table rows: "Net 24,000 vs 612,000" is net income in the story's currency;
2. partners: a unit stated once carries to its partner ("to 146.5 mln dlrs from 129.3 mln");
3. subject: the noun phrase measured, read after the number, else before its verb;
4. kind: price, rate, index points and age refine the unit's family;
5. head, about and place: the grouping key, the entity, the location.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.extract import entities, heads, kinds, subjects, tables
from transforms.extract.model import Fact
from transforms.extract.story import Story

_PARTNER_GAP = re.compile(
    r"\s*,?\s*(?:from|vs\.?|versus|against|compared\s+with|compared\s+to|and|to|or|up\s+from|"
    r"down\s+from|a\s+year\s+earlier\s+and)\s+(?:an?\s+|the\s+)?(?:(?:profit|loss|earnings)\s+)?"
    r"(?:of\s+)?$",
    re.IGNORECASE,
)
_NOT_CARRIED = frozenset({"duration", "age"})
_MONEY_KINDS = frozenset({"money", "price"})
_INDEX_HEADS = frozenset({"average", "index", "dow", "nikkei", "composite", "point"})
_US_FORMS = re.compile(r"U\.?S\.?|US\$|\$US")


def describe(text: str, facts: list[Fact], sentence_starts: list[int], story: Story) -> list[Fact]:
    """The facts with their unit, kind, subject, subject_head, about and place settled.

    Args:
        text: The text the facts were read from.
        facts: The scan's facts, in reading order.
        sentence_starts: Offset of each sentence in ``text``, by ``Fact.sentence_index``.
        story: The story-wide context (company, dateline, currency).
    """
    out: list[Fact] = []
    previous: Fact | None = None
    row: tables.Row | None = None
    row_sentence = -1
    names_cache: dict[int, list[entities.Name]] = {}
    for fact in facts:
        sentence_start = sentence_starts[fact.sentence_index]
        if fact.sentence_index != row_sentence:
            row_sentence = fact.sentence_index
            found = tables.row_at(fact.sentence)
            row = found[0] if found is not None and found[1] <= fact.start - sentence_start else None
            previous = None
        if row is not None and previous is not None:
            row = tables.switched(row, text[previous.end : fact.start])
        fact = _currency(fact, story, row)
        if row is not None:
            fact = _table_fact(fact, row, story)
        elif previous is not None:
            fact = _partner(text, previous, fact)
        fact = _subject(text, fact, sentence_start, row is not None)
        fact = _kind(text, fact, sentence_start, row is not None)
        names = names_cache.get(fact.sentence_index)
        if names is None:
            names = names_cache[fact.sentence_index] = entities.names_in(fact.sentence)
        fact = replace(
            fact,
            subject_head=heads.head_of(fact.subject),
            about=entities.about_of(names, story.company, fact.subject, row is not None),
            place=entities.place_of(names, story.dateline),
        )
        out.append(fact)
        previous = fact
    return out


def _currency(fact: Fact, story: Story, row: tables.Row | None) -> Fact:
    """A bare "dlrs" or "cts" is the story's dollar; a bare figure in a money row is too."""
    if fact.unit == "US dollar" and story.dollar != "US dollar" and not _US_FORMS.search(fact.surface):
        return replace(fact, unit=story.dollar)
    if fact.unit == "US cent" and story.cent != "US cent" and not _US_FORMS.search(fact.surface):
        return replace(fact, unit=story.cent)
    if fact.unit == "French franc" and story.franc != "French franc" and "French" not in fact.surface:
        return replace(fact, unit=story.franc)
    return fact


def _table_fact(fact: Fact, row: tables.Row, story: Story) -> Fact:
    if row.kind == "count":
        if fact.unit is None:
            return replace(fact, kind="count", subject=row.subject)
        return replace(fact, subject=row.subject)
    unit = fact.unit if fact.unit is not None and fact.kind == "money" else story.dollar
    return replace(fact, unit=unit, kind="money", subject=row.subject, change=None)


def _partner(text: str, previous: Fact, fact: Fact) -> Fact:
    """Carry unit, kind and subject from the first of "146.5 mln dlrs from 129.3 mln" to the second."""
    if previous.unit is None or previous.kind in _NOT_CARRIED:
        return fact
    if _PARTNER_GAP.match(text[previous.end : fact.start]) is None:
        return fact
    if fact.unit is None and fact.kind == "count":
        fact = replace(fact, unit=previous.unit, kind=previous.kind, si_value=None, si_unit=None)
    if fact.unit == previous.unit or (fact.kind in _MONEY_KINDS and previous.kind in _MONEY_KINDS):
        subject = fact.subject if subjects.acceptable(fact.subject) else None
        fact = replace(fact, subject=subject or previous.subject)
    return fact


def _subject(text: str, fact: Fact, sentence_start: int, table_row: bool) -> Fact:
    if table_row:
        return fact
    after = text[fact.end : fact.end + 12]
    subject = subjects.acceptable(fact.subject, after)
    if subject is None and fact.unit is not None:
        subject = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
    if subject is None and fact.unit is None:
        left = subjects.subject_left(text, sentence_start, fact.start)
        subject = subjects.acceptable(left)
    return fact if subject == fact.subject else replace(fact, subject=subject)


def _kind(text: str, fact: Fact, sentence_start: int, table_row: bool) -> Fact:
    sentence_end = sentence_start + len(fact.sentence)
    clause = text[max(sentence_start, fact.start - 120) : fact.start]
    age_end = kinds.is_age(text, fact.start, fact.end, sentence_start, sentence_end, fact.value)
    if age_end is not None and fact.kind in ("count", "duration") and fact.unit in (None, "year"):
        return replace(fact, unit="year", kind="age", si_value=None, si_unit=None, change=None)
    if table_row:
        return fact
    if fact.kind == "money":
        scope = clause + " " + (fact.subject or "")
        if kinds.per_unit_price(text, fact.end, sentence_end, scope):
            return replace(fact, kind="price")
        return fact
    if fact.unit in ("percent", "percentage point") and kinds.is_rate(
        clause + " " + (fact.subject or ""), text[fact.end : fact.end + 20]
    ):
        return replace(fact, kind="rate")
    if fact.unit == "basis point":
        return replace(fact, kind="rate")
    if fact.unit is None and fact.kind == "count":
        points = heads.head_of(fact.subject) == "point"
        if (points and (fact.change is not None or kinds.is_index_level(clause, 10.0))) or (
            kinds.is_index_level(clause + " " + (fact.subject or ""), fact.value)
            and (fact.subject is None or heads.head_of(fact.subject) in _INDEX_HEADS)
        ):
            subject = subjects.subject_left(text, sentence_start, fact.start) if points else None
            return replace(fact, unit="point", kind="index_points", subject=subjects.acceptable(subject))
    return fact
