"""The records that pass between readers, normalisation and the later stages.

Readers turn one payload (the bytes of a file or an HTTP response) into
:class:`RawArticle` objects plus :class:`Reject` objects for what could not be
read. Keeping both in one :class:`ReadResult` is what lets a bad item go to
quarantine while the good items of the same payload still load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

PubStatus = Literal["usable", "withheld", "canceled"]
"""IPTC publication status. ``withheld`` and ``canceled`` act as kill notices."""


@dataclass(slots=True)
class RawArticle:
    """One story as a reader found it, before normalisation.

    Attributes:
        format: Source format that produced it (``afp_text``, ``plain_text``, ``ninjs``,
            ``newsml_g2``, ``reuters_sgml``).
        body: Body text, paragraphs separated by a blank line. Subheads stay in
            place as their own paragraph so offsets cover everything a reader sees.
        headline: Headline, if the format has one.
        subheads: Subhead texts, in order (also present inside ``body``).
        dateline_city: City of the dateline ("Beirut" in "Beirut (AFP) - ").
        agency: Agency named in the dateline or metadata ("AFP").
        published_at: Publication time found in the content or metadata (UTC).
        date_source: Where ``published_at`` came from when the reader knows better than its
            format does: ``content`` (stated in the text) or ``file`` (the file's modification
            time). None lets normalisation decide from the format.
        agency_id: The agency's own item id (NewsML-G2 guid, ninjs uri, Reuters NEWID).
        agency_version: The agency's own version number of the item.
        pub_status: IPTC publication status.
        language: BCP-47 language tag, when the format says.
        byline: Author line, when the format says.
        item_ref: Where inside the payload this item sits (index, guid), for error messages.
        extra: Format specific metadata worth keeping (topics, places, slugline).
    """

    format: str
    body: str
    headline: str | None = None
    subheads: list[str] = field(default_factory=list)
    dateline_city: str | None = None
    agency: str | None = None
    published_at: datetime | None = None
    date_source: str | None = None
    agency_id: str | None = None
    agency_version: int | None = None
    pub_status: PubStatus = "usable"
    language: str | None = None
    byline: str | None = None
    item_ref: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reject:
    """Something a reader could not turn into an article, with a reason a human understands.

    Attributes:
        reason: Plain-language reason ("not valid UTF-8 and no declared charset worked").
        item_ref: Which item inside the payload, when the payload itself was readable.
    """

    reason: str
    item_ref: str | None = None


@dataclass(slots=True)
class ReadResult:
    """Everything a reader made of one payload."""

    articles: list[RawArticle] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def collect_items(outcomes: Iterable[RawArticle | Reject]) -> ReadResult:
    """Gather per-item outcomes: one bad item of a payload never costs the good ones."""
    result = ReadResult()
    for outcome in outcomes:
        if isinstance(outcome, Reject):
            result.rejects.append(outcome)
        else:
            result.articles.append(outcome)
    return result
