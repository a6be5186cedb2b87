"""HTML story bodies reduced to paragraphs, with headings kept as subheads.

ninjs delivers bodies as HTML fragments or whole documents. The fact extractor
needs the text a reader sees, split where the reader sees paragraph breaks, so
block elements and ``<br>`` end a paragraph, inline elements do not, and
non-story parts (scripts, figures, captions) are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from transforms.readers.paragraphs import Run, TextBlocks, group_runs

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
"""Elements that start and end a paragraph."""

SUBHEAD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
"""Block elements whose text is a subhead."""

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "figure", "figcaption", "iframe"})
_BREAK_TAGS = frozenset({"br", "hr"})


def html_to_blocks(html: str) -> TextBlocks:
    """Turn an HTML fragment or document into paragraphs and subheads.

    Args:
        html: The markup; lexbor repairs broken HTML the way browsers do, so this
            never fails on sloppy input.

    Returns:
        Paragraphs in reading order; headings appear both as paragraphs and as subheads.
    """
    root = LexborHTMLParser(html).body
    if root is None:
        return TextBlocks()
    return group_runs(_runs(root))


def _runs(root: LexborNode) -> Iterator[Run]:
    """Yield each text node with its nearest block element; breaks get a key of their own.

    The tree is only read, never edited: removing nested nodes one by one would
    touch nodes already freed with their removed ancestor.
    """
    for node in root.traverse(include_text=True):
        if node.is_text_node:
            skipped, block = _context(node)
            if not skipped:
                tag = block.tag if block is not None else None
                yield node.text_content or "", _key(block), tag in SUBHEAD_TAGS
        elif node.tag in _BREAK_TAGS:
            yield "", ("break", node.mem_id), False


def _context(node: LexborNode) -> tuple[bool, LexborNode | None]:
    """Whether the node sits inside a skipped element, and its closest block ancestor."""
    block: LexborNode | None = None
    parent = node.parent
    while parent is not None:
        if parent.tag in _SKIP_TAGS:
            return True, None
        if block is None and parent.tag in BLOCK_TAGS:
            block = parent
        parent = parent.parent
    return False, block


def _key(block: LexborNode | None) -> tuple[str, int]:
    """A hashable identity for a block (selectolax creates new wrappers on every access)."""
    return ("block", block.mem_id if block is not None else 0)
