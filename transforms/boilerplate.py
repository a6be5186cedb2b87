"""Recognise portal boilerplate paragraphs by rule.

News portals append text of their own to wire copy: comment-policy notices,
newsletter prompts, copyright lines. They must not reach deduplication (the same
story republished by two portals would differ) nor extraction. A paragraph is
boilerplate when it talks about the *site and its users* rather than the news:
it is scored on cue phrases, and only paragraphs at the edges of the story are
removed so a quote that happens to mention "comments" mid-story survives.
"""

from __future__ import annotations

import re

_STRONG_CUES = re.compile(
    r"\b(?:all rights reserved|terms of (?:use|service)|privacy policy|cookie policy|we use cookies"
    r"|sign up (?:for|to) (?:our|the) \w+(?: \w+)? (?:newsletter|alerts|updates)"
    r"|subscribe (?:to|for) our|our (?:daily |weekly |morning )?newsletter|click here"
    r"|community guidelines|follow us on|share this (?:article|story)|download our app"
    r"|(?:suspend|disabl|clos|switch\w* off|turn\w* off)\w* (?:\w+ ){0,3}comment(?:s|ing)?\b)"
    r"|^(?:advertisement|read more\b.*)$"
)
_WEAK_CUES = re.compile(
    r"\b(?:our (?:goal|site|community|readers|users|journalism|newsroom)|users|community"
    r"|engaging|commenting|comments|readers|experience|platform|moderat\w+|passions"
    r"|copyright|\(c\)|©|register|log ?in|account)\b|©"
)
"""Both cue patterns are lower case and run on the lower-cased paragraph: Python's ``re`` is about
twice as fast case-sensitive, and every story's two edge paragraphs go through them."""


def is_boilerplate(paragraph: str) -> bool:
    """Tell whether a paragraph is the portal speaking rather than the story.

    Args:
        paragraph: One paragraph of normalised text.

    Returns:
        True for a strong cue, or for three weak cues in a paragraph with no
        dateline-style quote attribution.
    """
    lowered = paragraph.lower()
    if _STRONG_CUES.search(lowered):
        return True
    weak = len(_WEAK_CUES.findall(lowered))
    return weak >= 3 and not re.search(r"\b(?:said|told|says)\b", lowered)


def strip_boilerplate(paragraphs: list[str]) -> tuple[list[str], int]:
    """Drop boilerplate paragraphs from both ends of a story.

    Args:
        paragraphs: The story's paragraphs in order.

    Returns:
        The kept paragraphs and how many were removed.
    """
    start, end = 0, len(paragraphs)
    while end > start and is_boilerplate(paragraphs[end - 1]):
        end -= 1
    while start < end and is_boilerplate(paragraphs[start]):
        start += 1
    if start == end:  # a story is never all boilerplate: keep it whole and let validation judge
        return paragraphs, 0
    return paragraphs[start:end], len(paragraphs) - (end - start)
