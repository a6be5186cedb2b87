"""Hedges and changes around a number: "around", "more than", "or so", "rose ... by".

A hedge never changes the stated number: it sets the qualifier and the bounds.
"more than 200" keeps value 200 with low 200 and no high; "around 2,500" keeps
value 2,500 with low = high = 2,500 (no invented plus-or-minus band, so the
table never holds a number the story did not print).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.extract import context, patterns

_BEFORE: dict[str, str] = {
    "around": "approximate",
    "about": "approximate",
    "some": "approximate",
    "roughly": "approximate",
    "approximately": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "close to": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "circa": "approximate",
    "approx.": "approximate",
    "just about": "approximate",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "above": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "just above": "more_than",
    "well above": "more_than",
    "more then": "more_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "less_than",
    "just below": "less_than",
    "well under": "less_than",
    "well below": "less_than",
    "at least": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "not more than": "at_most",
    "as high as": "at_most",
}

_LONGEST = max(len(key.split()) for key in _BEFORE)

QUALIFIER_AFTER = re.compile(
    r"\s*(?:,\s*)?(?P<q>or\s+so|or\s+more|or\s+less|or\s+fewer|plus|odd)\b(?!-)"
    r"|(?P<dash>-plus)\b"
)
"""A hedge right after the number: "200 or so", "100 or more", "a 1,000-plus crowd"."""

_AFTER: dict[str, str] = {
    "or so": "approximate",
    "or more": "at_least",
    "or less": "at_most",
    "or fewer": "at_most",
    "plus": "more_than",
    "odd": "approximate",
    "-plus": "more_than",
}

_UP_WORDS = """
    rose rise rises rising risen up increased increase increases increasing gained gains gain
    climbed climbs climbing jumped jumps jumping soared soars surged surges grew grows growing
    advanced advances added adds rallied higher raised boosted widened
"""
_UP = frozenset(_UP_WORDS.split())
_DOWN_WORDS = """
    fell falls fall falling fallen down dropped drops drop dropping declined declines decline
    declining decreased decreases decrease lost loses losing slipped slips slid slides plunged
    plunges plummeted tumbled tumbles eased eases easing shed sheds shrank shrinks contracted lower
    cut cuts reduced narrowed sank sinks dipped dips retreated slumped slumps
"""
_DOWN = frozenset(_DOWN_WORDS.split())
_FILLERS_WORDS = """
    by a an some another further total of nearly almost about around roughly more than less over
    only just estimated record sharp steep slight modest
"""
_FILLERS = frozenset(_FILLERS_WORDS.split())
_MAX_FILLERS = 4

CHANGE_AFTER = re.compile(
    r"\s*(?i:(?P<up>rise|increase|gain|jump|growth|hike|surge|climb|advance|rebound)"
    r"|(?P<down>fall|drop|decline|decrease|loss|cut|slump|plunge|reduction|contraction|dip|slide))\b"
)
"""A change noun after the quantity: "a 5 pct rise"."""


class Hedge(NamedTuple):
    """A qualifier found in the text and where its words start or end."""

    qualifier: str
    position: int


class Before(NamedTuple):
    """What the words before a number say about it.

    Attributes:
        hedge: The hedge right before the number ("around"), if any.
        change: "up"/"down" when a change verb governs it ("rose", "fell by").
        level: True when "to", "from" or "at" comes first: a level, not a change.
    """

    hedge: Hedge | None
    change: str | None
    level: bool


def read_before(text: str, lo: int, start: int) -> Before:
    """Hedge, change and level for the number at ``start``, from one look at the words before it."""
    last = context.last_word(text, lo, start)
    if last is None or last.lower not in _TRIGGERS:
        return _NOTHING
    words = context.words_before(text, lo, start, _MAX_FILLERS + 1, reach=60)
    found = context.phrase_before(words, _BEFORE, _LONGEST)
    hedge = Hedge(*found) if found else None
    rest = [w for w in words if hedge is None or w.start < hedge.position]
    if hedge is not None and hedge.qualifier == "at_most" and rest and _MOVED_UP.fullmatch(rest[-1].lower):
        return Before(None, None, True)  # "edged up to 2.957 marks", "revised up to 3.1 pct": a level
    level = bool(rest) and rest[-1].lower in ("to", "from", "at")
    if level:
        return Before(hedge, None, level)
    change = _change(words)
    by = text.rfind("by", max(lo, start - 30), start) if change is None else -1
    if by > 0 and text[by - 1].isspace() and _BY_TAIL.fullmatch(text, by + 2, start):
        moved = _MOVED_BY.search(text, max(lo, start - 90), start)
        if moved is not None:  # "cut its first quarter earnings by 7.4 mln dlrs": the object's change
            change = "up" if moved.group("verb").lower().startswith(_RAISING) else "down"
    return Before(hedge, change, level)


_BY_TAIL = re.compile(
    r"\s+(?:(?:an\s+average\s+of|a\s+further|a\s+total\s+of|about|around|some|nearly|almost|more\s+than|"
    r"up\s+to|roughly|as\s+much\s+as|an\s+estimated)\s+)?"
)
_MOVED_BY = patterns.led_by(
    "rilbhcts",
    r"(?i)\b(?P<verb>rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|lift(?:ed|s|ing)?|boost(?:ed|s|ing)?|"
    r"hik(?:e|ed|es|ing)|cut(?:s|ting)?|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|trim(?:med|s|ming)?|"
    r"slash(?:ed|es|ing)?)\s+(?:[^\s,;:]+\s+){1,6}?by\s+"
    r"(?:(?:an\s+average\s+of|a\s+further|a\s+total\s+of|about|around|some|nearly|almost|more\s+than|"
    r"up\s+to|roughly|as\s+much\s+as|an\s+estimated)\s+)?$",
)
"""A change verb, its object and "by" before the number: "raised its lending rate by 1.5 points"."""
_RAISING = ("rais", "increas", "lift", "boost", "hik")
_MOVED_UP = re.compile(r"[a-z]+ed|went|shot|crept|came|moves?|goes")
"""A verb before "up to": the number is the level it moved up to, not a ceiling."""


_NOTHING = Before(None, None, False)
_TRIGGERS = frozenset({key.split()[-1] for key in _BEFORE} | _FILLERS | _UP | _DOWN | {"to", "from", "at"})


def _change(words: list[context.Word]) -> str | None:
    i = len(words) - 1
    while i >= 0 and words[i].lower in _FILLERS and len(words) - i <= _MAX_FILLERS:
        i -= 1
    if i < 0:
        return None
    verb = words[i].lower
    if verb in _UP:
        return "up"
    if verb in _DOWN:
        return "down"
    return None


_MOVES = frozenset(
    [
        "raise",
        "raises",
        "raising",
        "lower",
        "lowers",
        "lowering",
        "change",
        "changed",
        "changes",
        "moved",
        "move",
        "moves",
        "went",
        "go",
        "goes",
        "revised",
        "revise",
        "upgraded",
        "downgraded",
        "extend",
        "extended",
        "shorten",
        "shortened",
    ]
)


def change_verb_in(text: str, lo: int, end: int) -> bool:
    """True when a change verb ("rose", "cut", "raise") comes in the eight words before ``end``."""
    words = context.words_before(text, lo, end, 8, reach=80)
    return any(w.lower in _UP or w.lower in _DOWN or w.lower in _MOVES for w in words)


def last_word_before(text: str, lo: int, start: int) -> context.Word | None:
    """The word right before ``start``, if only whitespace separates them."""
    return context.last_word(text, lo, start)


def hedge_after(text: str, end: int, hi: int) -> Hedge | None:
    """The hedge that starts right after ``end`` ("or so"); position is where it ends."""
    match = QUALIFIER_AFTER.match(text, end, hi)
    if match is None:
        return None
    key = re.sub(r"\s+", " ", (match.group("q") or match.group("dash")).lower())
    return Hedge(_AFTER[key], match.end())


_COMPARED_AFTER = re.compile(
    r"\s+(?i:(?P<up>higher|firmer|stronger|above(?=\s+(?:the|a|an|its|their|last|year)\b))"
    r"|(?P<down>lower|less|fewer|weaker|cheaper|(?:below|under)(?=\s+(?:the|a|an|its|their|last|year)\b)))\b"
)
"""A comparison after the quantity: "closed 14% lower", "0.5 pct less than", "15 pct below the".
Not "more" or "over": "130 basis points more than Treasuries" is a spread, not a change."""


def change_after(text: str, end: int, hi: int) -> str | None:
    """ "up" or "down" when a change noun or a comparison follows the quantity ("a 5 pct rise",
    "ended eight rand higher")."""
    match = CHANGE_AFTER.match(text, end, hi) or _COMPARED_AFTER.match(text, end, hi)
    if match is None:
        return None
    return "up" if match.group("up") else "down"


def bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """Low and high bounds for a stated ``value`` under ``qualifier``.

    Exact and approximate numbers are bounded by themselves; open-ended hedges
    leave the open side as None rather than inventing a limit.
    """
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    return value, value
