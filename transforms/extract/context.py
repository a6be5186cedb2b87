"""The words right before a position, read with plain string operations.

Hedges, change verbs and name labels are all "the last few words before the
number". A regex searched backwards from a position has to try every start in
its window, which made those look-ups the extractor's hottest path; splitting
a short slice and walking back over its words costs a fraction of that.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

_OPENERS = "(\"'“‘["


class Word(NamedTuple):
    """A word before the number: its lower-cased text and where it starts and ends."""

    lower: str
    start: int
    end: int


def words_before(text: str, lo: int, start: int, count: int, reach: int = 40) -> list[Word]:
    """Up to ``count`` words that end right before ``start``, in reading order.

    Only whitespace may separate the last word from ``start``; nothing before
    ``lo`` (the sentence start) is read. Opening brackets and quotes glued to a
    word are dropped ("(less" reads as "less").
    """
    window_lo = max(lo, start - reach)
    chunk = text[window_lo:start]
    if not chunk or not chunk[-1].isspace():
        return []
    parts = chunk.split()
    if window_lo > lo and parts and not chunk[0].isspace() and not text[window_lo - 1].isspace():
        parts = parts[1:]
    words: list[Word] = []
    pos = len(chunk)
    for part in reversed(parts[-count:]):
        pos = chunk.rfind(part, 0, pos)
        stripped = part.lstrip(_OPENERS)
        if not stripped:
            break
        word_start = window_lo + pos + len(part) - len(stripped)
        words.append(Word(stripped.lower(), word_start, word_start + len(stripped)))
        if stripped != part:
            break
    words.reverse()
    return words


def phrase_before(words: list[Word], phrases: dict[str, str], longest: int) -> tuple[str, int] | None:
    """The longest phrase from ``phrases`` that ends the word list: (its value, its start)."""
    for size in range(min(longest, len(words)), 0, -1):
        key = " ".join(w.lower for w in words[-size:])
        if key in phrases:
            return phrases[key], words[-size].start
    return None


@lru_cache(maxsize=64)
def last_word(text: str, lo: int, start: int) -> Word | None:
    """The single word right before ``start`` (the cheap case of :func:`words_before`).

    Cached for the last few positions: the date, hedge and label rules each ask for the
    word before the same numeral, and a ``Word`` is immutable, so the answer is shared.
    """
    chunk = text[max(lo, start - 24) : start]
    if not chunk or not chunk[-1].isspace():
        return None
    stripped = chunk.rstrip()
    cut = max(stripped.rfind(" "), stripped.rfind("\n"), stripped.rfind("\t"))
    if cut < 0 and start - 24 > lo:
        return None
    part = stripped[cut + 1 :]
    word = part.lstrip(_OPENERS)
    if not word:
        return None
    word_start = start - len(chunk) + len(stripped) - len(word)
    return Word(word.lower(), word_start, word_start + len(word))
