"""Numerals: digits, spelled-out numbers, fractions, scale words and vague quantities.

This module only turns the text of a numeral into a value. Deciding whether the
numeral is a fact (and not a year, a date or a name) is left to
:mod:`transforms.extract.exclusions`, and what it measures to
:mod:`transforms.extract.units`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from transforms.extract import scales

_SMALL: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = scales.SCALES
"""Multipliers that may follow a numeral ("2.5 million", "5.93 mln", "$3 bln"); see :mod:`scales`."""

_WORD_SCALES = scales.WORD_SCALES
_FRACTIONS: dict[str, float] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}

NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS], key=len, reverse=True))
"""Any one cardinal number word ("seven", "seventeen", "seventy") as a regex alternation, longest
first, in lower case: the words of :data:`NUMBER_WORDS`."""
_FOLLOW = "hundred|thousand|million|billion|trillion|dozen|half|" + NUMBER_WORD
_FRACTION_WORD = "|".join(sorted(_FRACTIONS, key=len, reverse=True))
_TOKEN = rf"(?:{_FOLLOW}|{_FRACTION_WORD}|and|a)"

WORDS_PATTERN = (
    rf"\b(?:(?:{NUMBER_WORD})\b|half\b|a(?=[\s-]+(?:hundred|thousand|million|billion|dozen|half|"
    rf"{_FRACTION_WORD})\b))(?:[\s-]+{_TOKEN}\b)*"
)
"""A run of number words, matched on lower-cased text; :func:`parse_words` decides how much is a number."""

WORDS_FIRST_LETTERS = "".join(sorted({word[0] for word in [*_SMALL, *_TENS, "half", "a"]}))
"""The letters a :data:`WORDS_PATTERN` match can begin with (a cheap first test before the pattern)."""
WORDS_OPENINGS = r"a[\s-]|" + "|".join(sorted({word[:2] for word in [*_SMALL, *_TENS, "half"]}))
"""How a :data:`WORDS_PATTERN` match can begin, as an alternation: the first two letters of a number
word or "half", or an "a" and its space ("a hundred"). A look-ahead on these, after the one on
:data:`WORDS_FIRST_LETTERS`, turns away most word starts ("the", "and", "of") before the pattern's long
alternation is tried at them."""

DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+(?!,?\d)|\d+(?!,?\d))(?:\.\d+)?"
"""Digits with optional thousands groups and decimals. "4,2000" does not match as a whole."""

FRACTION_AFTER = re.compile(r"(?P<mixed>[- ])?(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![/\d])")
"""Reuters' price fractions: "12-1/2" (12.5), "90-1/4"; or a bare "3/4" when read from its numerator."""

_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})


def is_fraction(match: re.Match[str]) -> bool:
    """True for a sensible fraction: known denominator, numerator below it."""
    num, den = int(match.group("num")), int(match.group("den"))
    return den in _DENOMINATORS and 0 < num < den and bool(match.group("mixed"))


def add_fraction(whole: float, match: re.Match[str]) -> float:
    """``whole`` plus the fraction in ``match`` ("12" and "-1/2" give 12.5)."""
    return whole + int(match.group("num")) / int(match.group("den"))


class Vague(NamedTuple):
    """Bounds for a vague quantity ("tens of thousands" is 20,000 to 99,999)."""

    low: float
    high: float

    @classmethod
    def of(cls, low: float, high: float) -> Vague:
        """Bounds as floats, whatever numbers the table was written with."""
        return cls(float(low), float(high))


_VAGUE_TABLE: dict[str, Vague] = {
    "dozens": Vague(24, 99),
    "scores": Vague(40, 99),
    "tens": Vague(20, 99),
    "hundreds": Vague(200, 999),
    "thousands": Vague(2_000, 9_999),
    "millions": Vague(2e6, 9_999_999),
    "billions": Vague(2e9, 9_999_999_999),
}
_FEW: dict[str, Vague] = {"a few": Vague(2, 5), "several": Vague(3, 9), "a handful of": Vague(2, 5)}
_SCALE_OF: dict[str, float] = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}

VAGUE_PATTERN = (
    r"\b(?:(?:dozens|scores|tens|hundreds|thousands|millions)\s+of\s+(?:thousands|millions|billions)\b"
    r"|(?:a\s+few|several)\s+(?:dozen|hundred|thousand|million|billion)(?:\s+thousand)?\b"
    r"|scores(?=\s+of\b)|(?:dozens|hundreds|thousands|millions|billions)\b|a\s+handful\s+of\b)"
)
"""Vague quantities (lower-cased text) that are facts: a range, never an invented point."""

VAGUE_NEEDLES = (
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "few",
    "several",
    "handful",
)
"""Every :data:`VAGUE_PATTERN` match holds one of these: a text holding none has no vague quantity.

Plurals only ("tens of millions" holds "millions"), and "few" or "several" for "a few dozen" and
"several hundred": with the singulars ("million", "hundred") one story in five went through the
pattern scan (3,712 of a night's 18,767), with these one in fourteen (1,323)."""
VAGUE_FIRST_LETTERS = "abdhmst"
"""The letters a :data:`VAGUE_PATTERN` match can begin with."""


def parse_vague(surface: str) -> Vague:
    """Bounds of a vague quantity matched by :data:`VAGUE_PATTERN`.

    "tens of thousands" is read as 2..9.99 times ten thousand: the plural says
    at least two, and the next order of magnitude would have been named.
    """
    words = surface.lower().split()
    if words[-1] == "of" and words[0] == "a":
        return _FEW["a handful of"]
    if words[0] in ("a", "several"):
        few = _FEW["a few" if words[0] == "a" else "several"]
        scale = 1.0
        for word in words[2 if words[0] == "a" else 1 :]:
            scale *= _SCALE_OF[word]
        return Vague.of(few.low * scale, few.high * scale + scale - 1 if scale > 1 else few.high)
    base = _VAGUE_TABLE[words[0]]
    if len(words) == 3:
        outer = _SCALE_OF[words[2].rstrip("s")]
        return Vague.of(base.low * outer, (base.high + 1) * outer - 1)
    return Vague.of(base.low, base.high)


def parse_digits(surface: str) -> float:
    """Value of a digit numeral such as "1,234,567.89"."""
    return float(surface.replace(",", ""))


class WordNumber(NamedTuple):
    """A parsed spelled-out number and how many characters of the match it used."""

    value: float
    length: int


_SPLIT = re.compile(r"[\s-]+")
_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def parse_words(surface: str) -> WordNumber | None:
    """Parse the longest spelled-out number at the start of ``surface``.

    Cached: pure, and the scan asks it of each number-word match twice (to resume after it and
    to read it), of the same few words ("one", "two", "a third") in every story.

    Handles "three million two hundred thousand", "one and a half", "half a
    dozen", "a third", "two thirds". Trailing words that do not continue the
    number ("and", a second unrelated number) are left out of ``length``.

    Returns:
        The value and the character length consumed, or None when the words
        hold no number (a lone "a").
    """
    tokens = [(m.group().lower(), m.end()) for m in _LETTERS.finditer(surface)]
    state = _WordState()
    i = 0
    while i < len(tokens):
        step = state.feed(tokens, i)
        if step == 0:
            break
        i += step
    if state.used == 0:
        return None
    return WordNumber(state.value(), tokens[state.used - 1][1])


class _WordState:
    """Accumulator for :func:`parse_words`: a small left-to-right number grammar."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.used = 0
        self.last = ""
        self.seen_number = False

    def value(self) -> float:
        return self.total + self.current

    def _take(self, count: int, last: str) -> int:
        self.used += count
        self.last = last
        return count

    def feed(self, tokens: list[tuple[str, int]], i: int) -> int:
        """Consume tokens at ``i``; return how many were used, 0 to stop."""
        word = tokens[i][0]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word == "a":
            return self._feed_a(nxt)
        if word == "and":
            return self._feed_and(tokens, i, nxt)
        if word in _FRACTIONS:
            return self._feed_fraction(word, nxt)
        if word == "hundred":
            self.current = (self.current or 1) * 100
            return self._take(1, word)
        if word == "dozen":
            self.current = (self.current or 1) * 12
            return self._take(1, word)
        if word in _WORD_SCALES:
            self.total += (self.current or 1) * _WORD_SCALES[word]
            self.current = 0
            return self._take(1, word)
        return self._feed_small(word)

    def _feed_small(self, word: str) -> int:
        value = _SMALL.get(word, _TENS.get(word))
        if value is None:
            return 0
        if self.last in _TENS and word in _SMALL and 0 < value < 10:
            self.current += value
            return self._take(1, word)
        if self.seen_number and self.last not in ("hundred", "and", *_WORD_SCALES):
            return 0
        self.current += value
        self.seen_number = True
        return self._take(1, word)

    def _feed_a(self, nxt: str) -> int:
        if self.used == 0 and nxt in ("hundred", "thousand", "million", "billion", "dozen"):
            self.current = 1
            self.seen_number = True
            return self._take(1, "a")
        if self.used == 0 and nxt in _FRACTIONS:
            self.current = 1
            return self._take(1, "a")
        if self.last == "half" and nxt in ("hundred", "thousand", "million", "billion", "dozen"):
            return self._take(1, "half")
        return 0

    def _feed_and(self, tokens: list[tuple[str, int]], i: int, nxt: str) -> int:
        after = tokens[i + 2][0] if i + 2 < len(tokens) else ""
        if nxt == "a" and after in ("half", "quarter", "third"):
            self.current += 1 / _FRACTIONS[after]
            self.used += 3
            self.last = "fraction"
            return 3
        if self.last in ("hundred", *_WORD_SCALES) and (nxt in _SMALL or nxt in _TENS):
            return self._take(1, "and")
        return 0

    def _feed_fraction(self, word: str, nxt: str) -> int:
        denominator = _FRACTIONS[word]
        if word == "half" and self.used == 0:
            self.current = 0.5
            self.seen_number = True
            return self._take(1, "half")
        if self.used and (self.last in _SMALL or self.last == "a") and self.current <= 10:
            if word in ("half", "halves") and self.last != "a":
                return 0
            self.current = self.current / denominator
            self.seen_number = True
            return self._take(1, "fraction")
        return 0


NUMBER_WORDS: frozenset[str] = frozenset([*_SMALL, *_TENS])
"""Cardinal number words, for rules that need to know a word is a numeral."""
