"""Units a story declares once and its later figures leave out.

Wire copy states a unit where it first matters and then writes bare figures: the four readers
here give those figures the unit the story declared, after :mod:`describe` has read each fact on
its own. Each reads only the story's text and its facts, and changes only unit, kind and value:

* :func:`declared_units`: a statistical table's lead or section heading ("..., in mln bushels, with
  comparisons --", "Acreage (mln acres) --") for its rows;
* :func:`carried_units`: a measure compared or listed with a bare figure ("rose to 146,000 tonnes
  from 111,000", "China (419,196 tonnes), Egypt (301,909)");
* :func:`coupons`: a bond's coupon ("8.50 pct November 2002 stock") is a `rate`, not a share;
* :func:`note_money`: the notes under an earnings table ("includes gains of 3,000 vs 83,000") in the
  table's currency.

Statistical tables, the largest of them:

A wire table of crop or trade figures ("Wheat 21,044.6 20,398.3 19,725.8") writes its figures bare
and names their unit once, in the sentence that opens the table ("in thousand tonnes, unless
noted") or in a section heading ("Acreage (mln acres) --"). Each bare figure of a table row takes
the unit (and scale) declared last above it; a row whose label is a price, yield or share, or that
carries its own unrecognised bracket, keeps its figures as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.extract.model import Fact
from transforms.extract.units import BY_NAME, Unit, lookup, to_si

_SCALES = {"mln": 1e6, "million": 1e6, "billion": 1e9}
_UNIT = (
    r"(?P<unit>tonnes|metric\s+tons|short\s+tons|long\s+tons|tons|bushels|bu|lbs|pounds|bales"
    r"|barrels|hectares|acres|ounces)"
)
_SCALE = r"(?:(?P<scale>mln|million|billion|thous|thousands?(?:\s+of)?|000s|000's|'000)\s+)?(?:\d+-lbs?\s+)?"
_DECLARED = re.compile(rf"(?:\bin|/)\s+{_SCALE}(?:metric\s+(?=tonnes))?{_UNIT}\b(?!\s+(?:per|a)\b)", re.I)
"""The unit a table's lead declares: "in mln bushels", "in thousands of tonnes", "/000's bu"."""
_PRICED = re.compile(
    r"\bprices?\b[^.\n]{0,40}?\bin\s+(?:U\.S\.\s+)?(?:dollars|dlrs)\b"
    r"|\bin\s+(?:U\.S\.\s+)?(?:dollars|dlrs)\s+(?:per|a)\s+(?:bushel|bu|tonne|short\s+ton|ton|lb|cwt|pound)s?\b",
    re.I,
)
"""A price table's lead: "Price per bushel is in U.S. dollars", "in dlrs per tonne"."""
_SLASHED = re.compile(rf"/{_SCALE}{_UNIT}\b", re.I)
_HEADING = re.compile(rf"\(\s*{_SCALE}{_UNIT}\s*\)", re.I)
"""A section heading's own unit: "Acreage (mln acres) --", "Supply (mln bu) --"."""
_ROW = re.compile(
    r"[A-Za-z][A-Za-z .,/&'():-]*?\s+(?:nil|-?[\d.,]+(?:-[a-zA-Z])?)"
    r"(?:[\s,()]+(?:nil|-{2,}|-?[\d.,]+(?:-[a-zA-Z])?)\)?)*\s*"
)
"""A table row: a label, then only figures ("Corn 20,296.0 19,194.6 25,182.6-x", "Maize 48.3 (107.7)")."""
_OWN_MEASURE = re.compile(
    r"\b(?:price|prices|yield|yields|pct|percent|rate|value|per|avg|average|dlrs|cts|index)\b|%|\(", re.I
)
"""Row labels whose figures are no quantity in the table's unit."""
_DIGIT = re.compile(r"\d")
_NOTE = re.compile(r"\s*(?:note|x\s*-|[a-z]\s*-|\([A-Z]\))", re.I)
"""A footnote or key line ("Note - Price in dlrs per bu", "x - minus total", "(A) - Firm sales")."""
_UNREAD = re.compile(r"\((?:mln|million|billion|thous|thousand|000)\b[^)]*\)", re.I)
"""A heading's bracketed unit the reader cannot name."""
_SECTION = re.compile(r"[^\d(]*\((?!\s*cont)[^)\d]*\)[^\d]*")
"""A section title with its own bracket that is no unit: "Rice (Milled Basis)" (not "CORN (cont.)")."""


_Declared = tuple[Unit, float, str]
"""A table's unit, the scale of its figures and their kind."""


def _unit_of(match: re.Match[str]) -> _Declared | None:
    word = " ".join(match.group("unit").lower().split())
    unit = lookup("bushels") if word == "bu" else lookup(word)
    if unit is None:
        return None
    scale = (match.group("scale") or "").lower()
    factor = _SCALES.get(scale, 1e3 if scale else 1.0)
    return unit, factor, unit.kind


_UNIT_CUES = ("tonnes", "tons", "bushels", "lbs", "pounds", "bales", "barrels", "hectares", "acres", "ounces")
"""What :data:`_DECLARED` and :data:`_SLASHED` both need, in lower-case ASCII text: a unit word of
:data:`_UNIT` ("metric tons" holds "tons"), else :data:`_BU_CUE`."""
_BU_CUE = re.compile(r"bu\b")
_PRICED_CUE = re.compile(r"in\s+(?:u\.s\.\s+)?(?:dollars|dlrs)\b")
"""What both branches of :data:`_PRICED` need, in lower-case ASCII text: "in dlrs", "in U.S. dollars"."""


def _declares(head: str) -> bool:
    """Whether a story's opening declares a table's unit (:data:`_DECLARED`, :data:`_SLASHED` or
    :data:`_PRICED`). The case-blind patterns try every offset of every story, yet few stories hold
    a unit word or "in dlrs": in ASCII text (where case-blind matching is matching the lower-cased
    text) a cheap case-sensitive cue each needs is read first."""
    if not head.isascii():
        return (
            _DECLARED.search(head) is not None
            or _SLASHED.search(head) is not None
            or _PRICED.search(head) is not None
        )
    lowered = head.lower()
    return (
        (any(cue in lowered for cue in _UNIT_CUES) or _BU_CUE.search(lowered) is not None)
        and (_DECLARED.search(head) is not None or _SLASHED.search(head) is not None)
    ) or (_PRICED_CUE.search(lowered) is not None and _PRICED.search(head) is not None)


def declared_units(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, with the bare figures of a declared-unit table given that unit and scale."""
    head = text[:1200]
    if not _declares(head):
        return facts
    out = list(facts)
    index = 0
    current: _Declared | None = None
    lead: _Declared | None = None
    pos = 0
    length = len(text)
    while pos < length and index < len(out):
        end = text.find("\n", pos)
        end = length if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        row = bool(stripped) and _ROW.fullmatch(stripped) is not None and any(c.isdigit() for c in stripped)
        digit = _DIGIT.search(line)
        own = row and digit is not None and _OWN_MEASURE.search(line, 0, digit.start()) is not None
        if stripped and not row and _NOTE.match(line) is None:
            heading = _HEADING.search(line)
            found = heading or _DECLARED.search(line) or _SLASHED.search(line)
            if found is None and _PRICED.search(line) is not None:
                current = lead = (BY_NAME["US dollar"], 1.0, "price")
            elif found is not None:
                current = _unit_of(found)
                lead = lead if heading is not None else current
            elif _UNREAD.search(line) is not None:
                current = None  # "Supply (mln cwt) --": a unit this table reader does not know
            elif _SECTION.fullmatch(stripped) is not None:
                current = lead  # "Rice (Milled Basis)" after "Cotton (Mln Bales)": back to the lead's unit
            elif len(stripped.split()) >= 12:
                current = None  # prose with no unit of its own ends the table
        while index < len(out) and out[index].start < end:
            fact = out[index]
            if (
                row
                and current is not None
                and fact.start >= pos
                and fact.unit is None
                and fact.kind == "count"
                and (not own or current[2] == "price")
            ):
                out[index] = _in_unit(fact, *current)
            index += 1
        pos = end + 1
    return out


def _in_unit(fact: Fact, unit: Unit, factor: float, kind: str) -> Fact:
    def scaled(value: float | None) -> float | None:
        return None if value is None else float(f"{value * factor:.12g}")

    value = scaled(fact.value)
    si_value, si_unit = to_si(value, unit)
    return replace(
        fact,
        unit=unit.name,
        kind=kind,
        value=value,
        low=scaled(fact.low),
        high=scaled(fact.high),
        si_value=si_value,
        si_unit=si_unit,
        subject=fact.subject,
    )


_CARRIED_KINDS = frozenset(["mass", "volume", "area"])
_CONNECTIVE = re.compile(
    r"\b(?:from|against|vs|versus|compared\s+(?:with|to)|after|and|of\s+which|while)\b|[,(]", re.I
)
"""What joins a bare figure to the measured one it is compared or listed with."""
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
_PER_BEFORE = re.compile(r"(?:\b(?:per|an?|each)|/)\s*$", re.I)
_BARE_AFTER = re.compile(
    r"\s*(?:$|[,.;:)]|\((?=[\d,.]+\))|(?:in|last|a|the|this|that|for|from|to|on|at|by|earlier|previously|"
    r"year|were|was|are|is|of|against|vs|versus|and|or|after|before|respectively|now|so|during)\b)"
)
"""What may follow a figure that counts nothing itself: a clause edge, a period, "of wheat"."""


_TAIL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "at",
        "to",
        "up",
        "down",
        "from",
        "which",
        "revised",
        "estimated",
        "provisional",
        "planned",
        "record",
        "target",
        "originally",
        "some",
        "about",
        "around",
        "only",
        "just",
        "nearly",
        "almost",
        "over",
        "under",
        "roughly",
        "expected",
        "forecast",
        "last",
        "actual",
        "now",
        "previous",
        "earlier",
        "same",
        "total",
        "level",
        "figure",
        "year",
        "season",
        "month",
        "week",
    ]
)
"""Words that may stand between the joining word and the bare figure: "from a revised 83,231"."""
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*")


def _joined_to(text: str, start: int, end: int) -> bool:
    """Whether the gap ends in a comparison or list join: "from a revised ", ", in France "."""
    joins = list(_CONNECTIVE.finditer(text, start, end))
    if not joins:
        return False
    tail = text[joins[-1].end() : end]
    return all(word.group(0).removesuffix("'s") in _TAIL_WORDS for word in _LOWER_WORD.finditer(tail))


def carried_units(text: str, facts: list[Fact]) -> list[Fact]:
    """Bare figures compared or listed with a measured one take its unit.

    "rose to 146,000 tonnes on April 11 from 111,000 a week earlier", "China (419,196 tonnes),
    Egypt (301,909)", "3.4 mln bales ... after 2.96 mln in 1985/86": the wire writes the unit once.
    """
    out = list(facts)
    measured: Fact | None = None
    for i, fact in enumerate(out):
        if measured is not None and measured.sentence_index != fact.sentence_index:
            measured = None
        if fact.unit is not None:
            measured = None
            if (
                fact.kind in _CARRIED_KINDS
                and _PER_BEFORE.search(text, max(0, fact.start - 6), fact.start) is None
            ):
                measured = fact
            continue
        if (
            measured is None
            or fact.kind != "count"
            or not any(c.isdigit() for c in fact.surface)
            or fact.start - measured.end > 160
            or not _joined_to(text, measured.end, fact.start)
            or _MONTH_BEFORE.search(text, max(0, fact.start - 12), fact.start) is not None
        ):
            continue
        if _BARE_AFTER.match(text, fact.end) is None:
            measured = None  # "three acres and 160 home sites": a figure that counts its own noun
            continue
        unit = BY_NAME.get(measured.unit or "")
        if unit is None:
            continue
        si_value, si_unit = to_si(fact.value, unit)
        out[i] = replace(fact, unit=unit.name, kind=unit.kind, si_value=si_value, si_unit=si_unit)
    return out


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_COUPON_AFTER = re.compile(
    r"\s+(?:(?P<mod>(?:(?:" + _MONTH + r"\s+)?(?:19|20)\d\d(?:/\d\d)?|\d+(?:st|nd|rd|th)|[A-Z][a-z]+"
    r"|index-linked|[a-z]+-year|convertible|subordinated|senior|guaranteed|straight)\s+){1,3})?"
    r"(?:bonds?|notes?|debentures?|stock|issues?|eurobonds?|gilts?)\b(?P<due>\s+due\b)?"
    r"(?!\s+(?:dividends?|distributions?|splits?|prices?|purchases?|options?|holdings?|of)\b)"
)
"""A coupon before its instrument: "8.50 pct November 2002 stock", "5.1 pct 89th issue", "nine pct
Exchequer stock due 2002", "6.25 pct issue due 1998"."""
_LISTED_SERIES = re.compile(
    r"\s+\d+(?:st|nd|rd|th)\b(?=,|\s+and\b)(?:[^.;]|\.(?=\d)){0,80}?\b(?:bonds|notes|issues|series)\b"
)
"""A coupon of a listed series: "the 6.8 pct 73rd, 6.5 pct 80th and 5.1 pct 89th issues"."""


def coupons(text: str, facts: list[Fact]) -> list[Fact]:
    """Percentages that name a bond's coupon are rates, not shares."""
    out = list(facts)
    for i, fact in enumerate(out):
        if fact.unit != "percent" or fact.kind != "percent":
            continue
        found = _COUPON_AFTER.match(text, fact.end)
        if (found is not None and (found.group("mod") or found.group("due"))) or _LISTED_SERIES.match(
            text, fact.end
        ):
            out[i] = replace(fact, kind="rate")
    return out


_RESULTS = re.compile(r"^(?:Shr|Net|Revs|Sales|Oper\s+net)\b[^\n]*\bvs\b", re.M)
"""A results story: a table row with its comparison ("Net 1.2 mln vs 900,000")."""
_NOTE_LINE = re.compile(r"\s*(?:NOTE|Note)\b|[^.\n]*\b(?:in|ex)clude[sd]?\b")
_MONEY_NOUN = re.compile(
    r"\b(?:gains?|loss(?:es)?|charges?|tax|benefits?|income|interest|provisions?|reserves?|writedowns?"
    r"|write-?offs?|costs?|credits?|depreciation|minorities|items?|proceeds|expenses?|profits?)\b"
    r"(?:[^\d,;]{0,50}?\s(?:of|was|were|is)|(?:\s+[a-z-]+){1,3}?)?\s+$",
    re.I,
)
"""The sum a results note names just before its bare figure: "gains from sale of real estate of",
"loss discontinued operations"."""
_SMALL_COIN = re.compile(r"cent|pence|penny")
_JOINED = re.compile(
    r"\s*(?:(?:for|in)\s+(?:the\s+)?[a-z0-9]+(?:\s+[a-z0-9]+)?\s*)?(?:,\s*)?(?:vs\.?|versus|and|or|,)\s*$"
)
"""What joins a note's bare figure to the money sum before it: "312,000, and", "for 1986 qtr, and",
"in 4th qtr vs"."""
_MONEY_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:gains?|loss(?:es)?|charges?|provisions?|reserves?|writedowns?|write-?offs?"
    r"|credits?|benefits?)\b"
)
"""A sum written before the noun it measures: "a 30.3 mln non-cash provision"."""


def note_money(text: str, facts: list[Fact], money: str | None) -> list[Fact]:
    """Bare figures of a results story's notes are in the story's currency.

    "NOTE: Net includes gains from sale of real estate of 3,000 vs 83,000": the table's
    money, which the note writes without its unit as the rows do.
    """
    if money is None or _RESULTS.search(text) is None:
        return facts
    out = list(facts)
    previous: Fact | None = None
    for i, fact in enumerate(out):
        if previous is not None and previous.sentence_index != fact.sentence_index:
            previous = None
        if fact.kind == "money" and fact.unit is not None and not _SMALL_COIN.search(fact.unit):
            money = fact.unit  # the currency the table's rows were read in
        line_start = text.rfind("\n", 0, fact.start) + 1
        if (
            fact.unit is None
            and fact.kind == "count"
            and any(c.isdigit() for c in fact.surface)
            and _NOTE_LINE.match(text, line_start) is not None
        ):
            gap_from = previous.end if previous is not None else max(line_start, fact.start - 120)
            gap = text[gap_from : fact.start]
            joined = previous is not None and previous.unit == money and _JOINED.fullmatch(gap) is not None
            bare = _BARE_AFTER.match(text, fact.end) is not None
            if (bare and (joined or _MONEY_NOUN.search(gap) is not None)) or _MONEY_AFTER.match(
                text, fact.end
            ):
                fact = replace(fact, unit=money, kind="money", si_value=None, si_unit=None)
                out[i] = fact
        previous = fact
    return out
