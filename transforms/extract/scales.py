"""Scale words: the one vocabulary of multipliers that follow a numeral.

"2.5 million", "5.93 mln", "$3 bln", "£1.5bn", "25k": every pass that reads,
carries or writes out a scale uses these tables, so a new word is added here once.

* :data:`SPELLED`: written out, any case ("million", "Million", "lakh");
* :data:`ABBREVIATED`: wire and financial abbreviations after a space or hyphen,
  lower case only ("mln", "bn": "BN" is a name);
* :data:`GLUED`: letters glued to the digits ("1.5bn", "25k", "10m"), lower case only.
"""

from __future__ import annotations

import re

SPELLED: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
"""Scale words written out."""

ABBREVIATED: dict[str, float] = {
    "mln": 1e6,
    "mn": 1e6,
    "bln": 1e9,
    "bn": 1e9,
    "tln": 1e12,
    "trn": 1e12,
}
"""Abbreviations written after the numeral with a space ("146.5 mln", "3 bn")."""

GLUED: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
"""Abbreviations glued to the digits ("£1.5bn", "25k", "221.6m")."""

SCALES: dict[str, float] = {**SPELLED, **ABBREVIATED}
"""Every scale word that may follow a numeral after a space, by its lower-case form."""

WORD_SCALES: dict[str, float] = {
    word: SPELLED[word] for word in ("thousand", "million", "billion", "trillion")
}
"""The scale words that also build spelled-out numbers ("three million two hundred thousand")."""

SPELLED_OUT: dict[str, str] = {
    short: next(word for word, factor in SPELLED.items() if factor == value)
    for short, value in ABBREVIATED.items()
}
"""Each abbreviation written out ("mln" -> "million"), for subjects and heads."""


def _alternation(words: dict[str, float]) -> str:
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


SCALE_AFTER_PATTERN = rf"(?P<scale>(?i:{_alternation(SPELLED)})|{_alternation(ABBREVIATED)})\b"
"""A scale word after a numeral (the caller allows the space or hyphen before it)."""

GLUED_PATTERN = rf"(?P<scale>{_alternation(GLUED)})\b"
"""A scale glued to the digits, matched right after them."""

SCALED = re.compile(rf"(?i)\b(?:{_alternation(SCALES)})\b|\d(?:{_alternation(GLUED)})\b")
"""Whether a surface holds a scale word ("146.5 mln dlrs", "£1.5bn"): such a figure is never a percent."""
