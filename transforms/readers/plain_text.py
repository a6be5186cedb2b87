"""Reader for plain-text news stories of any publisher.

A plain-text story is a headline line, a blank line, an optional preamble (an
ISO date line, a ``Published: 3 March 2026`` line, a ``By ...`` byline), then
paragraphs separated by blank lines, subheads written as ``- Subhead -`` lines.
The first paragraph may open with a dateline in an agency's style (see
:func:`transforms.readers.dateline.split_dateline`): AFP ``Beirut (AFP) -``, AP
``WASHINGTON (AP) —``, Reuters ``LONDON, March 3 (Reuters) -`` or a plain
``LONDON -``. Many publishers (a BBC page saved as text) have none, so a
dateline is not required.

What tells a story from any other text file dropped in the folder (a licence,
a README, source code, a log) is then the prose itself: a story without an
agency dateline must read as sentences (:func:`prose_problem`). An agency
dateline is evidence enough on its own, as it was for the AFP-only reader.

The publication time comes from the text when it states one (the date line, the
``Published:`` line, a dated dateline), else from the file's modification time
when the source gives it; ``RawArticle.date_source`` says which, and a story with
neither takes the run's date in :mod:`transforms.normalize`. Structure is split
here; cleaning (quotes, dashes, boilerplate) is left to normalisation so every
format is cleaned the same way.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from transforms.readers.dateline import Dateline, split_dateline
from transforms.readers.dates import parse_text_date
from transforms.records import RawArticle, ReadResult, Reject

MIN_SENTENCES = 3
"""Sentences a story without an agency dateline needs: a one-line note is not a story."""
MIN_PROSE_SHARE = 0.5
"""Share of body paragraphs that must read as sentences: code and lists are mostly not."""
MAX_HEADLINE_WORDS = 30
"""A first block longer than this is the story's first paragraph, not a headline."""

_SUBHEAD = re.compile(r"^[-\u2013\u2014]\s+(?P<text>.+?)\s+[-\u2013\u2014]$")
_PUBLISHED = re.compile(
    r"^(?:First\s+)?(?:Published|Updated|Posted|Last updated)(?:\s+on)?\s*:?\s*(?P<when>.+)$", re.I
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'\-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'\-]*){0,7}$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)")
_LICENCE_MARKERS = (
    "Permission is hereby granted",
    "THE SOFTWARE IS PROVIDED",
    "Redistribution and use in source and binary forms",
    "SPDX-License-Identifier",
    "GNU GENERAL PUBLIC LICENSE",
    "Licensed under the Apache License",
    "Creative Commons Attribution",
    "creativecommons.org/licenses",
    "Mozilla Public License",
    "This license",
)
_MARKUP_START = re.compile(r"^(?:#{1,6}\s|```|#!|<\?|//|/\*|import\s|from\s\S+\simport\s|def\s|class\s)")
_DATELINE_SLACK = timedelta(days=2)
"""A dateline may run ahead of the reference date by time zones and late filing, not by more."""
_PREAMBLE_BLOCKS = 3
"""Blocks after the headline that may hold a date line or a byline before the body starts."""


def read_plain_text(
    data: bytes | str,
    uri: str,
    *,
    modified_at: datetime | None = None,
    run_date: date | None = None,
) -> ReadResult:
    """Split one plain-text story into headline, date, dateline, paragraphs and subheads.

    Args:
        data: The payload; bytes are decoded as UTF-8 (a decoding failure is a reject).
        uri: Where the payload came from, used in reject messages.
        modified_at: The file's modification time, when the source records one: the
            publication time of a story whose text states none.
        run_date: The night that reads the story: the year of a dateline that gives
            only month and day is the latest one not after this (or ``modified_at``).

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
    headline: str | None = blocks[0]
    rest = blocks[1:]
    if len(blocks[0].split()) > MAX_HEADLINE_WORDS:
        headline, rest = None, blocks
    published_at, byline, rest = _take_preamble(rest)
    if not rest:
        return ReadResult(rejects=[Reject(f"{uri} has a headline but no body")])
    dateline = split_dateline(rest[0])
    if dateline is not None:
        rest = [rest[0][dateline.end :], *rest[1:]]
    if dateline is None or dateline.agency is None:
        problem = prose_problem(headline, rest)
        if problem is not None:
            return ReadResult(rejects=[Reject(f"{uri} {problem}; not a news story")])
    date_source = "content" if published_at is not None else None
    if published_at is None and dateline is not None:
        published_at = _dateline_date(dateline, modified_at, run_date)
        date_source = "content" if published_at is not None else None
    if published_at is None and modified_at is not None:
        published_at, date_source = modified_at.astimezone(UTC), "file"
    subheads = [m.group("text") for block in rest if (m := _SUBHEAD.match(block))]
    paragraphs = [_SUBHEAD.sub(r"\g<text>", block) for block in rest]
    article = RawArticle(
        format="afp_text" if dateline is not None and dateline.agency is not None else "plain_text",
        headline=headline,
        body="\n\n".join(paragraphs),
        subheads=subheads,
        dateline_city=dateline.city if dateline else None,
        agency=dateline.agency if dateline else None,
        published_at=published_at,
        date_source=date_source,
        byline=byline,
        item_ref=uri,
    )
    return ReadResult(articles=[article])


def prose_problem(headline: str | None, paragraphs: list[str]) -> str | None:
    """Say why a text without an agency dateline does not read as a news story, or None if it does.

    The rule: no licence wording or code/Markdown markers, at least
    :data:`MIN_SENTENCES` sentences, and at least :data:`MIN_PROSE_SHARE` of the
    paragraphs sentence-like (see :func:`_is_sentence_like`). A README, a
    licence, a log or a source file fails one of these; a story of any
    publisher, however short its paragraphs, passes.
    """
    whole = "\n".join([headline or "", *paragraphs])
    marker = next((m for m in _LICENCE_MARKERS if m in whole), None)
    if marker is not None:
        return f"reads as a software licence ('{marker}')"
    if any(_MARKUP_START.match(block) for block in [headline or "", *paragraphs]):
        return "reads as code or Markdown (a line opens with a heading, fence or code keyword)"
    prose = [p for p in paragraphs if _is_sentence_like(p)]
    sentences = sum(len(_SENTENCE_END.findall(p)) for p in prose)
    if sentences < MIN_SENTENCES or len(prose) < MIN_PROSE_SHARE * len(paragraphs):
        return (
            f"does not read as prose: {len(prose)} of {len(paragraphs)} paragraphs are sentences "
            f"({sentences} sentences; a story needs {MIN_SENTENCES} and half its paragraphs)"
        )
    return None


def _is_sentence_like(paragraph: str) -> bool:
    """Words ending in sentence punctuation, mostly letters, not shouted in capitals."""
    words = paragraph.split()
    if len(words) < 5 or not _SENTENCE_END.search(paragraph[-4:] + " "):
        return False
    letters = [c for c in paragraph if c.isalpha()]
    visible = sum(1 for c in paragraph if not c.isspace())
    if not letters or len(letters) < 0.6 * visible:
        return False
    return sum(1 for c in letters if c.isupper()) < 0.5 * len(letters)


def _blocks(text: str) -> list[str]:
    """Blocks separated by blank lines, inner line breaks folded into spaces."""
    raw_blocks = re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [" ".join(line.strip() for line in block.split("\n")).strip() for block in raw_blocks]
    return [block for block in blocks if block]


def _take_preamble(blocks: list[str]) -> tuple[datetime | None, str | None, list[str]]:
    """Take the date line (ISO or ``Published: ...``) and byline that may follow the headline."""
    published_at: datetime | None = None
    byline: str | None = None
    taken = 0
    for block in blocks[:_PREAMBLE_BLOCKS]:
        stated = _PUBLISHED.match(block)
        stamp = parse_text_date(stated.group("when") if stated else block)
        if stamp is not None and published_at is None:
            published_at = stamp
        elif byline is None and _BYLINE.match(block):
            byline = block[3:].strip()
        else:
            break
        taken += 1
    return published_at, byline, blocks[taken:]


def _dateline_date(
    dateline: Dateline, modified_at: datetime | None, run_date: date | None
) -> datetime | None:
    """The date of a dated dateline; without a year, the latest such date not after the reference."""
    if dateline.month is None or dateline.day is None:
        return None
    reference = modified_at.date() if modified_at is not None else run_date
    if dateline.year is None and reference is None:
        return None
    year = dateline.year or (reference.year if reference else 0)
    try:
        stamp = datetime(year, dateline.month, dateline.day, tzinfo=UTC)
        if dateline.year is None and reference is not None and stamp.date() > reference + _DATELINE_SLACK:
            stamp = stamp.replace(year=year - 1)
    except ValueError:  # 29 February of a year without one
        return None
    return stamp
