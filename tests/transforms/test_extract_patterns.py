"""The first-character guard of the extractor's cue patterns changes no match."""

from __future__ import annotations

import re

from transforms.extract.patterns import led_by

TEXT = (
    "Inflation rose to 3.1 pct while RATES fell; the Bank of England's rate, yields and the "
    "unemployment rate (5.2 pct) were unchanged, said Reuters. C$ and A$ rose."
)


def test_led_by_finds_what_the_plain_pattern_finds() -> None:
    cases = [
        ("iru", r"(?i)\b(?:rates?|inflation|unemployment)\b", 0),
        ("bir", r"\b(balance|rate|index)\s+of\s+", re.IGNORECASE),
        ("AC", r"\b(?:[CA]\$)|\bCanadian", 0),
    ]
    for first, pattern, flags in cases:
        plain = re.compile(pattern, flags)
        guarded = led_by(first, pattern, flags)
        assert [m.span() for m in guarded.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
        assert guarded.groups == plain.groups


def test_led_by_keeps_an_inline_flag_in_front() -> None:
    assert led_by("r", r"(?i)\brates?\b").search("RATES") is not None
