"""The HTTP feed source: a JSON API paged by cursor, or an RSS/Atom feed.

Every response body is landed unchanged in the raw zone, one payload per page
or document, so the readers (which split pages into items) and any later
replay work from the lake alone. The cursor only moves forward when the whole
night's fetch succeeded: a page that fails stops paging and the previous cursor
is returned, so the next night asks again from the same point; what was landed
before the failure stays landed, and pages already ingested by another night
are recognised by their hash and skipped.

``json_api``
    ``GET url?since=<cursor>&page=N`` for N = 1, 2, ... until a page without
    items, or along ``next`` links (a ``"next"`` member of the JSON page or a
    ``Link: <...>; rel="next"`` header) once the API gives them, at most
    ``max_pages`` pages. The API is expected to list items oldest first, as
    cursor APIs do, so the new cursor is the latest ``versionCreated`` (else
    ``firstCreated``) seen, **up to the run's own clock plus
    ``cursor_tolerance_seconds``**. An item stamped beyond that (a typo, a
    broken clock, ``9999-12-31``) is landed and quarantined by validation like
    any other, but never moves the cursor: otherwise every later night would
    ask ``since=9999-12-31`` and the source would be silent for good. A stored
    cursor already beyond the horizon (left by an older release) is not sent:
    that night pages from the start, and content hashes keep what other nights
    loaded from loading twice.
``rss``
    A conditional GET of the feed (``If-None-Match`` / ``If-Modified-Since``
    from the last response, kept as the cursor ``{"etag": ..., "last_modified":
    ...}``); a 304 means nothing new. The feed document is landed, then each
    item's link on the feed's own origin, at most ``max_pages`` of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import httpx
import pyarrow as pa
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from flows.io.lake import Lake
from flows.io.sources.http_feed.client import FetchError, Response, get, is_same_origin, make_client
from flows.io.sources.http_feed.config import HttpFeedSource
from flows.io.sources.result import FetchResult
from transforms.quarantine import QuarantineEntry
from transforms.schemas import RAW_FILES

KEPT_HEADERS = ("content-type", "etag", "last-modified", "date")
"""Response headers recorded in the manifest: enough to tell what was served and when."""

_ATOM = "{http://www.w3.org/2005/Atom}"


def fetch_http_feed(
    name: str,
    config: HttpFeedSource,
    *,
    lake: Lake,
    ingest_date: date,
    already_ingested: set[str],
    cursor: str | None,
    now: datetime | None = None,
) -> FetchResult:
    """Land the night's new pages or documents of an HTTP feed in the raw zone.

    Args:
        name: The source's configured name, recorded with every row.
        config: Its configuration (URL, kind, timeouts, retries, limits).
        lake: Where payloads are landed.
        ingest_date: The night.
        already_ingested: Payload hashes other nights ingested.
        cursor: The stored watermark: an ISO timestamp (``json_api``) or the JSON
            validators of the last feed response (``rss``); None on the first run.
        now: The run's clock (default: the current time); with the source's
            ``cursor_tolerance_seconds`` it bounds how far a ``json_api`` cursor may move.

    Returns:
        The manifest, the fetch rejects and the cursor to store if the night loads
        (the previous one whenever anything failed).
    """
    night = _Night(name, lake, ingest_date, already_ingested)
    with make_client(config) as client:
        if config.kind == "json_api":
            horizon = (now or datetime.now(UTC)) + timedelta(seconds=config.cursor_tolerance_seconds)
            if _beyond(cursor, horizon):
                cursor = None
            new_cursor = _fetch_json_api(client, config, night, cursor, horizon)
        else:
            new_cursor = _fetch_rss(client, config, night, cursor)
    return night.result(cursor if night.rejects else new_cursor)


@dataclass(slots=True)
class _Night:
    """What one fetch has landed, skipped and refused so far."""

    source: str
    lake: Lake
    ingest_date: date
    already_ingested: set[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[QuarantineEntry] = field(default_factory=list)
    seen: int = 0
    skipped: int = 0
    landed: set[str] = field(default_factory=set)

    def land(self, response: Response) -> bool:
        """Store a response body unchanged; add its manifest row unless another night has it.

        Returns:
            False when this fetch already landed the same bytes (an API that ignores
            ``page``, a feed linking one document twice), so the caller can stop.
        """
        raw_hash, landed_at = self.lake.land(response.content)
        if raw_hash in self.landed:
            return False
        self.landed.add(raw_hash)
        self.seen += 1
        if raw_hash in self.already_ingested:
            self.skipped += 1
            return True
        headers = {key: response.headers[key] for key in KEPT_HEADERS if key in response.headers}
        self.rows.append(
            {
                "raw_hash": raw_hash,
                "source": self.source,
                "source_uri": response.url,
                "raw_path": str(self.lake.raw_path(raw_hash)),
                "size_bytes": len(response.content),
                "fetched_at": landed_at,
                "ingest_date": self.ingest_date,
                "http_status": response.status,
                "http_headers": json.dumps(headers, sort_keys=True),
            }
        )
        return True

    def refuse(self, url: str, reason: str) -> None:
        """Quarantine a request that failed, naming the URL."""
        self.rejects.append(QuarantineEntry("fetch", reason, self.source, item_ref=url))

    def result(self, cursor: str | None) -> FetchResult:
        """The night's :class:`FetchResult`."""
        manifest = pa.Table.from_pylist(self.rows, schema=RAW_FILES)
        return FetchResult(manifest, self.rejects, self.seen, self.skipped, cursor)


# --- json_api ---------------------------------------------------------------------------------


def _fetch_json_api(
    client: httpx.Client, config: HttpFeedSource, night: _Night, cursor: str | None, horizon: datetime
) -> str | None:
    """Page through the API since ``cursor``; return the latest item timestamp not past ``horizon``."""
    url: str | None = _page_url(config.url, cursor, 1)
    visited: set[str] = set()
    linked, newest = False, cursor
    for page in range(1, config.max_pages + 1):
        if url is None or url in visited:
            break
        visited.add(url)
        try:
            response = get(client, url, config)
        except FetchError as exc:
            night.refuse(url, str(exc))
            break
        document = _json(response.content)
        items = _items(document)
        if items == []:  # the end of the feed: nothing to keep
            break
        if not night.land(response):  # the same page again: the API does not page
            break
        if items is None:
            night.refuse(response.url, f"page {response.url} is not a JSON feed page; paging stopped")
            break
        newest = _latest(newest, items, horizon)
        next_link = _next_link(response, document)
        linked = linked or next_link is not None
        url = next_link if linked else _page_url(config.url, cursor, page + 1)
    return newest


def _page_url(base: str, since: str | None, page: int) -> str:
    """``base?since=<cursor>&page=N``, keeping any query the configured URL already has."""
    params = {"page": str(page)} if since is None else {"since": since, "page": str(page)}
    return str(httpx.URL(base).copy_merge_params(params))


def _json(content: bytes) -> Any:
    """The parsed page, or None when it is not JSON (the reader will say why when it reads it)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def _items(document: Any) -> list[Any] | None:
    """The items of a page (``{"items": [...]}``, a list, or one item); None when it is none of these."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        items = document.get("items", [document] if document else [])
        return items if isinstance(items, list) else None
    return None


def _next_link(response: Response, document: Any) -> str | None:
    """The next page's absolute URL from the JSON ``next`` member, else the ``Link`` header."""
    if isinstance(document, dict) and isinstance(document.get("next"), str) and document["next"]:
        return _absolute(response.url, document["next"])
    return response.next_link


def _latest(cursor: str | None, items: list[Any], horizon: datetime) -> str | None:
    """The latest of the cursor and the items' ``versionCreated`` (else ``firstCreated``) stamps.

    Stamps after ``horizon`` are skipped: a future-dated item must not move the
    cursor past the items still to come. The original string is kept, so the
    API gets back exactly the notation it uses.
    """
    best, best_at = cursor, _instant(cursor)
    for item in items:
        if not isinstance(item, dict):
            continue
        stamp = item.get("versionCreated") or item.get("firstCreated")
        at = _instant(stamp)
        if at is not None and at <= horizon and (best_at is None or at > best_at):
            best, best_at = stamp, at
    return best


def _beyond(cursor: str | None, horizon: datetime) -> bool:
    """Whether a stored cursor lies past the horizon (so sending it would skip every real item)."""
    at = _instant(cursor)
    return at is not None and at > horizon


def _instant(value: object) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime (no offset means UTC); None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        stamp = datetime.fromisoformat(value)
        return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
    except ValueError:
        return None
    except OverflowError:  # 9999-12-31T23:00-05:00 is past the last representable instant
        return datetime.max.replace(tzinfo=UTC)


# --- rss --------------------------------------------------------------------------------------


def _fetch_rss(client: httpx.Client, config: HttpFeedSource, night: _Night, cursor: str | None) -> str | None:
    """Fetch the feed conditionally, then its items' documents; return the new validators."""
    try:
        feed = get(client, config.url, config, headers=_conditional_headers(cursor))
    except FetchError as exc:
        night.refuse(config.url, str(exc))
        return cursor
    if feed.status == 304:
        return cursor
    night.land(feed)
    links = _item_links(feed)
    if isinstance(links, str):
        night.refuse(feed.url, f"feed {feed.url} {links}; its items were not fetched")
        return cursor
    for link in [link for link in links if is_same_origin(link, config)][: config.max_pages]:
        try:
            night.land(get(client, link, config))
        except FetchError as exc:
            night.refuse(link, str(exc))
    return _validators(feed) or cursor


def _conditional_headers(cursor: str | None) -> dict[str, str]:
    """``If-None-Match`` / ``If-Modified-Since`` from the validators stored in the cursor."""
    try:
        stored = json.loads(cursor) if cursor else {}
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    headers = {"If-None-Match": stored.get("etag"), "If-Modified-Since": stored.get("last_modified")}
    return {key: value for key, value in headers.items() if isinstance(value, str)}


def _validators(feed: Response) -> str | None:
    """The cursor for the next conditional GET: the feed's ETag and Last-Modified, as JSON."""
    kept = {"etag": feed.headers.get("etag"), "last_modified": feed.headers.get("last-modified")}
    kept = {key: value for key, value in kept.items() if value}
    return json.dumps(kept, sort_keys=True) if kept else None


def _item_links(feed: Response) -> list[str] | str:
    """Absolute, de-duplicated item links of an RSS 2.0 or Atom feed, or why it could not be read.

    DTDs, entities and external references are forbidden, so a hostile feed cannot
    expand a bomb or make the parser fetch anything.
    """
    try:
        root: Element = fromstring(feed.content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        return "declares a DTD or entities (possible entity attack); refused"
    except ParseError as exc:
        return f"is not well-formed XML ({exc})"
    found = [link.text or "" for link in root.iterfind("channel/item/link")]
    found += [
        link.get("href", "")
        for link in root.iterfind(f"{_ATOM}entry/{_ATOM}link")
        if link.get("rel", "alternate") == "alternate"
    ]
    links = [_absolute(feed.url, text.strip()) for text in found if text.strip()]
    return list(dict.fromkeys(link for link in links if link is not None))


def _absolute(base: str, link: str) -> str | None:
    """``link`` resolved against ``base``; None when it is not a URL at all."""
    try:
        return str(httpx.URL(base).join(link))
    except httpx.InvalidURL:
        return None
