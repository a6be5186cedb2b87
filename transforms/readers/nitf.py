"""Inline XML story bodies (NITF, XHTML) reduced to paragraphs, subheads kept.

NewsML-G2 carries the text of a story as NITF or XHTML inside ``<inlineXML>``.
The walk mirrors :mod:`transforms.readers.html_text`: block elements (``p``,
``hl2``, ``li``...) make paragraphs, NITF ``hl2`` and XHTML headings are also
listed as subheads, and media and captions are left out. It is iterative so a
maliciously deep document cannot exhaust the Python stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from transforms.readers.paragraphs import Run, TextBlocks, group_runs

BLOCK_TAGS = frozenset(
    {
        "block", "blockquote", "body", "body.content", "bq", "dd", "div", "dl", "dt", "h1", "h2",
        "h3", "h4", "h5", "h6", "hl1", "hl2", "li", "nitf", "ol", "p", "pre", "section", "table",
        "td", "th", "tr", "ul", "inlineXML",
    }
)  # fmt: skip
SUBHEAD_TAGS = frozenset({"hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP_TAGS = frozenset(
    {"media", "media-caption", "figure", "figcaption", "img", "script", "style", "head", "body.head",
     "body.end"}
)  # fmt: skip
_BREAK_TAGS = frozenset({"br", "hr"})

_Frame = tuple[Element | str, tuple[str, int]]


def local_name(tag: object) -> str:
    """Element name without its ``{namespace}``; comments and PIs give an empty name."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def content_root(inline: Element) -> Element:
    """Where the story text starts: NITF ``body.content``, else an XHTML ``body``, else the container."""
    for wanted in ("body.content", "body"):
        for element in inline.iter():
            if local_name(element.tag) == wanted:
                return element
    return inline


def xml_to_blocks(root: Element) -> TextBlocks:
    """Turn an NITF or XHTML element tree into paragraphs and subheads."""
    return group_runs(_runs(root))


def _runs(root: Element) -> Iterator[Run]:
    """Yield text with its block identity, in document order, without recursion."""
    root_block = (local_name(root.tag), id(root))
    stack: list[_Frame] = [(root, root_block)]
    while stack:
        item, block = stack.pop()
        if isinstance(item, str):
            yield item, block, block[0] in SUBHEAD_TAGS
            continue
        stack.extend(_expand(item, block))
        if local_name(item.tag) in _BREAK_TAGS:
            yield "", ("break", id(item)), False


def _expand(element: Element, block: tuple[str, int]) -> list[_Frame]:
    """Frames for an element's text and children, in reverse so the stack pops them in order."""
    name = local_name(element.tag)
    if name in _SKIP_TAGS or not name:
        return []
    inner = (name, id(element)) if name in BLOCK_TAGS else block
    frames: list[_Frame] = []
    for child in reversed(element):
        if child.tail:
            frames.append((child.tail, inner))
        frames.append((child, inner))
    if element.text:
        frames.append((element.text, inner))
    return frames
