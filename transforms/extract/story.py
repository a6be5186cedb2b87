"""What the whole story says that a single sentence does not: its company, place and currency.

Wire copy states context once: the headline names the company ("CHEMICAL BANK <CHL>
1ST QTR NET"), the dateline the city, and an earnings table gives bare figures
whose currency the story implies. Facts read that context from here, so a table
row "Net 24,000 vs 612,000" is net income in US dollars of Chemical Bank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TICKER = re.compile(r"<[A-Z0-9.&/ -]{1,12}>")
_ANGLED_COMPANY = re.compile(r"<(?P<name>[A-Z][^<>]*?[a-z ][^<>]*?)>")
_HEADLINE_TAIL = re.compile(
    r"\s+(?:SAYS?|SEES|SETS|RAISES?|CUTS?|LIFTS?|BUYS?|SELLS?|TO|IN|ON|FOR|HAS|IS|WILL|REPORTS?|"
    r"PLANS?|GETS?|SIGNS?|UNIT|OFFERS?|FILES?|DECLARES?|OMITS?|PAYS?|1ST|2ND|3RD|4TH|FIRST|SECOND|"
    r"THIRD|FOURTH|QTR|YEAR|NINE|SIX|NET|SHR|PROFIT|LOSS|EARNINGS|DIVIDEND|REGULAR|QUARTERLY|"
    r"STOCK|AGREES?|COMPLETES?|ACQUIRES?|MERGER|DIV)\b.*$"
)
_CORPORATE = re.compile(
    r"\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|Bank|Bancorp|Group|Holdings?|Industries|International|Company|"
    r"Corporation|Trust|Petroleum|Oil|Airlines|Motors|Systems|Technologies|Partners|Fund|AG|SA|NV|"
    r"BV|Ltda|SpA)\b\.?"
)
_KEEP_UPPER = frozenset(
    "AG SA NV BV PLC USA UK US NY IBM AT&T GM GE ITT RCA CBS ABC NBC ICI BP BHP ANZ NZ HK".split()
)

_CURRENCY_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\bCanadian (?:dlrs|dollars?|cts|cents)\b|\bC\$"), "Canadian dollar", "Canadian cent"),
    (re.compile(r"\bAustralian (?:dlrs|dollars?|cts|cents)\b|\bA\$"), "Australian dollar", "Australian cent"),
    (
        re.compile(r"\bN(?:ew )?Z(?:ealand)? (?:dlrs|dollars?)\b|\bNZ\$"),
        "New Zealand dollar",
        "New Zealand cent",
    ),
    (re.compile(r"\bHong Kong (?:dlrs|dollars?)\b|\bHK\$"), "Hong Kong dollar", "Hong Kong cent"),
    (re.compile(r"\bSingapore (?:dlrs|dollars?)\b|\bS\$"), "Singapore dollar", "Singapore cent"),
)
_FRANC_BY_CITY: dict[str, str] = {
    **dict.fromkeys(("zurich", "geneva", "basle", "basel", "berne", "bern", "lausanne", "lugano"), "Swiss franc"),
    **dict.fromkeys(("brussels", "antwerp", "liege", "ghent"), "Belgian franc"),
    "luxembourg": "Luxembourg franc",
}
"""A bare "francs" is the dateline country's franc."""
_US_CUE = re.compile(r"\bU\.?S\.? (?:dlrs|dollars?)\b|\bUS\$|\$US")


@dataclass(frozen=True, slots=True)
class Story:
    """The story-wide context of one text.

    Attributes:
        company: The company the story is about (from the headline's ticker or the body's
            ``<Company Inc>`` mark), in normal case; None when none is named.
        dateline: The dateline city, as given by the reader.
        dollar: The dollar a bare "dlrs" or "$" means in this story ("US dollar" unless the
            story says "Canadian dlrs", "A$"...).
        cent: The cent that goes with ``dollar``.
    """

    company: str | None
    dateline: str | None
    dollar: str = "US dollar"
    cent: str = "US cent"
    franc: str = "French franc"


def read_story(text: str, headline: str | None, dateline: str | None) -> Story:
    """The story context of ``text`` given its headline and dateline city (either may be None)."""
    dollar, cent = _currency(text)
    place = _place_name(dateline)
    return Story(
        company=_company(text, headline),
        dateline=place,
        dollar=dollar,
        cent=cent,
        franc=_FRANC_BY_CITY.get((place or "").lower(), "French franc"),
    )


def _currency(text: str) -> tuple[str, str]:
    if _US_CUE.search(text) is None:
        for cue, dollar, cent in _CURRENCY_CUES:
            if cue.search(text):
                return dollar, cent
    return "US dollar", "US cent"


def _company(text: str, headline: str | None) -> str | None:
    before_ticker = ""
    if headline:
        ticker = _TICKER.search(headline)
        if ticker is not None and ticker.start() > 0:
            before_ticker = headline[: ticker.start()].strip(" -,")
            if before_ticker and _HEADLINE_TAIL.search(before_ticker) is None:
                return normal_case(before_ticker)
    angled = _ANGLED_COMPANY.search(text[:600])
    if angled is not None:
        return angled.group("name").strip()
    if before_ticker:
        return normal_case(_HEADLINE_TAIL.sub("", before_ticker).strip(" -,")) or None
    if headline and headline.isupper():
        head = _HEADLINE_TAIL.sub("", headline).strip(" -,")
        if head and _CORPORATE.search(normal_case(head)):
            return normal_case(head)
    return None


def normal_case(name: str) -> str:
    """ "CHEMICAL NEW YORK CORP" -> "Chemical New York Corp"; mixed-case names are kept as written."""
    if name.islower():
        return name.title()
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        bare = word.strip(",.()")
        if bare in _KEEP_UPPER or (len(bare) <= 3 and not bare.isalpha()):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _place_name(dateline: str | None) -> str | None:
    if not dateline:
        return None
    return normal_case(dateline.strip(" ,-"))
