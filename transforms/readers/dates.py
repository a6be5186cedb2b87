"""Timestamps in the formats' own notation, turned into timezone-aware UTC.

Every later stage compares publication times across agencies, so all of them
are normalised to UTC here; a timestamp without an offset is taken as UTC
rather than as the machine's local time, which would make runs non-reproducible.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from transforms.readers.dateline import MONTH_PATTERN, MONTHS


def parse_iso_utc(value: object) -> datetime | None:
    """Parse an ISO 8601 timestamp (``2019-05-10T16:02:28+02:00``, ``...Z``) into UTC.

    Args:
        value: The raw value from the payload; anything but a string gives ``None``.

    Returns:
        The instant in UTC, or ``None`` when the value is missing or not ISO 8601.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


_CLOCK = (
    r"(?:(?:,|\s+at)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<zone>Z|UTC|GMT|BST)?)?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_TEXT_DATES = (
    re.compile(
        rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_PATTERN})\s+(?P<year>\d{{4}}){_CLOCK}\s*$",
        re.I,
    ),
    re.compile(
        rf"^{_WEEKDAY}(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_CLOCK}\s*$",
        re.I,
    ),
    re.compile(rf"^(?P<year>\d{{4}})-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})(?:[T ]|$){_CLOCK}\s*$"),
)
_ONE_HOUR_AHEAD = frozenset({"BST"})
"""Zones written in text that are one hour ahead of UTC (British Summer Time)."""


def parse_text_date(text: str) -> datetime | None:
    """Parse a date as a story writes it: "3 March 2026", "March 3, 2026 10:32 GMT", "2026-03-03".

    A time without a zone is taken as UTC, like :func:`parse_iso_utc`, so a run
    reads the same instant whatever machine it runs on.

    Args:
        text: The text after "Published:" or a date line of its own.

    Returns:
        The instant in UTC, or None when the text is not one of those dates or not a real date.
    """
    for pattern in _TEXT_DATES:
        match = pattern.match(text.strip())
        if match is None:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].rstrip(".").lower()]
        try:
            stamp = datetime(
                int(parts["year"]),
                month,
                int(parts["day"]),
                int(parts["hour"] or 0),
                int(parts["minute"] or 0),
                int(parts["second"] or 0),
                tzinfo=UTC,
            )
        except ValueError:
            return None
        return stamp - timedelta(hours=1) if parts["zone"] in _ONE_HOUR_AHEAD else stamp
    return None


def last_modified(http_headers: str | None) -> datetime | None:
    """The ``Last-Modified`` instant of a manifest row's recorded HTTP headers (a JSON object).

    It is the only modification time a source records today (the drop folder keeps
    none), and a plain-text story that states no date is dated by it.
    """
    if not http_headers:
        return None
    try:
        headers = json.loads(http_headers)
        value = headers.get("last-modified") if isinstance(headers, dict) else None
        stamp = parsedate_to_datetime(value) if isinstance(value, str) else None
    except (ValueError, TypeError):
        return None
    if stamp is None:
        return None
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
