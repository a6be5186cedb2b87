"""Normalise raw articles into rows of the ``articles`` schema.

Normalisation makes the same story look the same whoever delivered it: Unicode
NFC, straight quotes, ASCII dashes, single spaces, portal boilerplate removed.
The content hash taken afterwards is what exact deduplication compares.
"""

from __future__ import annotations

import hashlib
import operator
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyarrow as pa

from transforms.boilerplate import strip_boilerplate
from transforms.records import RawArticle
from transforms.rows import table_from_tuples
from transforms.schemas import ARTICLES

_TRANSLATE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\u2026": "...",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_SPACES = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class Delivery:
    """Where one raw article came from: the payload and the source that fetched it."""

    raw_hash: str
    source: str
    source_uri: str | None


def clean_text(text: str) -> str:
    """Unicode NFC, straight quotes, ASCII dashes and single spaces, trimmed.

    Args:
        text: Any text from a reader (one paragraph or a headline).

    Returns:
        The cleaned text; line breaks are kept, runs of spaces are folded.
    """
    if text.isascii():  # most wire text: NFC is the identity and only the tab is translated
        if "\t" in text:
            text = text.replace("\t", " ")
    else:
        text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    if "\n" not in text:  # one paragraph (the common call): the same result without the line loop
        return _SPACES.sub(" ", text).strip() if "  " in text else text.strip()
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def content_hash(headline: str | None, body: str) -> str:
    """SHA-256 of the normalised headline and body: equal for exact duplicates."""
    return hashlib.sha256(f"{headline or ''}\n\n{body}".encode()).hexdigest()


def normalise_article(raw: RawArticle, delivery: Delivery, run_date: date) -> dict[str, Any]:
    """Turn one raw article into an ``articles`` row.

    Args:
        raw: What the reader found.
        delivery: The payload and source it came from.
        run_date: The run's logical date; a story with no date of its own takes it.

    Returns:
        A dict with every column of :data:`transforms.schemas.ARTICLES`.
    """
    paragraphs = [p for p in (clean_text(p) for p in raw.body.split("\n\n")) if p]
    kept, removed = strip_boilerplate(paragraphs)
    body = "\n\n".join(kept)
    headline = clean_text(raw.headline) if raw.headline else None
    digest = content_hash(headline, body)
    if raw.published_at is not None:
        pub_date = raw.published_at.date()
        date_source = raw.date_source or ("content" if raw.format == "afp_text" else "metadata")
    else:
        pub_date, date_source = run_date, "run_date"
    return {
        "article_id": digest[:32],
        "content_hash": digest,
        "raw_hash": delivery.raw_hash,
        "source": delivery.source,
        "source_uri": delivery.source_uri,
        "format": raw.format,
        "item_ref": raw.item_ref,
        "agency_id": raw.agency_id,
        "agency_version": raw.agency_version,
        "pub_status": raw.pub_status,
        "headline": headline,
        "dateline_city": raw.dateline_city,
        "agency": raw.agency,
        "language": raw.language,
        "byline": raw.byline,
        "published_at": raw.published_at,
        "pub_date": pub_date,
        "date_source": date_source,
        "body": body,
        "subheads": [clean_text(s) for s in raw.subheads],
        "paragraph_count": len(kept),
        "word_count": len(body.split()),
        "boilerplate_removed": removed,
        "ingest_date": run_date,
    }


def normalise_articles(items: Iterable[tuple[RawArticle, Delivery]], run_date: date) -> pa.Table:
    """Normalise a batch of raw articles into one ``articles`` table.

    Args:
        items: Raw articles with their delivery.
        run_date: The run's logical date.

    Returns:
        A table with the :data:`transforms.schemas.ARTICLES` schema, one row per
        delivered article (duplicates are still present; see :mod:`transforms.dedupe`).
    """
    in_order = operator.itemgetter(*ARTICLES.names)
    rows = [in_order(normalise_article(raw, delivery, run_date)) for raw, delivery in items]
    return table_from_tuples(rows, ARTICLES)
