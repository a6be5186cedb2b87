"""Tell the source format of a payload from its content.

File names lie (a ``.xml`` that is really JSON, a feed without an extension),
so the format is read from the first bytes: a JSON object or array is ninjs, an
XML document whose root is a ``newsItem`` or ``newsMessage`` in the NewsML-G2
namespace is NewsML-G2, ``<REUTERS`` records are Reuters-21578 SGML, other
markup is refused, and anything else is treated as plain text. Only a bounded
head of the payload is looked at, and nothing is parsed here.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

NAR_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
"""The IPTC namespace of NewsML-G2 items."""

Format = Literal["ninjs", "newsml_g2", "reuters_sgml", "afp_text", "other_xml"]

_HEAD_BYTES = 65_536
_BOM_CODECS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_JSON_START = re.compile(r'\s*(?:\{\s*(?:["}]|$)|\[\s*(?:[\[{"\]]|$))')
_PROLOG_ITEM = re.compile(
    r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE\s+(?P<doctype>[\w.:-]+)[^\[>]*(?:\[.*?\]\s*)?>)",
    re.DOTALL | re.IGNORECASE,
)
_ROOT_TAG = re.compile(r"\s*<(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>[^>]*)")
_DOCTYPE_NAME = re.compile(r"<!DOCTYPE\s+(?P<doctype>[\w.:-]+)", re.IGNORECASE)
_NEWSML_ROOTS = frozenset({"newsItem", "newsMessage"})


@dataclass(frozen=True, slots=True)
class Detected:
    """The detected format and, for markup, the root element name (for reject messages)."""

    format: Format
    root: str | None = None


def detect_format(data: bytes) -> Detected:
    """Detect the source format of a payload from its first 64 KB.

    Args:
        data: The raw payload (already screened for emptiness and binary content).

    Returns:
        The format; ``other_xml`` for markup that is none of the formats read.
    """
    head = _head_text(data)
    if _JSON_START.match(head):
        return Detected("ninjs")
    if head.lstrip().startswith("<"):
        return _detect_markup(head)
    return Detected("afp_text")


def _head_text(data: bytes) -> str:
    """Decode the head leniently: only ASCII structure is looked at, so Latin-1 is enough."""
    head = data[:_HEAD_BYTES]
    for bom, codec in _BOM_CODECS:
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    return head.decode("latin-1")


def _detect_markup(head: str) -> Detected:
    """Classify markup by its root element, skipping the prolog, comments and DOCTYPE."""
    position, doctype = 0, None
    while match := _PROLOG_ITEM.match(head, position):
        doctype = match.group("doctype") or doctype
        position = match.end()
    root = _ROOT_TAG.match(head, position)
    if root is None:
        # The DOCTYPE's internal subset outruns the head (an entity bomb does):
        # its name is the root. The NewsML reader refuses DTDs, so route it there.
        named = _DOCTYPE_NAME.search(head)
        name = named.group("doctype") if named else None
        fmt: Format = "newsml_g2" if name and _local(name) in _NEWSML_ROOTS else "other_xml"
        return Detected(fmt, name)
    name, attrs = root.group("name"), root.group("attrs")
    if name == "REUTERS" or (doctype or "").lower() == "lewis":
        return Detected("reuters_sgml", name)
    if _local(name) in _NEWSML_ROOTS and NAR_NAMESPACE in attrs:
        return Detected("newsml_g2", name)
    return Detected("other_xml", name)


def _local(name: str) -> str:
    """Element name without its namespace prefix."""
    return name.rpartition(":")[2]
