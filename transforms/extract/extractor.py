"""Wires numerals, units, hedges, exclusions and subjects into facts.

One left-to-right scan over the text finds each numeral; around it, small
anchored regex matches read the currency before it, the scale word, a range's
second end, the unit, the hedges and the change verb. Nothing is re-scanned, so
the cost is linear in the text and dominated by the compiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from operator import itemgetter

from transforms.extract import (
    context,
    describe,
    exclusions,
    kinds,
    numbers,
    patterns,
    qualifiers,
    scales,
    sentences,
    subjects,
    units,
)
from transforms.extract.model import Fact, make_fact
from transforms.extract.story import read_story

_DIGIT_START = re.compile(
    r"\d(?:(?<![\w.,:]\d)|(?<=[A-Za-z]\d)(?:(?<=\$US\d)|(?<=\$A\d)|(?<=\$NZ\d)|(?<=\$C\d)|(?<=\bRM\d)|(?<=\bRs\d)"
    r"|(?<=\bRp\d)|(?<=\bK[Ss]h\d)|(?<=\bKShs\d)|(?<=\b[UT]Sh\d)|(?:(?<=\bR\d)|(?<=\bSh\d)|(?<=\bPS\d))"
    r"(?=[\d,.]*\s?(?:bn|m|mln|million|billion|trillion)\b|\d{0,2},\d{3})))"
    r"(?:(?<![A-Za-z]-\d)|(?<=[Mm]id-\d)|(?<=[Ll]ate-\d)|(?<=[Ee]arly-\d))(?<!\d[-–/]\d)"
)
"""Where a number starts: not inside a word or another number ("B52", "1.5"), but after "$US", "$A", "RM",
"Rs", "Rp", "KSh", and the rand's "R", a shilling's "Sh" and ASCII copy's "PS" (for "£") before millions
or thousands ("R1.2bn", "Sh1,500", "PS6m"; not "R2", an "Sh2" engine or a "PS5"),
and after "mid-", "late-", "early-" ("in his mid-60s": the part of a decade, read by kinds.decade_age).
Every currency mark ends in a letter: one look-behind for it spares a digit inside a number
("1,234,567") the dozen look-behinds of the marks (a third of the whole-text scan)."""
_DIGITS = re.compile(numbers.DIGITS_PATTERN)
_WORDS = patterns.led_by(
    numbers.WORDS_FIRST_LETTERS, rf"\b(?={numbers.WORDS_OPENINGS}){numbers.WORDS_PATTERN}"
)
"""Spelled-out numbers; the look-ahead on :data:`numbers.WORDS_OPENINGS` at each word start (every
match opens on one) spares most words the pattern's alternation of number words."""
_VAGUE = patterns.led_by(numbers.VAGUE_FIRST_LETTERS, numbers.VAGUE_PATTERN)
_SIGNS = frozenset("-+−")
_START_AND_KIND = itemgetter(0, 1)
"""The sort key of a candidate, (start, kind): the lambda it replaces cost a Python call per numeral."""
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SECOND = re.compile(rf"(?P<digits>{numbers.DIGITS_PATTERN})|(?i:(?P<words>{numbers.WORDS_PATTERN}))")
_SCALE_AFTER = re.compile(rf"(?:\s+|-)?{scales.SCALE_AFTER_PATTERN}")
_SHORT_SCALE = re.compile(scales.GLUED_PATTERN)
_WORDS_SCALE_END = re.compile(r"(?i)\b(?P<scale>thousand|million|billion|trillion)$")
"""A scale word ending the second end of a range written in words: "three to five billion"."""
_WORDS_SCALE_MIN = 1000.0
_WIRE_FRACTION = r"(?P<num>[1-9]\d?)/(?P<den>2|4|8|16|32|64)"
"""A bare wire fraction in halves to sixty-fourths: "3/8", "13/16"."""
_WIRE_SECOND = re.compile(
    r" (?:(?P<digits>(?P<whole>\d{1,3})(?:-\d{1,2}/\d{1,2})?)|" + _WIRE_FRACTION + r")"
    r"(?=\s*(?:pct\b|percent\b|%|dlrs?\b|cts\b))"
)
"""The second level of a wire quote, right before its unit: "19 [19-1/2] pct", or only its fraction of the
first's whole number: "6-9/16 [7/16] pct"."""
_UNIT_FRACTION = re.compile(
    _WIRE_FRACTION + r"(?=\s*(?:pct\b|percent\b|%|percentage\s+points?\b|dlrs?\b|cts\b))"
)
"""A bare wire fraction right before its unit: "a margin of 13/16 pct", "a fee of 1/16 pct"."""
_RANGE_JOIN = re.compile(r"\s*(?P<join>[-–—]|to|and|or)\s*(?P<cur>US\$|\$|€|£)?(?=[\d.]|[A-Za-z])", re.I)
_RANGE_LEAD = re.compile(
    r"(?i)\b(?:rang(?:ed|es?|ing)\s+(?:from|between)|range\s+(?:of|from|between|was))\s+(?:(?:an?|the)\s+)?$"
)
"""A range word right before a range's first end: "ranged from", "ranging between", "a range of"."""
_UNIT_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to)\s*(?=\d)")
_ZERO_TO_SPEED = re.compile(
    r"(?i)(?:-to-|\s+to\s+|\s*[-–]\s*)\d{2,3}[\s-]*(?:mph|km/h|kph|kmh|miles\s+per\s+hour)\b"
)
_AND_JOIN = re.compile(r"\s+and\s+(?=\d|[a-z])")
_BY_OR_FROM = re.compile(
    r"(?i)\b(?P<word>by|from)\s+(?:(?:a|an|the|nominal|net|further|total|around|about|some|nearly|almost|"
    r"roughly|approximately|estimated)\s+)*$"
)
_CHANGE_VERB = re.compile(
    r"(?i)\b(?:ris\w*|rose|raise\w*|fell|fall\w*|increas\w*|decreas\w*|reduc\w*|cut\w*|grow\w*|grew|"
    r"climb\w*|jump\w*|drop\w*|declin\w*|gain\w*|lower\w*|boost\w*|expand\w*|widen\w*|narrow\w*)\b"
)
_ARTICLE = re.compile(r"\s+an?(?=\s)")
_OF_UNIT = re.compile(r"\s+of(?=\s)")
_FRACTION_OK = re.compile(r"\s+(?:of|the|a|an)\b|-|\s*[,.;:!?)\"'”]|\s*$")
_FRACTION_BEFORE = frozenset(
    [
        "by",
        "almost",
        "nearly",
        "about",
        "around",
        "roughly",
        "some",
        "than",
        "over",
        "under",
        "just",
        "only",
        "barely",
        "fully",
    ]
)
_ONE_BAD_AFTER = re.compile(
    r"\s+(?:of|another|after|by|or|in|on|at|who|which|that|is|was|has|had|point(?!\s+(?:ahead|behind|clear)\b)|time|"
    r"way|hand|thing|other|day|side)\b"
    r"|\s*[,.;:!?)\"'”]|\s*$",
    re.I,
)
_ONE_BAD_BEFORE = frozenset(
    [
        "no",
        "any",
        "some",
        "every",
        "each",
        "the",
        "this",
        "that",
        "which",
        "a",
        "another",
        "only",
        "such",
        "last",
        "first",
        "new",
    ]
)
_LETTER = re.compile(r"[A-Za-z]")
_GLUED_M = re.compile(r"(?:m|bn|k)\s+(?P<word>[a-z]{3,}s|people|children|men|women)\b")
_BARE_M = re.compile(
    r"m(?=\s*(?:[,.;:)]|$)|\s+(?:a|an|the|it|in|on|for|from|to|at|by|of|and|or|with|last|this|next|earlier|ago|previously)\b)"
)
"""A glued "m" followed by no noun it could measure: "the 30m it offered", "80m a year earlier"."""
_SIGNED_MILLIONS = re.compile(r"(?:[£€$]|US\$)\s?\d[\d,.]*\s?(?:m|bn)\b")
"""A sum in millions or billions with a currency sign: "£45m", "€1.2bn"."""
_PARTNER_BEFORE = re.compile(
    rf"(?i)\b(?:from|to|of|than|against|versus|vs\.?|with)\s+(?:(?:the|a|an|its|{qualifiers.HEDGE})\s+)*$"
)
"""What stands before a sum's partner: "up from the 30m", "against a profit of 80m", "compared with 12m"."""
_NOT_PLURAL = frozenset(
    [
        "was",
        "has",
        "this",
        "is",
        "its",
        "as",
        "across",
        "towards",
        "towers",
        "plus",
        "less",
        "always",
        "perhaps",
        "besides",
        "thus",
        "whereas",
        "sometimes",
        "runs",  # "the 5k runs", "100m races": distances of races, not thousands or millions of them
        "races",
        "swims",
        "walks",
        "heats",
        "finals",
    ]
)
_HALF_BAD_BEFORE = frozenset(
    [
        "first",
        "1st",
        "2nd",
        "second",
        "last",
        "latter",
        "former",
        "other",
        "better",
        "the",
        "this",
        "that",
        "each",
        "either",
    ]
)
_SLASHED = re.compile(r"/\d")
_MOVE_FRACTION = re.compile(_WIRE_FRACTION + r"\b(?=\s+(?:to|at)\s+\d)")
_MOVE_BEFORE = re.compile(
    r"(?i)\b(?:rose|fell|gained|lost|slipped|dropped|climbed|eased|firmed|slid|jumped|dipped|advanced|"
    r"declined|added|shed|off|up|down)\s+$"
)
"""A move verb right before a bare fraction that a level follows: a quote's move, not a date or ratio."""
_BID_DIGITS = re.compile(r"\d[\d,]*\.\d+$")
"""The bid's own digits at the end of its surface, after any currency sign or code before them."""
_TWO_WAY = re.compile(r"/(?P<tail>\d{1,4})(?![\d/.,])")
"""The offer side of a two-way quote after the bid, in its last digits: "1.6175/85", "332.70/72"."""
_DECIMALS = re.compile(r"\.(?P<decimals>\d+)$")
_RATIO_IN = re.compile(r"\s+in\s+(?:every\s+)?(?=\d|[a-z])")
_LINK_GAP = re.compile(r"\s*[(\[]\s*")


_VAGUE_KIND, _WORDS_KIND, _DIGITS_KIND = 0, 1, 2


@dataclass(slots=True)
class _Draft:
    """A quantity being assembled before it becomes a :class:`Fact`.

    Slotted: built for every numeral and its fields read and set many times over.
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str = "exact"
    change: str | None = None
    unit: units.Unit | None = None
    subject: str | None = None
    kind: str | None = None


class _Scanner:
    """One pass over one text; holds the text-wide indexes the rules need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = sentences.split(text)
        self.index = sentences.SentenceIndex(self.sentences)
        # ASCII letters only, so that offsets in ``lower`` stay those of ``text``; for an ASCII text
        # (nearly every wire story) ``str.lower`` gives the same string about eight times faster.
        self.lower = text.lower() if text.isascii() else text.translate(_LOWER)
        self._before_cache: dict[int, qualifiers.Before] = {}
        self._sentence_text: dict[int, str] = {}
        """Each sentence's text, sliced once: its facts share one string, so the later passes'
        per-sentence caches hash it once and no fact pays for a copy of a long (table) sentence."""

    def run(self) -> list[Fact]:
        """Every fact in the text, in reading order."""
        facts: list[Fact] = []
        if not self.sentences:
            return facts
        consumed = 0
        for start, kind, match in self._candidates():
            if start < consumed:
                continue
            sentence_index = self.index.find(start)
            sentence = self.sentences[sentence_index]
            draft, consumed = self._draft(kind, match, sentence)
            if draft is not None:
                facts.append(self._fact(draft, sentence_index, sentence))
        return _link(self.text, facts)

    def _candidates(self) -> list[tuple[int, int, re.Match[str]]]:
        """Numerals in reading order: (start, priority/kind, match); vague before words at a tie.

        Three simple scans beat one alternation: each begins with a cheap
        character test, so the regex engine skips most of the text quickly.
        """
        found: list[tuple[int, int, re.Match[str]]] = []
        if any(needle in self.lower for needle in numbers.VAGUE_NEEDLES):  # most stories hold none
            for match in _VAGUE.finditer(self.lower):
                found.append((match.start(), _VAGUE_KIND, match))
        found.extend(self._word_candidates())
        text = self.text
        for start_match in _DIGIT_START.finditer(text):
            digits = _DIGITS.match(text, start_match.start())
            if digits is not None:
                found.append((digits.start(), _DIGITS_KIND, digits))
        found.sort(key=_START_AND_KIND)
        return found

    def _fact(self, draft: _Draft, sentence_index: int, sentence: sentences.Sentence) -> Fact:
        unit = draft.unit
        si_value, si_unit = units.to_si(draft.value if draft.value is not None else draft.low, unit)
        if draft.value is None and draft.low is not None and si_value is not None:
            si_value = None
        return make_fact(
            surface=self.text[draft.start : draft.end],
            start=draft.start,
            end=draft.end,
            value=draft.value,
            low=draft.low,
            high=draft.high,
            qualifier=draft.qualifier,
            change=draft.change,
            unit=unit.name if unit else None,
            kind=draft.kind or (unit.kind if unit else "count"),
            si_value=si_value,
            si_unit=si_unit,
            subject=draft.subject,
            sentence_index=sentence_index,
            sentence=self._sentence_of(sentence_index, sentence),
        )

    def _sentence_of(self, index: int, sentence: sentences.Sentence) -> str:
        """The text of sentence ``index``, one string for all its facts."""
        found = self._sentence_text.get(index)
        if found is None:
            found = self._sentence_text[index] = self.text[sentence.start : sentence.end]
        return found

    def _word_candidates(self) -> list[tuple[int, int, re.Match[str]]]:
        """Spelled-out numbers; "four seven mln" holds two, so scanning resumes where a number ends."""
        found: list[tuple[int, int, re.Match[str]]] = []
        lower = self.lower
        match = _WORDS.search(lower)
        while match is not None:
            found.append((match.start(), _WORDS_KIND, match))
            parsed = numbers.parse_words(match.group())
            resume = match.start() + parsed.length if parsed is not None else match.end()
            match = _WORDS.search(lower, max(resume, match.start() + 1))
        return found

    def _draft(
        self, kind: int, match: re.Match[str], sentence: sentences.Sentence
    ) -> tuple[_Draft | None, int]:
        if kind == _VAGUE_KIND:
            return self._vague(match, sentence)
        if kind == _DIGITS_KIND:
            return self._digits(match, sentence)
        return self._words(match, sentence)

    # -- vague quantities ------------------------------------------------------------------------

    def _vague(self, match: re.Match[str], sentence: sentences.Sentence) -> tuple[_Draft | None, int]:
        bounds = numbers.parse_vague(match.group())
        draft = _Draft(match.start(), match.end(), None, bounds.low, bounds.high, "vague")
        unit_match = units.unit_at(self.text, draft.end, sentence.end)
        if unit_match is None:
            of = _OF_UNIT.match(self.text, draft.end, sentence.end)
            if of:
                unit_match = units.unit_at(self.text, of.end(), sentence.end)
        if unit_match:
            draft.unit = unit_match.unit
            draft.end = unit_match.end
        self._finish(draft, sentence)
        return draft, draft.end

    # -- spelled-out numbers ---------------------------------------------------------------------

    def _words(self, match: re.Match[str], sentence: sentences.Sentence) -> tuple[_Draft | None, int]:
        parsed = numbers.parse_words(match.group())
        if parsed is None:
            return None, match.end()
        start, end = match.start(), match.start() + parsed.length
        if self.text.startswith("-", end) and _EVERY_N.match(self.text, end):
            return None, end  # "six-monthly coupons", "two-monthly comparisons": how often, no figure
        surface = self.lower[start:end]
        span_end = exclusions.blocked(self.text, start, sentence.start, sentence.end)
        if span_end is not None:
            return None, max(end, span_end)
        draft = _Draft(start, end, parsed.value, parsed.value, parsed.value)
        self._minus(draft, sentence)
        scale_end = self._scale(draft, end, sentence, money=False)
        if scale_end is None:
            return None, end
        measured = draft.value != parsed.value
        unit_end = self._range_and_unit(
            draft,
            scale_end,
            sentence,
            parsed.value,
            allow_article=surface.endswith(("half", "quarter", "third")),
        )
        if not (measured or draft.qualifier == "range" or draft.kind) and not self._word_is_fact(
            draft, surface, sentence, unit_end
        ):
            return None, end
        self._finish(draft, sentence)
        return draft, draft.end

    def _word_is_fact(
        self, draft: _Draft, surface: str, sentence: sentences.Sentence, unit_end: int | None
    ) -> bool:
        text = self.text
        if unit_end is not None:
            return True
        before = qualifiers.last_word_before(text, sentence.start, draft.start)
        if surface == "half" and before is not None and before.lower in _HALF_BAD_BEFORE:
            return False  # "the first half of March"
        if draft.value is not None and 0 < draft.value < 1:
            # "a third of", "by a third": a fraction; "a third term": an ordinal.
            return _FRACTION_OK.match(text, draft.end, sentence.end) is not None or (
                before is not None and before.lower in _FRACTION_BEFORE
            )
        if self.text[draft.start].isupper() and not self._opens_sentence(draft.start, sentence):
            return False  # "Group of Seven", "Formula One": a capitalised number inside a sentence is a name
        if surface == "one":
            bad_after = _ONE_BAD_AFTER.match(text, draft.end, sentence.end)
            if (before is not None and before.lower in _ONE_BAD_BEFORE) or bad_after is not None:
                return False
        return not exclusions.is_named(text, sentence.start, draft.start)

    def _opens_sentence(self, start: int, sentence: sentences.Sentence) -> bool:
        """True when only quotes or brackets stand between the sentence start and ``start``."""
        return not self.text[sentence.start : start].strip("\"'“‘([ \t\n-–—")

    # -- digits ----------------------------------------------------------------------------------

    def _digits(self, match: re.Match[str], sentence: sentences.Sentence) -> tuple[_Draft | None, int]:
        text = self.text
        start, end = match.start(), match.end()
        value = numbers.parse_digits(match.group())
        if value == 0 and _ZERO_TO_SPEED.match(text, end, sentence.end):
            return None, end  # "0-to-60-mph in 3.9 seconds": the name of a sprint, no zero figure
        moved = None
        fraction = numbers.FRACTION_AFTER.match(text, end, sentence.end)
        if fraction is not None and numbers.is_fraction(fraction):
            value, end = numbers.add_fraction(value, fraction), fraction.end()
        elif _SLASHED.match(text, end) and "." not in match.group():
            bare = _UNIT_FRACTION.match(text, start, sentence.end)
            if bare is not None and int(bare.group("num")) < int(bare.group("den")):
                # "a margin of 13/16 pct", "added 1/8 dlr": a wire fraction before its unit is a figure
                value, end = int(bare.group("num")) / int(bare.group("den")), bare.end()
            else:
                moved = _MOVE_FRACTION.match(text, start, sentence.end)
                if moved is None or not _MOVE_BEFORE.search(text, max(sentence.start, start - 12), start):
                    return (
                        None,
                        end,
                    )  # "9/11", "24/7": a name or a ratio; "145.10/20 yen" stays a bid/offer quote
                # "Bear Stearns slipped 3/8 to 19-1/2", "was off 5/8 at 37-1/2": a move in wire eighths
                value, end = int(moved.group("num")) / int(moved.group("den")), moved.end()
        if (
            start > sentence.start
            and text[start - 1] in _SIGNS
            and (start - 1 == sentence.start or text[start - 2].isspace() or text[start - 2] == "(")
        ):
            start -= 1
            value = value if text[start] == "+" else -value
        decade = kinds.decade_age(text, sentence.start, start, end)
        if decade is not None:
            # "in his 40s", "a man in her late 50s": an age range (kinds.decade_age)
            low, high, first, person = decade
            draft = _Draft(first, end + 1, None, float(low), float(high), "range", kind="age")
            draft.unit, draft.subject = units.BY_NAME["year"], person
            return draft, draft.end
        span_end = exclusions.blocked(text, match.start(), sentence.start, sentence.end)
        if span_end is not None:
            return None, max(end, span_end)
        currency = units.currency_before(text, max(sentence.start, start - 6), start)
        draft = _Draft(start, end, value, value, value)
        self._minus(draft, sentence)
        if currency:
            draft.start = currency.start()
            draft.unit = units.currency_unit(currency.group("cur"))
        scale_end = self._scale(draft, end, sentence, currency is not None)
        if scale_end is None:
            return None, end
        scaled = draft.value != value
        # a move is never the low end of a range: "rose 1/4 to 1-1/8" moves to the level after "to"
        unit_end = scale_end if moved is not None else self._range_and_unit(draft, scale_end, sentence, value)
        if not self._digits_is_fact(draft, match, sentence, unit_end, currency is not None or scaled):
            return None, end
        self._finish(draft, sentence)
        return draft, draft.end

    def _minus(self, draft: _Draft, sentence: sentences.Sentence) -> None:
        """ "minus 30 degrees" is -30: the word is part of the number."""
        start = draft.start - 6
        if start < sentence.start or draft.value is None:
            return
        glued = start > sentence.start and self.text[start - 1].isalpha()
        if self.lower.startswith("minus ", start) and not glued:
            draft.value = draft.low = draft.high = -draft.value
            draft.start = start

    def _scale(self, draft: _Draft, end: int, sentence: sentences.Sentence, money: bool) -> int | None:
        """Apply a scale word after the digits; None when glued letters make it a name."""
        text = self.text
        scale = _SCALE_AFTER.match(text, end, sentence.end)
        if scale:
            factor = scales.SCALES[scale.group("scale").lower()]
            larger = _SCALE_AFTER.match(text, scale.end(), sentence.end)
            if larger is not None and scales.SCALES[larger.group("scale").lower()] > factor:
                # "Rs 11 lakh crore", "3 thousand crore": a scale of a larger scale multiplies it
                factor *= scales.SCALES[larger.group("scale").lower()]
                scale = larger
            _multiply(draft, factor)
            draft.end = scale.end()
            return scale.end()
        if end < len(text) and _LETTER.match(text, end):
            short = (
                _SHORT_SCALE.match(text, end)
                if money or self._million_m(draft.start, end, sentence)
                else None
            )
            if short:
                _multiply(draft, scales.GLUED[short.group("scale")])
                draft.end = short.end()
                return short.end()
            attached = units.unit_at(text, end, sentence.end)
            if attached is None:
                return None
        return end

    def _million_m(self, start: int, end: int, sentence: sentences.Sentence) -> bool:
        """True for the British "10m people" (millions), not "100m sprint" (metres).

        A glued "m" counts millions when a plural noun follows it.
        """
        follow = _GLUED_M.match(self.text, end, sentence.end)
        if follow is not None and follow.group("word").lower() not in _NOT_PLURAL:
            return True
        # "paid £45m for the striker, up from the 30m it offered": after a sum in millions written
        # with a currency sign, a glued "m" that modifies no noun and stands where the sum's partner
        # does counts millions of it too; "paid £45m for him; he ran the 400m at the trials" is metres
        return (
            _BARE_M.match(self.text, end, sentence.end) is not None
            and _PARTNER_BEFORE.search(self.text, max(sentence.start, start - 40), start) is not None
            and _SIGNED_MILLIONS.search(self.text, sentence.start, start) is not None
        )

    def _range_and_unit(
        self, draft: _Draft, pos: int, sentence: sentences.Sentence, raw: float, allow_article: bool = False
    ) -> int | None:
        range_end = self._two_way(draft, pos, sentence, raw)
        if range_end == pos:
            range_end = self._ratio(draft, pos, sentence)
        if range_end == pos:
            range_end = self._range(draft, pos, sentence, raw)
        if range_end == pos:
            range_end = self._wire_range(draft, pos, sentence)
        unit_end = self._unit(draft, sentence, allow_article=allow_article, pos=range_end)
        if unit_end is not None and draft.qualifier == "exact" and draft.unit is not None:
            return self._unit_range(draft, unit_end, sentence) or unit_end
        return unit_end

    def _unit_range(self, draft: _Draft, pos: int, sentence: sentences.Sentence) -> int | None:
        """ "5.25%-5.5%", "20 km to 30 km": a range whose ends both carry the unit; returns its end."""
        if draft.value is None or draft.unit is None:
            return None
        before = qualifiers.last_word_before(self.text, sentence.start, draft.start)
        join = _UNIT_RANGE_JOIN.match(self.text, pos, sentence.end)
        between = None
        if join is None:
            join = _AND_JOIN.match(self.text, pos, sentence.end)
            if join is None or before is None or before.lower != "between":
                return None
            between = before  # "between 110 mln dlrs and 130 mln dlrs": one range (GUIDE)
        second = _SECOND.match(self.text, join.end(), sentence.end)
        found = self._second_value(second, sentence) if second is not None else None
        if found is None:
            return None
        high, end = found
        scale = _SCALE_AFTER.match(self.text, end, sentence.end)
        if scale is not None:
            high, end = _scaled(high, scales.SCALES[scale.group("scale").lower()]), scale.end()
        unit = units.unit_at(self.text, end, sentence.end)
        if unit is None or unit.unit.name != draft.unit.name or not draft.value < high:
            return None
        if self._before(draft.start, sentence.start).change is not None or self._two_levels(
            draft, before, sentence
        ):
            return None  # "rose 0.3 pct to 7.8 pct", "went from 5 pct to 7 pct": a change, then a level
        if between is None and self._moved_by_or_from(draft, sentence):
            return None
        draft.value, draft.low, draft.high, draft.qualifier = None, draft.value, high, "range"
        draft.end = unit.end
        if between is not None:
            draft.start = between.start
        return unit.end

    def _moved_by_or_from(self, draft: _Draft, sentence: sentences.Sentence) -> bool:
        """True for "rose in April by a nominal 38.5 billion francs to ...", "would raise capital from
        around 6.55 billion dlrs to ...": a change by or from the first sum, then the new level."""
        lead = _BY_OR_FROM.search(self.text, max(sentence.start, draft.start - 40), draft.start)
        if lead is None:
            return False
        return lead.group("word").lower() == "by" or (
            _CHANGE_VERB.search(self.text, sentence.start, lead.start()) is not None
        )

    def _two_way(self, draft: _Draft, pos: int, sentence: sentences.Sentence, raw: float) -> int:
        """ "1.6175/85 dlrs", "5.81/80 pct", "332.70/72 francs": a bid/offer quote is one range (GUIDE,
        two-way quotes) and the unit after the offer is the quote's; returns where the offer ends.

        The offer gives only the last digits of the bid, never more of them than the bid has
        decimals ("9/11" and "24/7" have none and are no quote).
        """
        if not self.text.startswith("/", pos):
            return pos  # most numbers: no slash, so no quote to read (the two searches below need one)
        join = _TWO_WAY.match(self.text, pos, sentence.end)
        if join is None:
            return pos
        decimals = _DECIMALS.search(self.text, draft.start, pos)
        if decimals is None or draft.value != raw or draft.value is None:
            return pos
        tail = join.group("tail")
        if len(tail) > len(decimals.group("decimals")):
            return pos
        bid = _BID_DIGITS.search(self.text, draft.start, pos)  # past a sign or code: "ECU 54.4026/35"
        if bid is None:
            return pos
        whole = bid.group().replace(",", "")
        offer = float(whole[: len(whole) - len(tail)] + tail) * (-1 if draft.value < 0 else 1)
        if offer == draft.value:
            return pos
        low, high = min(draft.value, offer), max(draft.value, offer)
        draft.value, draft.low, draft.high, draft.qualifier = None, low, high, "range"
        draft.end = join.end()
        return join.end()

    def _ratio(self, draft: _Draft, pos: int, sentence: sentences.Sentence) -> int:
        """ "one in four" is one number, a quarter (kind "ratio"); returns where it ends."""
        join = _RATIO_IN.match(self.text, pos, sentence.end)
        if join is None or draft.value is None or draft.value <= 0:
            return pos
        second = _SECOND.match(self.text, join.end(), sentence.end)
        found = self._second_value(second, sentence) if second is not None else None
        if found is None or not draft.value < found[0] or second is None:
            return pos
        if exclusions.is_year(found[0], second.group()) or units.unit_at(self.text, found[1], sentence.end):
            return pos  # "12 in 2014", "3 in 10 days": a count and a date or period
        draft.value = draft.low = draft.high = draft.value / found[0]
        draft.kind, draft.end = "ratio", found[1]
        return found[1]

    def _wire_range(self, draft: _Draft, pos: int, sentence: sentences.Sentence) -> int:
        """ "19 19-1/2 pct", "7-1/4 7-3/8 pct": a wire quote of two close levels, one of them in
        eighths or halves, written side by side, is one range (GUIDE); returns its end."""
        second = _WIRE_SECOND.match(self.text, pos, sentence.end)
        if second is None or draft.value is None or draft.qualifier != "exact":
            return pos
        if second.group("num"):
            if "/" not in self.text[draft.start : pos] or int(second.group("num")) >= int(
                second.group("den")
            ):
                return pos
            # "6-9/16 7/16 pct": the offer in the bid's whole number
            other = int(draft.value) + int(second.group("num")) / int(second.group("den"))
            low, high = min(draft.value, other), max(draft.value, other)
            if low == high:
                return pos
        else:
            if "/" not in second.group("digits") and "/" not in self.text[draft.start : pos]:
                return pos  # "in 1986 19 pct": two bare numbers side by side are no quote
            fraction = numbers.FRACTION_AFTER.match(second.group("digits"), len(second.group("whole")))
            high = float(second.group("whole"))
            if fraction is not None:
                if not numbers.is_fraction(fraction):
                    return pos
                high = numbers.add_fraction(high, fraction)
            low = draft.value
            if not low < high <= low + 2:
                return pos
        draft.value, draft.low, draft.high, draft.qualifier = None, low, high, "range"
        draft.end = second.end()
        return second.end()

    def _range(self, draft: _Draft, pos: int, sentence: sentences.Sentence, raw_first: float) -> int:
        """Join "20 to 30", "20-30", "between 20 and 30", "$3-4 billion" into one range; returns its end."""
        text = self.text
        join = _RANGE_JOIN.match(text, pos, sentence.end)
        if join is None or draft.value is None or raw_first == 0:
            return pos
        word = join.group("join").lower()
        before = qualifiers.last_word_before(text, sentence.start, draft.start)
        between = before if before is not None and before.lower == "between" else None
        if (word == "and") != bool(between) or (word == "to" and self._two_levels(draft, before, sentence)):
            return pos
        second = _SECOND.match(text, join.end())
        glued = draft.value != raw_first  # "between £20k and 30k": the second end may glue the scale too
        found = self._second_value(second, sentence, glued) if second is not None else None
        if found is None:
            return pos
        low, high, end = self._scale_range(draft.value, raw_first, found, sentence)
        after_change = word == "to" and self._before(draft.start, sentence.start).change is not None
        if (
            high < low <= 2 * high
            and not after_change
            and self._ranged(draft, before, sentence, join.end(), end, low - high)
        ):
            low, high = high, low  # "Fed funds ranged from 6-3/16 to 6-1/8 pct": a range written high first
        moved = high > 3 * low or (after_change and units.unit_at(text, end, sentence.end) is None)
        if moved and between is None and "/" in text[join.end() : end]:
            return pos  # "RJR Nabisco 1-1/4 to 57-1/2", "fell 2-1/8 to 4-5/8": a move, then its level
        if not low < high or (after_change and high > 5 * low):
            return pos  # "rose $1.20 to $84.60": a change, then the new level
        draft.value, draft.low, draft.high, draft.qualifier = None, low, high, "range"
        draft.end = end
        if between:
            draft.start = between.start
        return end

    def _ranged(
        self,
        draft: _Draft,
        before: context.Word | None,
        sentence: sentences.Sentence,
        second_start: int,
        second_end: int,
        spread: float,
    ) -> bool:
        """True when the higher end written first still bounds one range with the second: a range word
        leads it ("ranged from", "ranging between", "a range of", "between"), or both ends are wire
        fractions a point or less apart ("Fed funds were quoted at 5-1/16 to 4-7/8 pct", GUIDE)."""
        if before is not None and before.lower == "between":
            return True
        text = self.text
        if _RANGE_LEAD.search(text, max(sentence.start, draft.start - 30), draft.start) is not None:
            return True
        wire = spread <= 1 and "/" in text[draft.start : draft.end] and "/" in text[second_start:second_end]
        return wire and (before is None or before.lower != "from")

    def _scale_range(
        self, low: float, raw_first: float, second: tuple[float, int], sentence: sentences.Sentence
    ) -> tuple[float, float, int]:
        """Share one scale word between both ends: "3 to 4 mln" and "3 mln to 4" are 3e6-4e6.

        A scale glued to both ends ("between £2m and 4m", "£20k and 30k") is read from each: the
        second "m" is millions again, not metres, so the range ends after it.
        """
        high, end = second
        first_scaled = low != raw_first
        scale = _SCALE_AFTER.match(self.text, end, sentence.end)
        if scale:
            factor = scales.SCALES[scale.group("scale").lower()]
            high, end = _scaled(high, factor), scale.end()
            if not first_scaled:
                low = _scaled(low, factor)
        elif not first_scaled and self.text[end - 1 : end].isalpha():
            inner = _WORDS_SCALE_END.search(self.text, max(0, end - 9), end)
            factor = scales.SCALES[inner.group("scale").lower()] if inner is not None else 0.0
            if high >= _WORDS_SCALE_MIN and 0 < low * factor < high:
                # "between three and four billion dlrs", "three to five billion": the second end, written
                # in words, carries the scale word both ends share (not "500 to one thousand")
                low = _scaled(low, factor)
        elif first_scaled:
            glued = _SHORT_SCALE.match(self.text, end, sentence.end)
            # the second end's own glued scale, else the first's ("£2m and 4m", "£2m to 4")
            factor = scales.GLUED[glued.group("scale")] if glued is not None else low / raw_first
            high, end = _scaled(high, factor), glued.end() if glued is not None else end
        return low, high, end

    def _two_levels(self, draft: _Draft, before: context.Word | None, sentence: sentences.Sentence) -> bool:
        """True for "rose from 5 to 7": a change between two levels, not a 5-7 range.

        "ranged from 340 to 350" stays a range: only a change verb earlier in the
        sentence turns "from X to Y" into two facts.
        """
        if before is None or before.lower != "from":
            return False
        return qualifiers.change_verb_in(self.text, sentence.start, before.start)

    def _second_value(
        self, second: re.Match[str], sentence: sentences.Sentence, glued: bool = False
    ) -> tuple[float, int] | None:
        """The second end of a range and where its digits end; ``glued`` lets a glued scale follow them."""
        if second.group("digits"):
            value = numbers.parse_digits(second.group("digits"))
            fraction = numbers.FRACTION_AFTER.match(self.text, second.end(), sentence.end)
            if fraction is not None and numbers.is_fraction(fraction) and fraction.group("mixed") == "-":
                return numbers.add_fraction(value, fraction), fraction.end()  # "5-1/4 to 5-1/2 pct"
            if (
                self.text[second.end() : second.end() + 1].isalpha()
                and not _SCALE_AFTER.match(self.text, second.end(), sentence.end)
                and not (glued and _SHORT_SCALE.match(self.text, second.end(), sentence.end))
            ):
                attached = units.unit_at(self.text, second.end(), sentence.end)
                if attached is None:
                    return None
            return value, second.end()
        parsed = numbers.parse_words(second.group("words"))
        if parsed is None:
            return None
        return parsed.value, second.start() + parsed.length

    def _unit(
        self, draft: _Draft, sentence: sentences.Sentence, allow_article: bool, pos: int | None = None
    ) -> int | None:
        """Read the unit after the number; returns where it ends, or None when there is none."""
        text = self.text
        at = draft.end if pos is None else pos
        hedge = qualifiers.hedge_after(text, at, sentence.end)
        if hedge is not None:
            draft.qualifier = hedge.qualifier if draft.qualifier == "exact" else draft.qualifier
            draft.end = at = hedge.position
        if allow_article:
            article = _ARTICLE.match(text, at, sentence.end)
            if article:
                at = article.end()
        found = units.unit_at(text, at, sentence.end)
        if found is None:
            return None
        unit = found.unit
        if (
            unit.kind == "duration"
            and (draft.value or 0.0) >= 1000
            and units.is_bare_singular(text, at, found.end)
        ):
            return None  # "14.9 mln year prior": a bare singular period after a big number is no unit
        if draft.unit is not None and unit.kind != "money":
            return None
        if draft.unit is None or unit.kind == "money":
            draft.unit = unit if draft.unit is None else draft.unit
        draft.end = found.end
        return found.end

    def _digits_is_fact(
        self,
        draft: _Draft,
        match: re.Match[str],
        sentence: sentences.Sentence,
        unit_end: int | None,
        money: bool,
    ) -> bool:
        if unit_end is not None or money:
            return True
        if draft.qualifier == "range" or draft.kind == "ratio":
            return True
        hedged = self._before(draft.start, sentence.start).hedge is not None
        if exclusions.is_year(draft.value or 0.0, match.group()) and not hedged:
            return False
        return hedged or not exclusions.is_named(self.text, sentence.start, draft.start)

    # -- shared tail -----------------------------------------------------------------------------

    def _before(self, start: int, lo: int) -> qualifiers.Before:
        """The words before ``start``, read once per position (several rules ask)."""
        cached = self._before_cache.get(start)
        if cached is None:
            cached = self._before_cache[start] = qualifiers.read_before(self.text, lo, start)
        return cached

    def _finish(self, draft: _Draft, sentence: sentences.Sentence) -> None:
        """Hedges, change direction and subject, once the number and its unit are known."""
        text = self.text
        lo, hi = sentence.start, sentence.end
        before = self._before(draft.start, lo)
        hedge = before.hedge
        if hedge is not None and draft.qualifier == "exact":
            draft.qualifier = hedge.qualifier
            draft.start = hedge.position
        elif hedge is not None and draft.qualifier in ("approximate", "range", "vague"):
            draft.start = hedge.position
        after = qualifiers.hedge_after(text, draft.end, hi)
        if after is not None and draft.qualifier == "exact":
            draft.qualifier = after.qualifier
            draft.end = after.position
        if draft.qualifier not in ("range", "vague") and draft.value is not None:
            draft.low, draft.high = qualifiers.bounds(draft.qualifier, draft.value)
        if draft.unit is not None:
            draft.change = qualifiers.change_of(before, text, draft.end, hi, draft.unit.kind)
        elif text.startswith(" point", draft.end) and not before.level:
            # "finished 24.0 points higher", "a 404 point decline": read past the word "point(s)"
            past = draft.end + (7 if text.startswith(" points", draft.end) else 6)
            draft.change = before.change or qualifiers.change_after(text, past, hi)
        elif draft.kind is None:
            draft.change = qualifiers.change_of(before, text, draft.end, hi, None)  # a bare count
        if (
            draft.change is None
            and (not before.level or before.stood)
            and draft.kind is None
            and (draft.unit is None or draft.unit.kind != "duration")
        ):
            draft.change = qualifiers.up_from_after(text, lo, draft.start, draft.end, hi, before.stood)
        measured = draft.unit is not None and draft.unit.kind != "count"
        draft.subject = subjects.subject_after(text, draft.end, hi, measured, draft.start)
        if draft.subject is None and measured:
            draft.subject = subjects.subject_before(text, lo, draft.start)


def _scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary noise: 4.1 mln is 4100000.0, not 4099999.9999999995."""
    return float(f"{value * factor:.12g}")


def _multiply(draft: _Draft, factor: float) -> None:
    draft.value = None if draft.value is None else _scaled(draft.value, factor)
    draft.low = None if draft.low is None else _scaled(draft.low, factor)
    draft.high = None if draft.high is None else _scaled(draft.high, factor)


def _link(text: str, facts: list[Fact]) -> list[Fact]:
    """Link a measurement to its restatement in brackets: "2.5 kilometre (one and a half mile)"."""
    out = list(facts)
    for i in range(len(facts) - 1):
        first, second = facts[i], facts[i + 1]
        if first.unit is None or second.unit is None or first.kind != second.kind:
            continue
        if _LINK_GAP.fullmatch(text, first.end, second.start) is None:
            continue
        subject = first.subject or second.subject
        out[i] = replace(out[i], linked=i + 1, subject=subject)
        out[i + 1] = replace(out[i + 1], linked=i, subject=subject)
    return out


def extract(text: str, *, headline: str | None = None, dateline: str | None = None) -> list[Fact]:
    """Every numeric fact in ``text``, in reading order, with what it measures and is about.

    Args:
        text: The story body (or any text).
        headline: The story's headline, which names its company ("CHEMICAL BANK <CHL> 1ST QTR NET").
        dateline: The dateline city, the place of facts whose sentence names none.

    Pure: the same arguments always give the same facts, and
    ``text[f.start:f.end] == f.surface`` holds for each.
    """
    if not text:
        return []
    written = text
    if "\n" in text:
        text = _BROKEN_LINE.sub(_blank, text)  # same length: every offset stays the written text's
    scanner = _Scanner(text)
    facts = scanner.run()
    if not facts:
        return facts
    starts = [sentence.start for sentence in scanner.sentences]
    described = describe.describe(text, facts, starts, read_story(text, headline, dateline))
    if text is written:
        return described
    return [
        fact if "  " not in fact.surface else replace(fact, surface=written[fact.start : fact.end])
        for fact in described
    ]


_BROKEN_LINE = re.compile(r"\n(?<=[a-z0-9,]\n)[ \t]*\n\s*(?=[a-z])")
"""A paragraph break inside a sentence: a paragraph ending on a word, figure or comma before one that
opens in lower case ("has been awarded a 43.4 mln\n\ndlr contract"), wire copy broken across lines. The
newline comes first and the look-behind after it, so the engine skips to each newline (a look-behind
that leads is tried at every offset)."""


_FIGURE = re.compile(r"\d[\d,./]*")
_EVERY_N = re.compile(r"-(?:hourly|daily|weekly|monthly|yearly)\b", re.IGNORECASE)
"""A number word glued to a frequency adjective: "six-monthly", "two-weekly" say how often."""


def _blank(match: re.Match[str]) -> str:
    """The break as spaces, so the sentence reads on and every offset stays.

    Not after a table row ("net 10,245,000 vs 12,364,000", "Qtly div 11 cts", "mon 4/6 102.05 101.66
    98.60"): rows written in lower case are lines of their own; a broken sentence runs six words or
    more before its break.
    """
    text, start = match.string, match.start()
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    if (
        paragraph.count(" ") < 5
        or " vs" in paragraph
        or len(_FIGURE.findall(paragraph, len(paragraph) - 40)) > 2
    ):
        return match.group()
    return " " * len(match.group())
