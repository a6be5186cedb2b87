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
    instead apiece overall altogether combined
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


_NOT_SUBJECTS_WORDS = """
    year years prior higher lower above below yesterday today worth total gain gains rise
    rises increase increases drop drops fall falls decline declines jump cut cuts loss_word vs u.s u.s.
    us percent pct cent cents time times level levels point mark record basis each apiece previously
    earlier later respectively compared versus against month months week weeks day days quarter
    quarters period periods end monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
"""
_NOT_SUBJECTS = frozenset(_NOT_SUBJECTS_WORDS.split())
"""Words that follow a number without being what it measures ("35 cts a share", "a year earlier")."""

_VERBS_WORDS = """
    rose rise rises risen jumped jumps soared surged grew grow grows climbed gained gains increased
    increase increases advanced fell fall falls fallen dropped drops declined decline declines
    decreased slipped slid plunged tumbled eased shrank sank dipped slumped lost cut reduced slashed
    raised boosted lifted lowered trimmed narrowed widened totalled totaled totals total amounted
    amounts reached reaches stood stands was were is are be been being will would could should may
    might had has have hit topped exceeded equalled equaled came comes represented accounted
    averaged peaked remained remain remains stayed ended closed opened finished traded valued
    estimated forecast projected expected put set fixed
"""
_VERBS = frozenset(_VERBS_WORDS.split())
_AUXILIARIES = frozenset(
    [
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "also",
        "still",
        "only",
        "just",
        "already",
        "now",
        "then",
        "further",
        "sharply",
        "slightly",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "by",
        "with",
        "during",
        "over",
        "under",
        "between",
        "among",
        "after",
        "before",
        "since",
        "against",
        "than",
        "into",
        "through",
        "across",
        "per",
        "while",
    ]
)
_TIME_WORDS = frozenset(
    [
        "last",
        "this",
        "next",
        "previous",
        "current",
        "first",
        "second",
        "third",
        "fourth",
        "year",
        "quarter",
        "month",
        "week",
        "day",
        "period",
        "yesterday",
        "today",
        "tomorrow",
    ]
)
_CLAUSE_CUTS = re.compile(
    r"[;:]|,\s|\b(?:said|says|say|told|reported|announced|added|noted|that|but|while|which|who|"
    r"when|where|because|although|though|if|whether)\b",
    re.IGNORECASE,
)
_LEFT_WORD = re.compile(r"[A-Za-z][\w'’&.-]*[\w]|[A-Za-z]|\S*\d\S*")
_PRONOUNS = frozenset(
    [
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "there",
        "which",
        "who",
        "one",
    ]
)
_MAX_LEFT = 5


def subject_left(text: str, lo: int, start: int) -> str | None:
    """The noun phrase a verb links to a later number: "net income rose to 146.5 mln dlrs".

    The clause before the number is cut at the last clause boundary ("said",
    "that", a comma); in it the last linking or change verb ("rose", "was",
    "totalled") is found, and the noun phrase right before the verb is the
    subject: a prepositional tail is passed over ("trade between Argentina and
    Brazil jumped" is about "trade") and so are time words ("trade last year
    totalled"). "earnings of 1.50 dlrs" reads the noun before "of" instead.
    """
    lo = max(lo, start - 400)
    before = text[lo:start]
    of = _of_owner(before)
    if of is not None:
        return of
    cut = 0
    for match in _CLAUSE_CUTS.finditer(before):
        cut = match.end()
    words = [m.group() for m in _LEFT_WORD.finditer(before, cut)]
    verb = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _VERBS), None)
    if not verb:
        return None
    while verb > 0 and words[verb - 1].lower() in _AUXILIARIES:
        verb -= 1
    return _phrase_before_verb(words[:verb])


def _phrase_before_verb(words: list[str]) -> str | None:
    chunk: list[str] = []
    conjunct: list[str] | None = None
    in_phrase = False
    for word in reversed(words):
        lower = word.lower()
        if any(ch.isdigit() for ch in word):
            break
        if lower in _PREPOSITIONS or lower == "of":
            chunk, conjunct, in_phrase = [], None, True
            continue
        if in_phrase and (lower in _STOP or lower in _DETERMINERS):
            continue  # "issues for all of February rose": inside the prepositional tail
        in_phrase = False
        if lower in ("and", "or", "&"):
            if conjunct is None:
                conjunct = list(chunk)
            chunk.append(word)
            continue
        if lower in _TIME_WORDS and not chunk:
            continue
        if lower in _STOP or lower in _VERBS or lower in _DETERMINERS:
            break
        chunk.append(word)
        if len(chunk) >= _MAX_LEFT + 3:
            break
    if conjunct:
        chunk = conjunct
    chunk.reverse()
    chunk = chunk[-_MAX_LEFT:]
    if not chunk or chunk[-1].lower() in _PRONOUNS:
        return None
    return " ".join(chunk)


_OF_OWNER = re.compile(
    r"(?P<noun>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|up\s+to|an\s+estimated|a|an)\s+)?$"
)


def _of_owner(before: str) -> str | None:
    """ "earnings of", "a dividend of": the noun an "of" ties to the number that follows it."""
    match = _OF_OWNER.search(before[-80:])
    if match is None:
        return None
    words = match.group("noun").split()
    while words and (words[0].lower() in _STOP or words[0].lower() in _VERBS):
        words = words[1:]
    if not words:
        return None
    last = words[-1].lower()
    if last in _STOP or last in _NOT_SUBJECTS or last in _VERBS or last in _TIME_WORDS:
        return None
    return " ".join(words)


_PER = re.compile(r"\s+(?:a|an|per|each)\s", re.IGNORECASE)


def acceptable(subject: str | None, after: str = "") -> str | None:
    """``subject`` unless it never names what is measured ("year", "prior", "the total").

    Args:
        subject: The phrase read after or before the number.
        after: The text right after the number: "35 cts a share" and "5 pct a year"
            name a rate's denominator there, not what is measured.
    """
    if subject is None:
        return None
    words = subject.split()
    if len(words) == 1 and _PER.match(after):
        return None
    head = words[-1].lower().rstrip(".")
    if head in _NOT_SUBJECTS or head in _TIME_WORDS or head.endswith("ly"):
        return None
    if len(words) == 1 and (
        head in _PRONOUNS or (subject.isupper() and len(subject) <= 3 and "." in subject)
    ):
        return None
    return subject
