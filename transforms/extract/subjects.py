"""The subject of a number: the noun phrase it counts or measures.

Without a parser, the phrase is read from word shapes: after the quantity come
up to four content words, stopping at a function word, a verb-like "-ed"/"-ing"
word after the head, punctuation or another number. Three patterns steer it:

* "70 percent of the city": a measure followed by "of" measures what follows
  ("the city", determiner kept because the share is of that very thing);
* "200 of our fighters": a count followed by "of" counts the noun after the
  determiner ("fighters");
* "bags of 60 kilos": a measure with nothing after it measures the noun
  before "of" ("bags").
"""

from __future__ import annotations

import re

from transforms.extract import context

_STOP_WORDS = """
    a an the and or but nor of in on at to from by with for as into onto over under about than then
    is are was were be been being has have had will would could should may might must can do does
    did said says say told tells according who whom whose which that this these those it its it's
    they them their there here he she his her him we our us you your i me my not no so such if when
    while where because since until after before during per each apiece ago earlier later last next
    more less most least also only just still already yet again even up down out off against among
    between through across toward towards near around via what how why all both either neither some
    any many much few several other another every than vs versus each respectively year-on-year
    year-earlier took made went came gave got fled died left fell rose grew lost won saw paid sold
    bought held kept took put set ran met led fought became began brought told thought found stood
    cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hadn't haven't hasn't
    remain remains remained live lives lived need needs needed want wants wanted
"""
_STOP = frozenset(_STOP_WORDS.split())
_DETERMINERS_WORDS = """
    the a an our their its his her my your this that these those
"""
_DETERMINERS = frozenset(_DETERMINERS_WORDS.split())
_WORD = re.compile(r"\s*(?P<w>[A-Za-z][\w'’&.-]*[\w]|[A-Za-z])")
_BRACKET = re.compile(r"\s*\([^()]{0,80}\)")
_HYPHEN_WORD = re.compile(r"(?:-(?!\d)[A-Za-z]+)+(?=\s)")
_OF = re.compile(r"\s*of\s+(?=[A-Za-z])", re.IGNORECASE)
_MAX_WORDS = 4


def _words(text: str, pos: int, hi: int, keep_determiner: bool, measured_head: bool = False) -> list[str]:
    words: list[str] = []
    while len(words) < _MAX_WORDS:
        match = _WORD.match(text, pos, hi)
        if match is None:
            break
        word = match.group("w")
        lower = word.lower()
        first = not words
        if first and lower in _DETERMINERS and not (word.isupper() and len(word) > 1):
            if keep_determiner:
                words.append(word)
            pos = match.end()
            continue
        if first and measured_head and lower.endswith(("ed", "ing")):
            break
        has_determiner = bool(words) and words[0].lower() in _DETERMINERS
        head_seen = len(words) > (1 if has_determiner else 0)
        if (lower in _STOP and not (word.isupper() and len(word) > 1)) or (
            head_seen and lower.endswith(("ed", "ing"))
        ):
            break
        words.append(word)
        pos = match.end()
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    return words


def subject_after(text: str, end: int, hi: int, measured: bool) -> str | None:
    """The noun phrase after a quantity that ends at ``end``.

    Args:
        text: The whole text.
        end: Offset just past the quantity (and its unit).
        hi: End of the sentence; the phrase never crosses it.
        measured: True for measures and shares (percent, length...), whose
            "of" phrase keeps its determiner ("the city").

    Returns:
        The phrase, or None when nothing noun-like follows.
    """
    bracket = _BRACKET.match(text, end, hi)
    if bracket:
        end = bracket.end()
    hyphen = _HYPHEN_WORD.match(text, end, hi)
    if hyphen:
        end = hyphen.end()
    of = _OF.match(text, end, hi)
    if of:
        words = _words(text, of.end(), hi, keep_determiner=measured)
    else:
        words = _words(text, end, hi, keep_determiner=False, measured_head=measured)
    if not words:
        return None
    return " ".join(words)


def subject_before(text: str, lo: int, start: int) -> str | None:
    """The noun a measure describes when it comes first: "bags of 60 kilos" -> "bags"."""
    words = context.words_before(text, lo, start, 3)
    if words and words[-1].lower in ("some", "about", "around"):
        words = words[:-1]
    if len(words) < 2 or words[-1].lower != "of":
        return None
    noun = words[-2]
    if noun.lower in _STOP or not noun.lower.isalpha():
        return None
    return text[noun.start : noun.end]
