"""Reader for IPTC ninjs (JSON) news items, versions 1.x to 3.x.

ninjs renamed most fields between versions (``headline`` became
``headlines``, ``body_html`` became ``bodies``, ``byline`` became ``by``,
``pubstatus`` became ``pubStatus``), and agencies mix them, so every variant is
accepted. A payload may be one item, a list of items, or a feed page
``{"items": [...]}``; each item succeeds or is rejected on its own so one bad
item does not cost the others.
"""

from __future__ import annotations

import json
from typing import Any

from transforms.readers.dates import parse_iso_utc
from transforms.readers.decoding import DEFAULT_MAX_BYTES, decode_json, screen
from transforms.readers.html_text import html_to_blocks
from transforms.readers.paragraphs import TextBlocks, plain_paragraphs
from transforms.readers.pubstatus import parse_pub_status
from transforms.records import RawArticle, ReadResult, Reject, collect_items

NINJS_KEYS = frozenset(
    {"uri", "headline", "headlines", "body_text", "body_html", "bodies", "versionCreated", "firstCreated",
     "pubStatus", "pubstatus"}
)  # fmt: skip
"""Top-level keys of which at least one marks a JSON object as a ninjs item."""

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", ""})


def read_ninjs(data: bytes, uri: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read a ninjs payload into articles and rejects.

    Args:
        data: The raw JSON payload.
        uri: Where the payload came from (the caller records it with every row).
        max_bytes: Payloads larger than this are refused unread.

    Returns:
        One article per usable item, one reject per item (or payload) that is not.
    """
    problem = screen(data, max_bytes)
    if problem is not None:
        return ReadResult(rejects=[problem])
    decoded = decode_json(data)
    if isinstance(decoded, Reject):
        return ReadResult(rejects=[decoded])
    document = _load(decoded.text)
    if isinstance(document, Reject):
        return ReadResult(rejects=[document])
    items = _items(document)
    if isinstance(items, Reject):
        return ReadResult(rejects=[items])
    return collect_items(_read_item(item, f"item {index}") for index, item in enumerate(items))


def _load(text: str) -> Any | Reject:
    """Parse JSON, telling a truncated document apart from a malformed one.

    A document is truncated when the parser runs out of text, including inside a
    string (JSON strings cannot hold raw line breaks, so an unterminated one
    always runs to the end).
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            return Reject(f"JSON is truncated: the document ends before it is complete ({where})")
        return Reject(f"JSON is not valid: {where}")
    except RecursionError:
        return Reject("JSON is nested too deeply to read")
    except ValueError as exc:
        return Reject(f"JSON is not valid: {exc}")


def _items(document: Any) -> list[Any] | Reject:
    """The items of a payload: a list, a feed page's ``items``, or one item."""
    if isinstance(document, list):
        return document if document else Reject("JSON list holds no ninjs items")
    if isinstance(document, dict):
        page_items = document.get("items")
        if isinstance(page_items, list) and "uri" not in document:
            return page_items if page_items else Reject("JSON feed page holds no ninjs items")
        return [document]
    return Reject(f"JSON top level is {_json_type(document)}, not a ninjs object or list")


def _read_item(item: Any, ref: str) -> RawArticle | Reject:
    """Validate one item and map its fields; a reason names what is missing."""
    if not isinstance(item, dict):
        return Reject(f"ninjs item is not a JSON object (it is {_json_type(item)})", ref)
    if not NINJS_KEYS & item.keys():
        return Reject("JSON object is not a ninjs item (no uri, headline, body or version fields)", ref)
    agency_id = _text(item.get("uri"))
    if agency_id is None:
        return Reject("ninjs item has no uri (the agency's id)", ref)
    raw_status = item.get("pubStatus", item.get("pubstatus", "usable"))
    status = parse_pub_status(raw_status)
    if status is None:
        return Reject(f"ninjs item has an unknown pubStatus {raw_status!r}", ref)
    headline = _headline(item)
    blocks = _drop_repeated_headline(_body(item), headline)
    if not blocks.paragraphs and status == "usable":
        return Reject("ninjs item has no body", ref)
    return RawArticle(
        format="ninjs",
        body="\n\n".join(blocks.paragraphs),
        headline=headline,
        subheads=blocks.subheads,
        agency=_text(item.get("copyrightHolder", item.get("copyrightholder"))),
        published_at=parse_iso_utc(item.get("firstCreated")) or parse_iso_utc(item.get("versionCreated")),
        agency_id=agency_id,
        agency_version=_version(item.get("version")),
        pub_status=status,
        language=_text(item.get("language")),
        byline=_text(item.get("by", item.get("byline"))),
        item_ref=ref,
        extra=_extra(item),
    )


def _headline(item: dict[str, Any]) -> str | None:
    """The main headline: ninjs 2+ ``headlines`` (role ``main`` first), or 1.x ``headline``."""
    headlines = [h for h in _dicts(item.get("headlines")) if _text(h.get("value"))]
    headlines.sort(key=lambda h: h.get("role") != "main")
    if headlines:
        return _text(headlines[0].get("value"))
    return _text(item.get("headline"))


def _body(item: dict[str, Any]) -> TextBlocks:
    """The body as paragraphs, preferring HTML (it marks paragraphs) over plain text.

    Plain-text bodies often run paragraphs together (ninjs examples put a whole
    story on one line), while their HTML twin has ``<p>`` elements.
    """
    candidates = [(_content_type(body), body["value"]) for body in _dicts(item.get("bodies"))
                  if isinstance(body.get("value"), str)]  # fmt: skip
    for key, content_type in (("body_html", "text/html"), ("body_text", "text/plain")):
        if isinstance(item.get(key), str):
            candidates.append((content_type, item[key]))
    for content_type, value in candidates:
        if content_type in _HTML_TYPES and (blocks := html_to_blocks(value)).paragraphs:
            return blocks
    for content_type, value in candidates:
        if content_type in _TEXT_TYPES and (paragraphs := plain_paragraphs(value)):
            return TextBlocks(paragraphs=paragraphs)
    return TextBlocks()


def _content_type(body: dict[str, Any]) -> str:
    """A body's media type without parameters; markup without a declared type counts as HTML."""
    declared = body.get("contentType")
    if isinstance(declared, str) and declared.strip():
        return declared.partition(";")[0].strip().lower()
    value = body.get("value")
    return "text/html" if isinstance(value, str) and value.lstrip().startswith("<") else ""


def _drop_repeated_headline(blocks: TextBlocks, headline: str | None) -> TextBlocks:
    """Drop a leading ``<h1>`` that only repeats the headline, so it is not read twice."""
    if headline and blocks.paragraphs and blocks.paragraphs[0] == headline:
        subheads = blocks.subheads[1:] if blocks.subheads[:1] == [headline] else blocks.subheads
        return TextBlocks(paragraphs=blocks.paragraphs[1:], subheads=subheads)
    return blocks


def _extra(item: dict[str, Any]) -> dict[str, str]:
    """Location metadata worth keeping: ``located`` (1.x), place names (``place``/``places``), slugline."""
    extra: dict[str, str] = {}
    located = _text(item.get("located"))
    if located:
        extra["located"] = located
    places = [name for p in _dicts(item.get("places", item.get("place"))) if (name := _text(p.get("name")))]
    if places:
        extra["places"] = ",".join(places)
    slugline = _text(item.get("slugline"))
    if slugline:
        extra["slugline"] = slugline
    return extra


def _version(value: Any) -> int | None:
    """ninjs ``version`` is a string in 3.x and a number elsewhere; anything else is unknown."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def _text(value: Any) -> str | None:
    """A non-blank string, stripped, or ``None``."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list, ignoring anything else (tolerates sloppy payloads)."""
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _json_type(value: Any) -> str:
    """How JSON would name the type of a value, for reject messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "a boolean" if isinstance(value, bool) else "a number"
