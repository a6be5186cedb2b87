"""Split a wire dateline ("BERLIN, Oct 21 (Reuters) - ") into city and agency.

NewsML-G2 ``<dateline>`` elements and Reuters ``<DATELINE>`` fields hold the
dateline as free text; the city is what precedes the first comma, bracket or
dash, and the agency, when present, is the bracketed name.
"""

from __future__ import annotations

import re

_CITY = re.compile(r"^\s*(?P<city>[^,(\u2013\u2014]+?)\s*(?:[,(\u2013\u2014]|\s-|$)")
_AGENCY = re.compile(r"\((?P<agency>[^()]{1,40})\)")


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
    city = city_match.group("city").strip(" -") if city_match else None
    agency = agency_match.group("agency").strip() if agency_match else None
    return city or None, agency or None
