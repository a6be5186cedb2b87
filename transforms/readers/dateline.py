"""Datelines: the free-text field of markup formats, and the one opening a plain-text story.

NewsML-G2 ``<dateline>`` elements and Reuters ``<DATELINE>`` fields hold the
dateline as free text; the city is what precedes the first comma, bracket or
dash, and the agency, when present, is the bracketed name (:func:`parse_dateline`).

Plain-text stories carry their dateline at the start of the first paragraph, in
each agency's own style (:func:`split_dateline`)::

    Beirut (AFP) - ...                       AFP
    WASHINGTON (AP) — ...                    AP
    LONDON, March 3 (Reuters) - ...          Reuters, dated (no year)
    LONDON - ...                             a publisher without an agency tag

A plain ``CITY -`` is only taken when the city is in capitals: a sentence that
happens to contain a dash must not lose its first words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CITY = re.compile(r"^\s*(?P<city>[^,(\u2013\u2014]+?)\s*(?:[,(\u2013\u2014]|\s-|$)")
_AGENCY = re.compile(r"\((?P<agency>[^()]{1,40})\)")

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
"""English month names and abbreviations (lower case) -> month number."""

MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = r"(?:-{1,2}|[\u2013\u2014])"
_DATE = rf",\s*(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
_REGION = r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,2}))?"
_AGENCY_DATELINE = re.compile(
    r"^(?P<city>[A-Z][^\W\d_]*(?:[ '.\-][A-Za-z][^\W\d_]*){0,4})"
    + _REGION
    + rf"(?:{_DATE})?\s*,?\s*\((?P<agency>[A-Z][A-Za-z-]{{1,11}})\)\s*{_DASH}\s*"
)
_PLAIN_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'.]+(?:[ \-][A-Z][A-Z'.]+){0,3})" + _REGION + rf"(?:{_DATE})?\s+{_DASH}\s+"
)
_NOT_CITIES = frozenset({"BREAKING", "UPDATE", "EXCLUSIVE", "LIVE", "WATCH", "ANALYSIS", "OPINION", "NEWS"})
"""Capitalised labels that open a paragraph like a plain dateline but are not places."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline cut from the start of a story's first paragraph.

    Attributes:
        city: The city as written ("LONDON", "Beirut").
        agency: The bracketed agency ("AFP", "Reuters"), None for a plain ``CITY -``.
        month: Month of a dated dateline ("LONDON, March 3 (Reuters)"), else None.
        day: Day of a dated dateline, else None.
        year: Year, when the dateline states one (rare), else None.
        end: Where the story text starts after the dateline.
    """

    city: str
    agency: str | None
    month: int | None
    day: int | None
    year: int | None
    end: int


def parse_dateline(text: str | None) -> tuple[str | None, str | None]:
    """Return ``(city, agency)`` found in a dateline, each ``None`` when absent.

    Args:
        text: The dateline text, e.g. ``"BAHIA BLANCA, Argentina, Feb 26 - "``.

    Returns:
        The city as written (``"BAHIA BLANCA"``) and the bracketed agency, if any.
    """
    if not text or not text.strip():
        return None, None
    city_match = _CITY.match(text)
    agency_match = _AGENCY.search(text)
    city = _clean_city(city_match.group("city")) if city_match else None
    agency = agency_match.group("agency").strip() if agency_match else None
    return city or None, agency or None


_CITY_NOISE_OPENING = re.compile(r"^(?:[a-z]\s{2,}(?=[A-Z])|[^A-Za-z]+)")
"""What wire systems leave before a dateline's city: "****LONDON", "0 LONDON", a
stray routing letter ("c    LONDON")."""
_CITY_DATE = re.compile(rf"\s+{MONTH_PATTERN}\s*\d{{1,2}}$", re.IGNORECASE)
"""A date the dateline forgot to set off by its comma ("JOHANNESBURG March 13")."""
_CITY_GARBLE = re.compile(r"[{}|\\^~`*]")


def _clean_city(raw: str) -> str | None:
    """The city of a dateline field, or None when the field holds no city.

    Wire systems put table lines and dates into the dateline field ("APRIL 7 -",
    "MAR8  --", "Overnight      4 1/2"): a city never holds a digit, so those
    give no city rather than a place every fact of the story would inherit.
    """
    city = _CITY_GARBLE.sub("", raw).strip(" -")
    city = _CITY_NOISE_OPENING.sub("", city)
    city = _CITY_DATE.sub("", city).strip(" -")
    if not city or any(ch.isdigit() for ch in city) or city.lower().rstrip(".") in MONTHS:
        return None
    return city


def split_dateline(paragraph: str) -> Dateline | None:
    """Find the dateline opening a plain-text story's first paragraph.

    Args:
        paragraph: The first paragraph of the body.

    Returns:
        The dateline and where the text after it starts, or None when the paragraph has none.
    """
    match = _AGENCY_DATELINE.match(paragraph)
    agency: str | None = None
    if match is not None:
        agency = match.group("agency")
    else:
        match = _PLAIN_DATELINE.match(paragraph)
        if match is None or match.group("city") in _NOT_CITIES:
            return None
    month = MONTHS.get(match.group("month").rstrip(".").lower()) if match.group("month") else None
    return Dateline(
        city=match.group("city"),
        agency=agency,
        month=month,
        day=int(match.group("day")) if match.group("day") else None,
        year=int(match.group("year")) if match.group("year") else None,
        end=match.end(),
    )
