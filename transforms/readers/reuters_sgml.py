"""Reader for the Reuters-21578 SGML corpus (``reut2-*.sgm``), the project's large benchmark.

Each file holds about a thousand ``<REUTERS>`` records in Latin-1 SGML that no
XML parser accepts (undeclared entities such as ``&#3;``, an external DTD).
Records are therefore cut out with regular expressions, which also keeps the
whole 27 MB corpus to a few seconds. Records without a ``<BODY>`` (title-only
briefs and unprocessed tables) become rejects rather than vanishing, so the
records found always add up to the 21,578 the corpus documents.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from transforms.readers.dateline import parse_dateline
from transforms.readers.decoding import DEFAULT_MAX_BYTES, decode_legacy, screen
from transforms.readers.paragraphs import collapse, plain_paragraphs
from transforms.records import RawArticle, ReadResult, Reject

AGENCY = "Reuters"
LEGACY_CHARSET = "latin-1"
"""The corpus's documented encoding (used when a file is not valid UTF-8)."""

_RECORD_START = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>")
_RECORD_END = "</REUTERS>"
_ATTRIBUTE = re.compile(r'(?P<name>[A-Z_]+)\s*=\s*"(?P<value>[^"]*)"')
_FIELD_OPEN = re.compile(
    r"<(?P<name>DATE|TITLE|DATELINE|BODY|TOPICS|PLACES|PEOPLE|ORGS|EXCHANGES|COMPANIES)>"
)
"""A field's opening tag; its value runs to the first closing tag of the same name, found with
``str.find`` (a lazy ``.*?`` with a back-reference walked every body character in the regex engine:
the reader's largest cost)."""
_TEXT_TYPE = re.compile(r'<TEXT\s+TYPE\s*=\s*"(?P<type>\w+)"')
_LIST_ITEM = re.compile(r"<D>(?P<value>.*?)</D>", re.DOTALL)
_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])
_HAS_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Whether a text holds one of ``_CONTROL``: a search is far cheaper than a translate that changes nothing."""
_SIGN_OFF = "reuter"
_DATE = re.compile(
    r"(?P<day>\d{1,2})-(?P<month>[A-Z]{3})-(?P<year>\d{4})\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}):(?P<second>\d{2})(?:\.(?P<hundredths>\d{1,2}))?",
    re.IGNORECASE,
)
_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_LIST_FIELDS = ("topics", "places", "people", "orgs", "exchanges", "companies")
_NO_BODY_HINTS = {
    "BRIEF": " (TYPE=BRIEF: a title-only brief)",
    "UNPROC": " (TYPE=UNPROC: unstructured text without title and body markup)",
}


def read_reuters_sgml(data: bytes, uri: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one Reuters-21578 SGML file into articles and rejects.

    Args:
        data: The raw file (Latin-1, or UTF-8 for a re-encoded copy).
        uri: Where the file came from (the caller records it with every row).
        max_bytes: Payloads larger than this are refused unread.

    Returns:
        One article per record with a body; one reject per body-less or truncated record.
    """
    problem = screen(data, max_bytes)
    if problem is not None:
        return ReadResult(rejects=[problem])
    text = decode_legacy(data, LEGACY_CHARSET).text
    starts = list(_RECORD_START.finditer(text))
    if not starts:
        return ReadResult(rejects=[Reject("no <REUTERS> records found")])
    result = ReadResult()
    for index, start in enumerate(starts):
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        outcome = _read_record(text, start, limit, index)
        if isinstance(outcome, Reject):
            result.rejects.append(outcome)
        else:
            result.articles.append(outcome)
    return result


def _read_record(text: str, start: re.Match[str], limit: int, index: int) -> RawArticle | Reject:
    """Cut one record out of the file and map it, or say why it cannot be used."""
    attributes = dict(_ATTRIBUTE.findall(start.group("attrs")))
    new_id = attributes.get("NEWID") or f"#{index}"
    ref = f"NEWID={new_id}"
    end = text.find(_RECORD_END, start.end(), limit)
    if end < 0:
        return Reject(f"Reuters record NEWID={new_id} is truncated (no </REUTERS>)", ref)
    record = text[start.end() : end]
    fields = _fields(record)
    if "body" not in fields:
        text_type = _TEXT_TYPE.search(record)
        hint = _NO_BODY_HINTS.get(text_type.group("type") if text_type else "", "")
        return Reject(f"Reuters record NEWID={new_id} has no body{hint}", ref)
    return _article(fields, attributes, new_id, ref)


def _fields(record: str) -> dict[str, str]:
    """The record's tagged fields by lower-case name (the first occurrence of each wins)."""
    fields: dict[str, str] = {}
    position = 0
    while (opening := _FIELD_OPEN.search(record, position)) is not None:
        name = opening.group("name")
        end = record.find(f"</{name}>", opening.end())
        if end < 0:  # unclosed here: the next opening tag may still be a field
            position = opening.start() + 1
            continue
        fields.setdefault(name.lower(), record[opening.end() : end])
        position = end + len(name) + 3
    return fields


def _article(fields: dict[str, str], attributes: dict[str, str], new_id: str, ref: str) -> RawArticle:
    """Map a record's fields onto an article."""
    dateline = _clean(fields.get("dateline", ""))
    city, _ = parse_dateline(dateline)
    return RawArticle(
        format="reuters_sgml",
        body="\n\n".join(plain_paragraphs(_body_text(fields["body"], dateline))),
        headline=collapse(_clean(fields.get("title", ""))) or None,
        dateline_city=city,
        agency=AGENCY,
        published_at=parse_reuters_date(fields.get("date", "")),
        agency_id=f"reuters:{new_id}",
        language="en",
        item_ref=ref,
        extra=_extra(fields, attributes),
    )


def _body_text(raw: str, dateline: str) -> str:
    """The body without the closing "Reuter" sign-off and without a leading copy of the dateline."""
    body = _without_sign_off(_clean(raw))
    lead = collapse(dateline)
    if not lead or not collapse(body[: 2 * len(dateline) + 8]).startswith(lead):
        return body
    repeated = re.match(r"\s*" + r"\s+".join(map(re.escape, lead.split())) + r"\s*", body)
    return body[repeated.end() :] if repeated else body


def _without_sign_off(body: str) -> str:
    """Drop the "Reuter" that closes almost every story (it is a sign-off, not text)."""
    trimmed = body.rstrip()
    if trimmed[-6:].lower() == _SIGN_OFF and not trimmed[-7:-6].isalnum():
        return trimmed[:-6].rstrip()
    return body


def _extra(fields: dict[str, str], attributes: dict[str, str]) -> dict[str, str]:
    """Category lists (topics, places...) joined with commas, plus the corpus split and old id."""
    extra = {name: ",".join(_list(fields.get(name, ""))) for name in _LIST_FIELDS}
    extra["lewis_split"] = attributes.get("LEWISSPLIT", "")
    extra["old_id"] = attributes.get("OLDID", "")
    return {key: value for key, value in extra.items() if value}


def _list(raw: str) -> list[str]:
    """The ``<D>`` entries of a category field."""
    return [value for match in _LIST_ITEM.finditer(raw) if (value := collapse(_clean(match.group("value"))))]


def _clean(raw: str) -> str:
    """Resolve SGML character references and drop control characters (``&#3;`` and friends)."""
    text = html.unescape(raw) if "&" in raw else raw
    return text.translate(_CONTROL) if _HAS_CONTROL.search(text) else text


def parse_reuters_date(raw: str) -> datetime | None:
    """Parse ``26-FEB-1987 15:01:01.79``; the corpus gives no zone, so UTC is assumed.

    Args:
        raw: The ``<DATE>`` field; a few records carry trailing noise, which is ignored.

    Returns:
        The timestamp in UTC, or ``None`` when the field is missing or unreadable.
    """
    match = _DATE.search(raw)
    month = _MONTHS.get(match.group("month").upper()) if match else None
    if match is None or month is None:
        return None
    hundredths = int((match.group("hundredths") or "0").ljust(2, "0"))
    try:
        return datetime(
            int(match.group("year")), month, int(match.group("day")),
            int(match.group("hour")), int(match.group("minute")), int(match.group("second")),
            hundredths * 10_000, tzinfo=UTC,
        )  # fmt: skip
    except ValueError:
        return None
