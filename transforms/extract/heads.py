"""The canonical head of a subject: "IS jihadists" -> "jihadist", "net income" -> "income".

Analysts group facts by what they measure, so the head is the last noun of the
subject, lower case and singular (:func:`transforms.extract.singulars.singular`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.extract import kinds, numbers, scales, subjects
from transforms.extract.singulars import singular

_NOT_HEADS = frozenset({"a", "an", "the", "and", "or", "&"})
_SCALES = frozenset(
    [*scales.ABBREVIATED]
    + [word + end for word in ("thousand", "million", "billion", "trillion") for end in ("", "s")]
)
"""Scale words ("mln", "billions"): they size a number and never head what it counts."""
_PREPOSITIONS = frozenset(
    {"of", "per", "a", "in", "for", "on", "at", "by", "to", "from", "with", "under", "over", "between"}
    | {"excluding", "including", "involving", "among", "across", "during"}
)
"""Words that end a subject's head: "sales per square foot", "pay excluding bonuses", "deaths involving
nitazenes" (a participle used as a preposition, like "including", opens a tail as "of" does)."""

_RESULT_TAILS = frozenset({"before", "after", "excl", "incl"})
"""Words that open a results label's tail ("Net profit before minorities"): no head."""
_RESULT_NOUNS = frozenset(
    {"profit", "profits", "income", "earnings", "loss", "losses", "turnover", "sales", "revenue", "revenues"}
    | {"surplus", "deficit", "net", "pretax", "pre-tax", "items", "credit", "debit"}
)
"""A results noun and the tail that says what it leaves out: "profit after tax", "net profit before
minorities", "turnover net of duties" (the profit, the turnover)."""


_PARTICLES = frozenset(
    ["on", "ons", "off", "offs", "out", "outs", "up", "ups", "over", "overs", "down", "downs"]
)
"""Particles that end a compound noun ("add-on", "sell-off", "buy-out", "start-up", "take-over")."""

_PREFIXES = frozenset(["vice", "co", "ex", "non", "pre", "post", "semi", "anti", "mid", "sub", "self", "re"])
"""English prefixes a capitalised compound can open on ("Vice-Chairmen", "Non-Residents"): a common
noun, whose head is its last part, not a hyphenated name."""

_NAMED_INDEX_ENDS = frozenset(["Composite", "Index"])
"""Capitalised last words of a stock index's proper name ("Nasdaq Composite", "Hang Seng Index"): the
whole name heads it, since "composite" or "index" alone would group every index of every market together
(the dev labels write "nasdaq composite", "jakarta composite index"). "Average" is left out: the Reuters
labels head "the Dow Jones Industrial Average" as "average"."""


_ED_NOUNS = frozenset(
    ["shed", "seed", "need", "feed", "weed", "breed", "creed", "greed", "deed", "speed", "steed", "hundred"]
)
"""Nouns in -ed longer than four letters ("red", "bed" are too short to be read as participles)."""


def _participle(word: str) -> bool:
    """Whether a subject's last word is a past participle after its noun ("surveyed", "polled")."""
    lower = word.lower()
    return len(lower) > 4 and lower.endswith("ed") and word[:1].islower() and lower not in _ED_NOUNS


_STANDING = frozenset(["outstanding", "outstandings", "remaining", "due", "payable"])
"""Words a wire writes after the noun whose state they give ("bank loans outstanding", "the notes due",
"Net interest payable")."""
_NOT_STANDING_NOUNS = frozenset(["its", "their", "those", "these", "all", "total", "mln", "billion", "pct"])
"""Words before such a state that are no noun it describes ("its outstanding", "those outstanding")."""


_STATE_BEFORE_IN = re.compile(r"(?i)available|issued|payable|denominated|offered|sold|priced")
"""A state a subject opens on before "in" and the noun it is in ("available in denominations of")."""


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


@lru_cache(maxsize=16384)
def head_of(subject: str | None) -> str | None:
    """The canonical head of ``subject``, or None when it has no word to head it."""
    if not subject:
        return None
    words = [word.strip("\"'“”‘’().,;:") for word in subject.split()]
    for index, word in enumerate(words):
        if (
            index > 1
            and word.lower() == "of"
            and words[index - 1].lower() == "net"
            and words[index - 2].lower() in _RESULT_NOUNS
        ):
            words = words[: index - 1]  # "turnover net of duties": the turnover
            break
        if index > 0 and word.lower() in _RESULT_TAILS and words[index - 1].lower() in _RESULT_NOUNS:
            words = words[
                :index
            ]  # "profit after tax", "pretax profit before extraordinary items": the profit
            break
        if (
            index > 0
            and word.lower() in _PREPOSITIONS
            and not (word == "A" and words[index - 1].lower() == "class")
        ):
            if index + 2 < len(words) and subjects.is_compound(words[index - 1], words[index + 1]):
                continue  # "balance of payments deficit": the deficit
            state = index == 1 and len(words) > 2 and _STATE_BEFORE_IN.fullmatch(words[0]) is not None
            if state and word.lower() == "in":
                words = words[2:]  # "available in denominations", "issued in tranches": the noun after "in"
                break
            words = words[:index]  # "sales per square foot", "price of gold": the head comes first
            break
    words = [word for word in words if word and word.lower() not in _NOT_HEADS]
    if words and words[-1].lower() in _SCALES:
        while words and words[-1].lower() in _SCALES:
            words = words[:-1]  # "Acres (mln)": the acres; "three billion by the private sector": no noun
        if words and (words[-1].lower() in numbers.NUMBER_WORDS or _has_digit(words[-1])):
            return None  # "the U.K's four billion": the number, no noun
    if not words:
        return None
    last = words[-1]
    while (
        len(words) > 1
        and last.lower() in _STANDING
        and words[-2].lower() not in _NOT_STANDING_NOUNS
        and words[-2][:1].isalpha()
        and not (last.lower() == "payable" and words[-2].lower() in ("share", "shr"))
    ):  # "a share payable May 15" is the dividend's date, read by the kind rules as it was
        words, last = words[:-1], words[-2]  # "commercial paper outstanding", "loans outstanding": the paper
    if len(words) > 1 and _participle(last) and words[-2][:1].islower():
        words, last = words[:-1], words[-2]  # "those surveyed", "people polled": the participle says which
    if last in _NAMED_INDEX_ENDS and len(words) > 1 and all(word[:1].isupper() for word in words):
        return " ".join(words).lower()  # "the Nasdaq Composite": the name is the head
    if last in kinds.NAME_SUFFIXES and len(words) > 1:
        last = words[-2]  # "John W. Smith Jr": the surname heads the name
    if last.isdigit() and len(words) > 1 and words[-2][:1].isupper():
        return f"{words[-2]} {last}".lower()  # "FTSE 100", "S&P 500": the number is part of the name
    parts = [part for part in last.split("-") if part]  # "Year-to-date output": "to" is no preposition here
    if not parts:
        return None
    if len(parts) > 1 and parts[-1].isdigit() and parts[0][:1].isupper():
        return last.lower()  # "M-1 grew", "Section 8-2": a code's number is part of its name, not the head
    if (
        len(words) > 1
        and last.islower()
        and last in numbers.NUMBER_WORDS
        and words[-2].isalpha()
        and words[-2].islower()
        and words[-2] not in subjects.STOP_OR_PREPOSITION
        and not words[-2].endswith(("s", "ly", "most"))  # a numbered noun is singular: not "carries three"
    ):
        return singular(words[-2])  # "bills in band two", "tranche three": the numbered noun heads it
    if parts[-1].isdigit() or (len(words) == 1 and last.lower() in numbers.NUMBER_WORDS):
        return None  # "four of the five": a number is never the head of what it counts
    if len(parts) > 1 and parts[-1].lower() in _PARTICLES:
        whole = last.lower()  # "add-ons", "buy-outs", "lay-offs": the compound is the noun
        return whole[:-1] if whole.endswith("s") else whole
    if (
        len(parts) > 1
        and all(len(part) > 1 and part[:1].isupper() for part in parts)
        and last[-1:].isalpha()
        and parts[0].lower() not in _PREFIXES
    ):
        # "Borg-Warner", "Allis-Chalmers", "KHJ-TV": a hyphenated name is one head (not a footnote
        # letter: "Named-A", "M1-B"; nor a party and state: "R-Minn")
        return last.lower().removesuffix("'s")
    return singular(parts[-1].lower())
