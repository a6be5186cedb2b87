"""Numbers that are not facts: years, dates, times, ordinals, names, phone numbers, scores, lap times.

Two kinds of rule live here. Span rules (dates, clock and lap times, phone
numbers, scores) are patterns anchored at a numeral; a numeral that opens
such a span is dropped together with the rest of the span. Numeral rules (years, names such as "Big 12",
labels such as "Section 427") look at one numeral and the word before it.
Ordinals and glued names ("8th", "G20", "5G", "COVID-19") never reach here:
the numeral pattern refuses letters glued to digits unless they spell a unit.
"""

from __future__ import annotations

import re

from transforms.extract import context, gazetteer, patterns

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Spans led by a digit. Each branch omits its first digit: the whole pattern starts with one \d, so
# the regex engine can skip to digits quickly (a leading alternation or \b would disable that).
_DIGIT_LED = re.compile(
    r"\d(?:"
    rf"\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])(?:\s*,?\s*\d{{4}}\b)?"  # 6 June 2017
    r"|\d{3}-\d{2}-\d{2}\b|\d?[/.]\d{1,2}[/.]\d{2,4}\b(?!\s*(?:pct|percent|%))"  # 2017-06-06, 12/05/2020;
    # not a two-way quote "5.81/80 pct"
    r"|(?:(?<=1)[89]\d\d|(?<=2)0\d\d)\s*[/-]\s*\d{2,4}\b(?!\s*(?:pct|percent|%))"  # 1986/87, 2014-15
    r"|\d?(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|o'clock\b)"  # 11 a.m.
    r"|\d?:\d{2}(?::\d{2})?(?:\.\d+)?"  # 11:30, lap time 1:23.456
    r"|\d?(?:[:.]\d{2})?\s*(?:GMT|UTC|EST|EDT|BST|CET|CEST|PST|PDT)\b"  # 11 GMT
    r"|\d[:.]?\d{2}\s*(?:GMT|UTC|EST|EDT|BST|CET|CEST|PST|PDT|hrs|hours\s+GMT|local\s+time)\b"  # 0930 GMT
    r"|\d*\s*(?:h|hr|hrs)\s*\d+\s*(?:m|min|mins)\b(?:\s*\d+(?:\.\d+)?\s*(?:s|sec|secs)\b)?"  # 2hr 1min
    r"|\d*\s*(?:min|mins|m)\s*\d+(?:\.\d+)?\s*(?:s|sec|secs)\b"  # 1min 23.4sec
    r"|\d*'\s*\d+(?:\.\d+)?\""  # 1' 23.4"
    r"|\d{2}[.-]\d{3}[.-]\d{4}\b"  # 555-123-4567
    rf"|\d?\s*(?:-|–|to|and)\s*\d{{1,2}}\s+{_MONTH}(?![a-z])"  # 6 to 8 June
    r")"
)
_MONTH_NAMES = """
    jan january feb february mar march apr april may jun june jul july aug august sep sept september
    oct october nov november dec december
"""
_MONTHS = frozenset(name + dot for name in _MONTH_NAMES.split() for dot in ("", "."))
_TEL_WORDS = frozenset(["tel", "phone", "call", "hotline", "fax", "telephone"])
_LEADING_ZERO = re.compile(r"0\d{2,}[\s.-]\d")
"""Digits led by a zero and followed by more digit groups ("0800 123 4567") are a phone number."""
_DAY = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2}\b(?!\s*(?:pct|percent|%)))?(?!\s*(?:,\d|\.\d|\d|%|\s+(?:pct|percent|per\s+cent)\b))(?:\s*,?\s*\d{4}\b)?"
)
_DAY_YEAR = re.compile(r"\d{1,2}\s+(?:19|20)\d\d\b(?![,.]?\d|\s*(?:pct|percent|%))")
"""A day and a year with no comma between them ("the year ended March 31 1986")."""
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}\b"  # (212) 555-1234
    r"|\+\d{1,3}[\s.-]?\d{1,4}(?:[\s.-]\d{2,4}){2,4}\b"  # +44 20 7946 0000
)
_RATIO = re.compile(r"(?i:\w+-for-\w+)\b")
_PHONE_DIGITS = re.compile(r"[\d\s().+-]{6,}\d")
_SCORE = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}\b(?:\s*,?\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}\b\)?)*")
_SPORT = patterns.led_by(
    "abcdeghilmoqrstvw",
    r"(?i)\b(?:beat|beats|beating|won|win|wins|winning|victory|victories|defeat|defeated|defeats|"
    r"draw|drew|drawn|scored?|goals?|match|matches|semi-?finals?|quarter-?finals?|half-?time|halftime|"
    r"innings|wickets?|overtime|tiebreaks?|league|aggregate|routed|thrashed|edged|triumphed|"
    r"stadium|tournament|championship|striker|goalkeeper|seeded|sets?\s+\d)\b",
)
"""Words that make "3-1" a score; ambiguous money words ("loss", "lead", "final") are left out."""

_YEAR_RANGE = re.compile(
    r"(?P<first>(?:19|20)\d\d)\s*(?:-|–|to|and|through|thru)\s*(?P<last>(?:19|20)\d\d)\b"
    r"(?![,.]?\d|\s*(?:pct|percent|per\s+cent|%))"
)
"""Two years joined as a period ("1987 to 1991", "between 1981 and 1985"): dates, not a range of amounts.
The later year must follow the earlier within a lifetime, which "1,500 to 2,000" (grouped) never matches."""

_MODEL_CODE = re.compile(r"(?P<model>\d{3})-(?P<sub>\d{3})(?P<tail>[A-Z]{1,3}\b|'s\b)?(?!\d|[,.]\d)")
"""A model and its variant ("767-300's", "747-400 aircraft", "767-300ER"): no range runs downwards and
none carries letters, so a lower second number or a letter tail makes the pair a name."""


def blocked(text: str, start: int, lo: int, hi: int) -> int | None:
    """Where the date, time, phone number or score holding the numeral at ``start`` ends, or None.

    Every rule is anchored at the numeral (or the word right before it), so the
    cost per numeral is constant. The caller skips to the returned offset, which
    also drops the later numerals of the same span ("11:30", "1min 23.4sec").
    """
    match = _DIGIT_LED.match(text, start, hi) or _RATIO.match(text, start, hi)
    if match:
        return match.end()
    word = context.last_word(text, lo, start)
    if word is not None and word.lower in _MONTHS and text[word.start].isupper():
        day = _DAY_YEAR.match(text, start, hi) or _DAY.match(text, start, hi)
        if day:
            return day.end()
        if text[start].isalpha():  # "payable August five"
            return start + 1
    if start > lo and text[start - 1] in "+(":
        phone = _PHONE.match(text, start - 1 if start - 2 < lo or text[start - 2] != "+" else start - 2, hi)
        if phone:
            return phone.end()
    if _after_tel_word(text, lo, start, word) or _LEADING_ZERO.match(text, start, hi):
        digits = _PHONE_DIGITS.match(text, start, hi)
        if digits:
            return digits.end()
    if text[start] in "12":
        years = _YEAR_RANGE.match(text, start, hi)
        if years is not None and 0 < int(years.group("last")) - int(years.group("first")) <= 60:
            return years.end()
    if text.startswith("-", start + 3):
        code = _MODEL_CODE.match(text, start, hi)
        if code is not None and (code.group("tail") or int(code.group("sub")) < int(code.group("model"))):
            return code.end()
    score = _SCORE.match(text, start, hi)
    if score and _SPORT.search(text, max(0, start - 160), score.end() + 160):
        return score.end()
    return None


def _after_tel_word(text: str, lo: int, start: int, word: context.Word | None) -> bool:
    """True after "call", "tel:" or "hotline on"."""
    if word is None:
        return False
    if word.lower == "on":
        words = context.words_before(text, lo, start, 2)
        return len(words) == 2 and words[0].lower.rstrip(".:") in _TEL_WORDS
    return word.lower.rstrip(".:") in _TEL_WORDS


_LABELS = (
    "section|article|chapter|rule|resolution|paragraph|clause|page|pages|flight|route|highway|interstate|"
    "room|gate|platform|row|level|grade|category|phase|stage|number|no|no\\.|nos\\.|tier|model|version|"
    "season|round|lap|hole|channel|bus|line|building|block|ward|district|precinct|exit|size|pier|terminal|"
    "track|lane|apartment|floor|act|amendment|article|bill|item|figure|table|box|door|"
    "court|courtroom|suite|unit|zone|sector|camp|station|post|squad|shirt|jersey|number|vol|volume|"
    "part|region|division|group|class|type|mark|series|episode|verse|psalm|proposition|measure|band|"
    "local|precinct|battalion|brigade|corps|fleet|squadron|regiment|"
    "ordinance|law|decree|code|form|schedule|regulation|directive|standard|index|grid"
)
_LABEL_WORDS = frozenset(_LABELS.replace("\\", "").split("|"))
_COMMON_CAPITALISED_WORDS = """
    a an the in on at of for from by with to about around some nearly almost over under only just
    and but or after before since until during between among across against into than more less
    another all both each every these those this that there here its their his her our your my while
    when as if so yet also even still about approximately roughly some estimated least up says said
    say monday tuesday wednesday thursday friday saturday sunday jan january feb february mar march
    apr april may june july aug august sep sept september oct october nov november dec december
    total net revenue revenues sales shr shrs profit loss avg qtr year mths oper vs including
    includes include plus minus another further just barely fully nearly exactly killed wounded
    injured dead arrested detained age aged
    revs rev shr avg oper qtly div note pay record gross loans deposits assets dividend dividends
    payout earnings income turnover orders output exports imports production stocks reserves debt
"""
_COMMON_CAPITALISED = frozenset(_COMMON_CAPITALISED_WORDS.split())


def is_year(value: float, surface: str) -> bool:
    """A four-digit integer from 1800 to 2100 written without a comma reads as a year."""
    return len(surface) == 4 and surface.isdigit() and 1800 <= value <= 2100


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,]\d)")
"""A numeral in thousands groups ("4,800", "20,000"): a quantity, never the number of a name."""


_ROW_COLUMNS = re.compile(
    r"(?:\d[\d,]*\.\d+|\d+(?=(?:[ \t]+(?:\(?-?\d[\d.,]*\)?|nil)){2}))"
    r"(?:[ \t]+(?:\(?-?\d[\d.,]*\)?|nil))+[ \t]*(?:\n|$)"
)
"""A decimal then more figures in columns to the end of the line ("69.2 69.2 75.2 75.2"), or a whole
number then two more at least ("218 192 174 174")."""
_LINE_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}")
"""A row label that opens its line: up to three words, the first capitalised ("Harvested", "Feed Use")."""


def is_named(text: str, lo: int, start: int) -> bool:
    """True when the numeral at ``start`` is part of a name or label ("Big 12", "Section 427").

    The word right before decides: a label word ("section", "flight", "No."),
    or a capitalised word that is not a common sentence opener ("In", "About").
    """
    word = context.last_word(text, lo, start)
    if word is None:
        return False
    if word.lower in _LABEL_WORDS:
        return True
    if _GROUPED.match(text, start):
        return False  # "Angola 4,800 (12,100)", "the Nikkei 20,000 mark": names number without commas
    original = text[word.start : word.end]
    if not (original[-1].isalnum() or original[-1] == ".") or original.endswith(("'s", "’s")):
        return False  # "Haryana's 90-seat assembly": a possessive owns the number, it does not name it
    if not any(c.isupper() or c == "&" for c in original):
        return False
    if word.lower.rstrip(".") in _COMMON_CAPITALISED:
        return False
    # "Harvested 69.2 69.2 75.2 75.2": a decimal that opens the columns of a table row, which run to
    # the end of its line, is the row's first figure, not the number of a name ("Windows 3.1")
    # (a place's row, "Toledo 1.2 1.4", "IRAN 1.6 2.2", keeps its first figure out: its subject is the
    # table's measure, which a row does not name)
    if _ROW_COLUMNS.match(text, start) is None:
        return True
    label = _LINE_LABEL.fullmatch(
        text, text.rfind("\n", lo, word.start) + 1 if "\n" in text[lo : word.start] else lo, word.end
    )
    if label is None:
        return True
    name = label.group().strip()
    return name.isupper() or gazetteer.is_place(name) or gazetteer.is_locality(name)
