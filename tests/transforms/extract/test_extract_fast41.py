"""fast41: the patterns led by the letters they open on find what the plain patterns found."""

from __future__ import annotations

import re

from extract_helpers import one

from transforms.extract import describe, entities, extractor, kinds, numbers


def _plain(led: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the look-ahead ``patterns.led_by`` puts in front of it."""
    inline = "(?i)" if led.pattern.startswith("(?i)") else ""
    body = re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:", "", led.pattern.removeprefix(inline))[:-1]
    return re.compile(inline + body, 0 if inline else led.flags & re.IGNORECASE)


def _same(led: re.Pattern[str], texts: list[str]) -> None:
    plain = _plain(led)
    assert plain.pattern != led.pattern
    for text in texts:
        for pos in range(len(text) + 1):
            a, b = plain.search(text, pos), led.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (led.pattern, text, pos)


def test_led_patterns_agree_with_their_plain_forms() -> None:
    _same(describe._INDEFINITE_FIGURE, ["a four billion dollar ", "An  ", "plan a ", "banana ", "A 3-year "])
    _same(describe._WIPES, ["wiping ", "Knocked ", "shaved  ", "added ", "maddening ", "\u212anock "])
    _same(describe._PERIOD_OR, ["a year or ", "the next month or ", "One Week or ", "final hour or"])
    _same(kinds._PERIOD_END, ["12 years", "five DAYS", "3 weeks ago", "Monday"])
    _same(
        entities._COMMON_SOURCE,
        [
            "Demand rose 5%, the grid operator said.",
            "Prices fell 12 per cent, according to the study.",
            '"The charity said demand had risen 40%',
            "The study of 40,000 people found 12% more",
            "They said 5%",
        ],
    )


def test_number_words_open_as_before() -> None:
    plain = re.compile(f"(?=[{numbers.WORDS_FIRST_LETTERS}])(?:{numbers.WORDS_PATTERN})")
    for text in ["a hundred and twenty", "the thirty-two", "half a million", "another eleven", "a-ha one"]:
        found = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in extractor._WORDS.finditer(text)] == found, text


def test_spelled_numbers_still_read() -> None:
    assert one("The company will cut three hundred jobs.", "three hundred").value == 300
    assert one("Output rose to a half million tonnes.", "half million").value == 500000
