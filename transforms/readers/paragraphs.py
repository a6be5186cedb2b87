"""Paragraph building shared by every reader.

Readers find text in very different shapes (HTML, NITF, hard-wrapped SGML,
plain strings), but downstream stages need one shape: paragraphs separated by a
blank line, with subheads kept in place. Markup readers describe their text as
*runs* (a piece of text plus the block element it sits in); grouping runs here
turns any markup walk into paragraphs the same way.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_NEEDS_COLLAPSE = re.compile(r"[\t\r\n\f\v]|  ")

Run = tuple[str, Hashable, bool]
"""A piece of text, the identity of its block element, and whether that block is a subhead."""


@dataclass(slots=True)
class TextBlocks:
    """Paragraphs of a story body, subheads included, plus the subheads on their own.

    Attributes:
        paragraphs: Paragraph texts in reading order, whitespace collapsed.
        subheads: The paragraphs that are subheads, in order.
    """

    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)


def collapse(text: str) -> str:
    """Collapse runs of ASCII whitespace to one space, as an HTML renderer would.

    Non-breaking and thin spaces are kept: they sit inside numbers ("25 000")
    and the fact extractor relies on them.
    """
    if _NEEDS_COLLAPSE.search(text) is None:  # the common case; substitution is the costly part
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def group_runs(runs: Iterable[Run]) -> TextBlocks:
    """Join consecutive runs that share a block into one paragraph.

    A change of block (entering a child block, leaving it, or a line break
    marker with its own key) ends the current paragraph, which is why nested
    blocks and ``<br>`` both split text the way a reader sees it.
    """
    blocks = TextBlocks()
    pieces: list[str] = []
    current: Hashable = None
    is_subhead = False
    for text, key, subhead in runs:
        if key != current:
            _flush(blocks, pieces, is_subhead)
            pieces, current, is_subhead = [], key, subhead
        pieces.append(text)
    _flush(blocks, pieces, is_subhead)
    return blocks


def _flush(blocks: TextBlocks, pieces: list[str], is_subhead: bool) -> None:
    """Add the collected pieces as a paragraph (and subhead) unless they are blank."""
    paragraph = collapse("".join(pieces))
    if paragraph:
        blocks.paragraphs.append(paragraph)
        if is_subhead:
            blocks.subheads.append(paragraph)


def plain_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs, whatever wire convention it follows.

    Three conventions occur: blank lines between paragraphs; hard-wrapped lines
    where an indented line opens a paragraph (Reuters); and one paragraph per
    line (TT's ninjs plain bodies). Blank lines and indentation always split; when
    the text has neither, each line is a paragraph.
    """
    lines = _dedent_tail(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    stripped = [line.strip() for line in lines]  # once per line: this runs over every Reuters story
    filled = [index for index, line in enumerate(stripped) if line]
    has_blank = bool(filled) and len(filled) < filled[-1] - filled[0] + 1  # a blank between two lines
    has_indent = any(
        line[:1] in (" ", "\t") and strip for line, strip in zip(lines[1:], stripped[1:], strict=True)
    )
    one_per_line = not has_blank and not has_indent
    paragraphs: list[str] = []
    current: list[str] = []
    for line, strip in zip(lines, stripped, strict=True):
        starts_new = not strip or line[:1] in (" ", "\t") or one_per_line
        if starts_new and current:
            paragraphs.append(collapse(" ".join(current)))
            current = []
        if strip:
            current.append(strip)
    if current:
        paragraphs.append(collapse(" ".join(current)))
    return [paragraph for paragraph in paragraphs if paragraph]


def _dedent_tail(lines: list[str]) -> list[str]:
    """Remove indentation common to every line after the first.

    Text inside pretty-printed XML is indented as a whole; without this every
    line would look like the start of a Reuters-style indented paragraph. The
    first line is left alone because it usually follows the opening tag.
    """
    tail = [line for line in lines[1:] if line.strip()]
    if not tail:
        return lines
    common = min(len(line) - len(line.lstrip(" \t")) for line in tail)
    return [lines[0], *(line[common:] for line in lines[1:])]
