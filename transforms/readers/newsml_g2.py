"""Reader for IPTC NewsML-G2 news items, alone or in a ``newsMessage``.

A NewsML-G2 document is parsed only after defusedxml has refused DTDs, entity
declarations and external references (see :mod:`transforms.readers.safe_xml`).
Elements are matched by local name, so an item written with a namespace prefix
or a different G2 schema version still reads. Withheld and canceled items are
kept even without a body: they are kill notices the warehouse must act on.
"""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import Element

from transforms.readers.dateline import parse_dateline
from transforms.readers.dates import parse_iso_utc
from transforms.readers.decoding import DEFAULT_MAX_BYTES, decode_xml, screen
from transforms.readers.nitf import content_root, local_name, xml_to_blocks
from transforms.readers.paragraphs import TextBlocks, collapse, plain_paragraphs
from transforms.readers.pubstatus import parse_pub_status
from transforms.readers.safe_xml import parse_xml
from transforms.records import RawArticle, ReadResult, Reject, collect_items

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_newsml_g2(data: bytes, uri: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read a NewsML-G2 ``newsItem`` or ``newsMessage`` into articles and rejects.

    Args:
        data: The raw XML payload.
        uri: Where the payload came from (the caller records it with every row).
        max_bytes: Payloads larger than this are refused unread.

    Returns:
        One article per readable news item, one reject per item (or document) that is not.
    """
    problem = screen(data, max_bytes)
    if problem is not None:
        return ReadResult(rejects=[problem])
    decoded = decode_xml(data)
    if isinstance(decoded, Reject):
        return ReadResult(rejects=[decoded])
    root = parse_xml(decoded.text)
    if isinstance(root, Reject):
        return ReadResult(rejects=[root])
    items = _items(root)
    if isinstance(items, Reject):
        return ReadResult(rejects=[items])
    return collect_items(_read_item(item, f"item {index}") for index, item in enumerate(items))


def _items(root: Element) -> list[Element] | Reject:
    """The items to read: the root ``newsItem``, or every item in a ``newsMessage``'s itemSet."""
    name = local_name(root.tag)
    if name == "newsItem":
        return [root]
    if name != "newsMessage":
        return Reject(f"XML root <{name}> is not a NewsML-G2 newsItem or newsMessage")
    items = [item for item_set in _children(root, "itemSet") for item in item_set if local_name(item.tag)]
    return items if items else Reject("newsMessage holds no items")


def _read_item(item: Element, ref: str) -> RawArticle | Reject:
    """Validate one item and map its fields; a reason names what is missing."""
    name = local_name(item.tag)
    if name != "newsItem":
        return Reject(f"newsMessage item is a {name}, not a newsItem (only news items are read)", ref)
    guid = (item.get("guid") or "").strip()
    if not guid:
        return Reject("newsItem has no guid (the agency's id)", ref)
    item_meta, content_meta = _child(item, "itemMeta"), _child(item, "contentMeta")
    raw_status = _attr(_child(item_meta, "pubStatus"), "qcode", "uri") or "stat:usable"
    status = parse_pub_status(raw_status)
    if status is None:
        return Reject(f"newsItem has an unknown pubStatus {raw_status!r}", ref)
    blocks = _body(item)
    if not blocks.paragraphs and status == "usable":
        return Reject(f"newsItem has no body{_no_body_hint(item, item_meta)}", ref)
    city, agency = _dateline(item, content_meta)
    return RawArticle(
        format="newsml_g2",
        body="\n\n".join(blocks.paragraphs),
        headline=_headline(content_meta) or _nitf_text(item, "hl1"),
        subheads=blocks.subheads,
        dateline_city=city,
        agency=agency or _provider(item_meta),
        published_at=_published_at(item_meta, content_meta),
        agency_id=guid,
        agency_version=_version(item.get("version")),
        pub_status=status,
        language=_attr(_child(content_meta, "language"), "tag") or item.get(_XML_LANG),
        byline=_byline(item, content_meta),
        item_ref=ref,
        extra=_extra(content_meta),
    )


def _headline(content_meta: Element | None) -> str | None:
    """The main headline: one without a role or with a ``...main`` role, else the first."""
    headlines = _children(content_meta, "headline")
    headlines.sort(key=lambda h: not (h.get("role") or "main").endswith("main"))
    return _text(headlines[0]) if headlines else None


def _body(item: Element) -> TextBlocks:
    """Body paragraphs from ``inlineXML`` (NITF or XHTML) or, failing that, ``inlineData``."""
    content_set = _child(item, "contentSet")
    for inline in _children(content_set, "inlineXML"):
        blocks = xml_to_blocks(content_root(inline))
        if blocks.paragraphs:
            return blocks
    for inline in _children(content_set, "inlineData"):
        paragraphs = plain_paragraphs(inline.text or "")
        if paragraphs:
            return TextBlocks(paragraphs=paragraphs)
    return TextBlocks()


def _no_body_hint(item: Element, item_meta: Element | None) -> str:
    """Why there is no body, in words: no content at all, or content held elsewhere."""
    content_set = _child(item, "contentSet")
    item_class = _attr(_child(item_meta, "itemClass"), "qcode")
    kind = f"; itemClass {item_class}" if item_class else ""
    if content_set is None:
        return f" (no contentSet{kind})"
    remote = _children(content_set, "remoteContent")
    if remote:
        return f" (only remoteContent {remote[0].get('href', '')!r}, which is not fetched{kind})"
    return f" (contentSet holds no text{kind})"


def _dateline(item: Element, content_meta: Element | None) -> tuple[str | None, str | None]:
    """City and agency from the ``dateline`` (G2, else NITF), the city else from ``located``."""
    text = _text(_child(content_meta, "dateline")) or _nitf_text(item, "dateline")
    city, agency = parse_dateline(text)
    return city or _text(_child(_child(content_meta, "located"), "name")), agency


def _published_at(item_meta: Element | None, content_meta: Element | None) -> datetime | None:
    """``itemMeta/versionCreated``, else ``contentMeta/contentCreated``, in UTC."""
    return parse_iso_utc(_text(_child(item_meta, "versionCreated"))) or parse_iso_utc(
        _text(_child(content_meta, "contentCreated"))
    )


def _byline(item: Element, content_meta: Element | None) -> str | None:
    """G2 ``by``, else the NITF byline, else the first creator's name."""
    return (
        _text(_child(content_meta, "by"))
        or _nitf_text(item, "byline")
        or _text(_child(_child(content_meta, "creator"), "name"))
    )


def _provider(item_meta: Element | None) -> str | None:
    """The providing agency's name, else the code of its QCode (``nprov:REUTERS`` → ``REUTERS``)."""
    provider = _child(item_meta, "provider")
    code = (_attr(provider, "qcode") or "").rpartition(":")[2]
    return _text(_child(provider, "name")) or code or None


def _extra(content_meta: Element | None) -> dict[str, str]:
    """Slugline, info source and located place, when the item has them."""
    info_source = _child(content_meta, "infoSource")
    values = {
        "slugline": _text(_child(content_meta, "slugline")),
        "info_source": _text(_child(info_source, "name")) or _attr(info_source, "qcode", "uri"),
        "located": _text(_child(_child(content_meta, "located"), "name")),
    }
    return {key: value for key, value in values.items() if value}


def _nitf_text(item: Element, name: str) -> str | None:
    """Text of the first NITF element with this local name inside the item's content."""
    content_set = _child(item, "contentSet")
    if content_set is None:
        return None
    for element in content_set.iter():
        if local_name(element.tag) == name:
            return _text(element)
    return None


def _version(value: str | None) -> int | None:
    """The item's ``version`` attribute as an int, ``None`` when absent or not a number."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() else None


def _child(parent: Element | None, name: str) -> Element | None:
    """First child with this local name (``None``-safe, so lookups can be chained)."""
    if parent is None:
        return None
    return next((child for child in parent if local_name(child.tag) == name), None)


def _children(parent: Element | None, name: str) -> list[Element]:
    """All children with this local name."""
    return [child for child in parent if local_name(child.tag) == name] if parent is not None else []


def _attr(element: Element | None, *names: str) -> str | None:
    """The first of these attributes that is present and not blank."""
    if element is None:
        return None
    return next((value.strip() for name in names if (value := element.get(name)) and value.strip()), None)


def _text(element: Element | None) -> str | None:
    """All text inside an element, whitespace collapsed; ``None`` when blank."""
    if element is None:
        return None
    return collapse("".join(element.itertext())) or None
