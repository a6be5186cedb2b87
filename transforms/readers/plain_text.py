"""Reader for AFP-style plain-text stories, the format of the project's seed story.

The layout is: a headline line, a blank line, an optional date line, a first
paragraph that opens with the dateline ``City (AFP) - ``, further paragraphs
separated by blank lines, and subheads written as ``- Subhead -`` lines.
Structure is split here; cleaning (quotes, dashes, boilerplate) is left to
:mod:`transforms.normalize` so every format is cleaned the same way.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from transforms.records import RawArticle, ReadResult, Reject

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][^\W\d_]*(?:[ '.\-][A-Za-z][^\W\d_]*){0,4})\s*,?\s*"
    r"\((?P<agency>[A-Z][A-Za-z-]{1,11})\)\s*[-\u2013\u2014]+\s*"
)
_SUBHEAD = re.compile(r"^[-\u2013\u2014]\s+(?P<text>.+?)\s+[-\u2013\u2014]$")
_DATE_LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)\s*(?P<utc>Z|UTC|GMT)?)?$"
)


def read_afp_text(data: bytes | str, uri: str) -> ReadResult:
    """Split one plain-text story into headline, date, dateline, paragraphs and subheads.

    The dateline is required: it is what tells a wire story from any other text
    file that lands in a drop folder (a licence, a README, a log).

    Args:
        data: The payload; bytes are decoded as UTF-8 (a decoding failure is a reject).
        uri: Where the payload came from, used in reject messages.

    Returns:
        One article, or one reject saying why there is none.
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return ReadResult(
                rejects=[Reject(f"{uri} is not valid UTF-8 text ({exc.reason} at byte {exc.start})")]
            )
    else:
        text = data
    blocks = _blocks(text)
    if not blocks:
        return ReadResult(rejects=[Reject(f"{uri} holds no text")])
    headline, rest = blocks[0], blocks[1:]
    published_at, rest = _take_date_line(rest)
    if not rest:
        return ReadResult(rejects=[Reject(f"{uri} has a headline but no body")])
    city, agency, rest = _take_dateline(rest)
    if city is None:
        reason = (
            f"{uri} has no 'City (AGENCY) - ' dateline opening its first paragraph; not an AFP-style story"
        )
        return ReadResult(rejects=[Reject(reason)])
    subheads = [m.group("text") for block in rest if (m := _SUBHEAD.match(block))]
    paragraphs = [(_SUBHEAD.sub(r"\g<text>", block)) for block in rest]
    article = RawArticle(
        format="afp_text",
        headline=headline,
        body="\n\n".join(paragraphs),
        subheads=subheads,
        dateline_city=city,
        agency=agency,
        published_at=published_at,
        item_ref=uri,
    )
    return ReadResult(articles=[article])


def _blocks(text: str) -> list[str]:
    """Blocks separated by blank lines, inner line breaks folded into spaces."""
    raw_blocks = re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [" ".join(line.strip() for line in block.split("\n")).strip() for block in raw_blocks]
    return [block for block in blocks if block]


def _take_date_line(blocks: list[str]) -> tuple[datetime | None, list[str]]:
    """Use an ISO date line right after the headline as the publication time."""
    if blocks and (match := _DATE_LINE.match(blocks[0])):
        clock = match.group("time") or "00:00"
        if clock.count(":") == 1:
            clock += ":00"
        stamp = datetime.fromisoformat(f"{match.group('date')}T{clock}").replace(tzinfo=UTC)
        return stamp, blocks[1:]
    return None, blocks


def _take_dateline(blocks: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Cut ``City (AFP) - `` from the first paragraph and return city and agency."""
    match = _DATELINE.match(blocks[0])
    if match is None:
        return None, None, blocks
    first = blocks[0][match.end() :]
    return match.group("city"), match.group("agency"), [first, *blocks[1:]]
