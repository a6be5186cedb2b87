"""Timestamps in the formats' own notation, turned into timezone-aware UTC.

Every later stage compares publication times across agencies, so all of them
are normalised to UTC here; a timestamp without an offset is taken as UTC
rather than as the machine's local time, which would make runs non-reproducible.
"""

from __future__ import annotations

from datetime import UTC, datetime


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
