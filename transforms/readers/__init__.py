"""Source-format readers: payload bytes in, :class:`~transforms.records.RawArticle` objects out.

:func:`read_payload` is the entry point the flows use. It screens the payload
(size, emptiness, binary), detects the format from the content rather than the
file name, and hands it to the matching reader. Every reader is pure and never
raises for bad input: what cannot be read comes back as a
:class:`~transforms.records.Reject` with a plain-language reason, and the good
items of the same payload still come back as articles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from transforms.readers.decoding import DEFAULT_MAX_BYTES, decode_text, screen
from transforms.readers.detect import Detected, detect_format
from transforms.readers.newsml_g2 import read_newsml_g2
from transforms.readers.ninjs import read_ninjs
from transforms.readers.plain_text import read_plain_text
from transforms.readers.reuters_sgml import read_reuters_sgml
from transforms.records import ReadResult, Reject

__all__ = [
    "DEFAULT_MAX_BYTES",
    "detect_format",
    "read_newsml_g2",
    "read_ninjs",
    "read_payload",
    "read_plain_text",
    "read_reuters_sgml",
]

_Reader = Callable[..., ReadResult]
_READERS: dict[str, _Reader] = {
    "ninjs": read_ninjs,
    "newsml_g2": read_newsml_g2,
    "reuters_sgml": read_reuters_sgml,
}


def read_payload(
    data: bytes,
    uri: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    modified_at: datetime | None = None,
    run_date: date | None = None,
) -> ReadResult:
    """Read one payload of any supported format.

    Args:
        data: The payload exactly as fetched or found in the drop folder.
        uri: Where it came from (passed on to the reader; rows record it).
        max_bytes: Payloads larger than this are refused before any parsing.
        modified_at: When the source says the file was last modified (an HTTP
            ``Last-Modified``): a plain-text story that states no date is dated by it.
        run_date: The night reading the payload: completes datelines that give no year.

    Returns:
        The articles found and the rejects (whole payload or single items) with their reasons.
    """
    problem = screen(data, max_bytes)
    if problem is not None:
        return ReadResult(rejects=[problem])
    detected = detect_format(data)
    try:
        return _dispatch(detected, data, uri, max_bytes, modified_at, run_date)
    except Exception as exc:  # a reader bug must not cost the rest of the batch
        reason = f"the {detected.format} reader failed unexpectedly ({type(exc).__name__}: {exc})"
        return ReadResult(rejects=[Reject(reason)])


_FEED_INDEX_ROOTS = frozenset({"rss", "feed", "RDF"})
"""Roots of feed documents (RSS 2.0, Atom, RSS 1.0): indexes of stories, not stories."""


def _local_name(tag: str | None) -> str:
    """``{namespace}name`` or ``prefix:name`` reduced to ``name``."""
    return (tag or "").rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _dispatch(
    detected: Detected,
    data: bytes,
    uri: str,
    max_bytes: int,
    modified_at: datetime | None,
    run_date: date | None,
) -> ReadResult:
    """Call the reader for the detected format."""
    reader = _READERS.get(detected.format)
    if reader is not None:
        return reader(data, uri, max_bytes=max_bytes)
    if detected.format == "other_xml" and _local_name(detected.root) in _FEED_INDEX_ROOTS:
        return ReadResult()  # an RSS/Atom index: its items are fetched and read as payloads of their own
    if detected.format == "other_xml":
        reason = (
            f"XML root <{detected.root}> is not a NewsML-G2 newsItem or newsMessage "
            "(in the IPTC namespace) nor Reuters SGML; not read"
        )
        return ReadResult(rejects=[Reject(reason)])
    decoded = decode_text(data)  # free text: guess the charset if need be
    if isinstance(decoded, Reject):
        return ReadResult(rejects=[decoded])
    return read_plain_text(decoded.text, uri, modified_at=modified_at, run_date=run_date)
