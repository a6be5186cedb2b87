"""The canonical head of a subject: "IS jihadists" -> "jihadist", "net income" -> "income".

Analysts group facts by what they measure, so the head is the last noun of the
subject, lower case and singular. Singular forms come from ``inflection`` (the Rails
inflector's rules; ``inflect`` was tried and costs 7 s to import); words that
finance writes only in the plural ("sales", "earnings") keep their form, and
wire abbreviations are written out first ("shrs" -> "share").
"""

from __future__ import annotations

import re
from functools import lru_cache

import inflection

from transforms.extract import kinds, scales, subjects

_PLURAL_ONLY_WORDS = """
    sales earnings proceeds savings arrears means news headquarters series species data media
    clothes goods thanks remains premises whereabouts economics politics people police
"""
_PLURAL_ONLY = frozenset(_PLURAL_ONLY_WORDS.split())
_ABBREVIATIONS: dict[str, str] = {
    "shrs": "share",
    "shr": "share",
    "revs": "revenue",
    "rev": "revenue",
    "div": "dividend",
    "divs": "dividend",
    "pct": "percent",
    "dlrs": "dollar",
    **scales.SPELLED_OUT,
    "yr": "year",
    "mths": "month",
    "qtr": "quarter",
    "govt": "government",
}
_IRREGULAR: dict[str, str] = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "leaves": "leaf",
    "halves": "half",
    "shelves": "shelf",
    "wolves": "wolf",
    "calves": "calf",
    "loaves": "loaf",
    "gases": "gas",
    "biases": "bias",
}
_NOT_HEADS = frozenset({"a", "an", "the", "and", "or", "&"})
_PREPOSITIONS = frozenset(
    {"of", "per", "a", "in", "for", "on", "at", "by", "to", "from", "with", "under", "over", "between"}
)


_PARTICLES = frozenset(
    ["on", "ons", "off", "offs", "out", "outs", "up", "ups", "over", "overs", "down", "downs"]
)
"""Particles that end a compound noun ("add-on", "sell-off", "buy-out", "start-up", "take-over")."""


@lru_cache(maxsize=16384)
def head_of(subject: str | None) -> str | None:
    """The canonical head of ``subject``, or None when it has no word to head it."""
    if not subject:
        return None
    words = [word.strip("\"'“”‘’().,;:") for word in subject.split()]
    for index, word in enumerate(words):
        if index > 0 and word.lower() in _PREPOSITIONS:
            if index + 2 < len(words) and subjects.is_compound(words[index - 1], words[index + 1]):
                continue  # "balance of payments deficit": the deficit
            words = words[:index]  # "sales per square foot", "price of gold": the head comes first
            break
    words = [word for word in words if word and word.lower() not in _NOT_HEADS]
    if not words:
        return None
    last = words[-1]
    if last in kinds.NAME_SUFFIXES and len(words) > 1:
        last = words[-2]  # "John W. Smith Jr": the surname heads the name
    if last.isdigit() and len(words) > 1 and words[-2][:1].isupper():
        return f"{words[-2]} {last}".lower()  # "FTSE 100", "S&P 500": the number is part of the name
    parts = [part for part in last.split("-") if part]  # "Year-to-date output": "to" is no preposition here
    if not parts:
        return None
    if len(parts) > 1 and parts[-1].lower() in _PARTICLES:
        whole = last.lower()  # "add-ons", "buy-outs", "lay-offs": the compound is the noun
        return whole[:-1] if whole.endswith("s") else whole
    return singular(parts[-1].lower())


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """``word`` in the singular ("jihadists" -> "jihadist"); plural-only words keep their form."""
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _PLURAL_ONLY or len(word) < 4 or not word.isalpha() or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ouses"):
        return word[:-1]  # "houses", "warehouses", "spouses"
    if word.endswith("uses"):
        return word[:-2]  # "bonuses", "viruses"
    if word.endswith("ves"):
        return word[:-1]  # "reserves", "curves" (the few -f plurals are in _IRREGULAR)
    return _singularize(word) or word


_UNCOUNTABLE = re.compile(r"(?i)\b(?:" + "|".join(sorted(inflection.UNCOUNTABLES)) + r")\Z")
_SINGULAR_RULES = tuple((re.compile(rule), replacement) for rule, replacement in inflection.SINGULARS)


def _singularize(word: str) -> str:
    """``inflection.singularize``, its rules compiled once.

    The library looks each of its forty-odd patterns up in ``re``'s cache for every word
    (a fifth of a millisecond a word); the first sentences of a night meet new words all
    the time. Same rules, same order, same result.
    """
    if _UNCOUNTABLE.search(word):
        return word
    for pattern, replacement in _SINGULAR_RULES:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word
