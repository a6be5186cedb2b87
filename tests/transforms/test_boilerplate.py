"""Portal boilerplate is recognised by rule, not by matching one sentence."""

from __future__ import annotations

import pytest

from transforms.boilerplate import is_boilerplate, strip_boilerplate

SEED_TAIL = (
    "Our goal is to create a safe and engaging place for users to connect over interests and passions. "
    "In order to improve our community experience, we are temporarily suspending article commenting"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        SEED_TAIL,
        "We have switched off comments on this page while our moderators review community standards "
        "for readers and users.",
        "Sign up for our daily newsletter.",
        "\u00a9 2026 Example Media. All rights reserved.",
        "Read more: how the siege began",
    ],
)
def test_portal_paragraphs_are_boilerplate(paragraph: str) -> None:
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The coalition estimates that around 2,500 IS jihadists are defending Raqa.",
        '"Users of the road should expect delays," the police said, adding that comments were welcome.',
        "The bank has begun publishing an investment newsletter; annual subscriptions are 126 dlrs.",
        "Shareholders may subscribe to the rights offering until March 13.",
    ],
)
def test_news_paragraphs_are_not(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)


def test_only_edges_are_stripped() -> None:
    paragraphs = ["Lead.", "Sign up for our newsletter.", "Closing line.", SEED_TAIL]
    assert strip_boilerplate(paragraphs) == (["Lead.", "Sign up for our newsletter.", "Closing line."], 1)


def test_a_story_is_never_stripped_to_nothing() -> None:
    assert strip_boilerplate(["Sign up for our daily newsletter."]) == (
        ["Sign up for our daily newsletter."],
        0,
    )
