"""Sentence splitting with character offsets, tuned for wire copy.

A sentence ends at ".", "!" or "?" (plus closing quotes or brackets) before
whitespace and a capital, digit or quote, unless the word before the stop is
an abbreviation ("Mr.", "U.S.", "Feb.", "a.m."). Paragraph breaks (a blank
line, or a new line indented as in Reuters copy) always end a sentence, which
also keeps AFP subheads ("- Real fight has begun -") on their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from transforms.extract import gazetteer, patterns

_ABBREVIATIONS_WORDS = """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pte rep sen gov pres st sr jr co corp inc
    ltd plc bros no nos vs v etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov
    dec mt ft ave blvd rd u.s u.k u.n e.u a.m p.m e.g i.e u.s.a d.c n.y l.a ph.d rev hon messrs
    mssrs gov't rs
"""
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_WORDS.split())
_BOUNDARY = patterns.led_by(
    ".!?\n",
    r"(?P<stop>[.!?]+)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
    r"|\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)|\n(?=[-–—] )",
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.){1,3}[A-Za-z]$")
_CURRENCY_AFTER = re.compile(r"\s+(?:dlrs?|dollars?|cts|cents|rand|francs|crowns|pesos)\b", re.IGNORECASE)
"""A currency named after a country's initials ("607 billion H.K. Dlrs"): the stop is the initials' own."""


_INLINE_DATELINE = re.compile(r"(?P<label>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,2}) - (?=[\"'“(A-Z0-9])")
"""A paragraph opening on a capitalised dateline or label and a dash, as digests and earnings notes write
it ("WELLINGTON - New Zealand's budget deficit widened", "NOTE - Net is after tax"): the words before the
dash are no part of the sentence."""


def inline_dateline(segment: str) -> re.Match[str] | None:
    """The dateline or "NOTE" label a paragraph opens on, when it is one (a place or NOTE; never a
    table's row label such as "ZINC HIGH GRADE - quiet 400 tonnes")."""
    if len(segment) < 6 or not segment[1].isupper() or not segment[0].isupper():
        return None  # the common case: a sentence opens on a word in normal case
    match = _INLINE_DATELINE.match(segment)
    if match is None:
        return None
    label = match.group("label")
    return match if label in ("NOTE", "NOTES") or gazetteer.is_place(label) else None


def dateline_before(text: str, start: int) -> str | None:
    """The place of the inline dateline a sentence at ``start`` follows ("WELLINGTON"), else None."""
    if start < 4 or text[start - 3 : start] != " - ":
        return None
    line = text.rfind("\n", 0, start) + 1
    match = _INLINE_DATELINE.match(text, line)
    if match is None or match.end() != start or match.group("label") in ("NOTE", "NOTES"):
        return None
    return match.group("label")


class Sentence(NamedTuple):
    """One sentence: where it starts and ends in the text (whitespace trimmed)."""

    start: int
    end: int


def _is_abbreviation(text: str, stop: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if _INITIALS.fullmatch(word) and _CURRENCY_AFTER.match(text, stop + 1):
        return True
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[stop - 1].isupper())


def split(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index ``text`` itself."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("stop") and match.group("stop") == "." and _is_abbreviation(text, match.start()):
            continue
        end = match.end() if match.group("stop") else match.start()
        _append(text, sentences, start, end)
        start = match.end()
    _append(text, sentences, start, len(text))
    return sentences


def _append(text: str, sentences: list[Sentence], start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        start += len(segment) - len(segment.lstrip())
        opening = inline_dateline(stripped)
        if opening is not None and (start == 0 or text[start - 1] == "\n"):
            start += opening.end()  # "WELLINGTON - New Zealand's deficit": the sentence after the dash
            stripped = stripped[opening.end() :]
        end = start + len(stripped)
        sentences.append(Sentence(start, end))


class SentenceIndex:
    """Maps a character offset to the index of the sentence that holds it."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def find(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the previous one when between sentences)."""
        return max(0, bisect_right(self._starts, offset) - 1)
