"""Sentence splitting with offsets."""

from __future__ import annotations

from transforms.extract.sentences import split


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_splits_on_stops_and_keeps_offsets() -> None:
    text = "Raqa fell. The SDF advanced!  Was it over? Yes."
    assert _texts(text) == ["Raqa fell.", "The SDF advanced!", "Was it over?", "Yes."]


def test_abbreviations_and_decimals_do_not_split() -> None:
    text = "Mr. Smith paid 2.5 mln U.S. dlrs on Feb. 3 to Gen. Jones. He left."
    assert _texts(text) == ["Mr. Smith paid 2.5 mln U.S. dlrs on Feb. 3 to Gen. Jones.", "He left."]


def test_paragraphs_and_reuters_indents_split() -> None:
    text = "First line\ncontinues here\n    Second paragraph\n\n- Subhead -\n\nThird"
    assert _texts(text) == ["First line\ncontinues here", "Second paragraph", "- Subhead -", "Third"]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = '"We will win," he said. "Soon."'
    assert _texts(text) == ['"We will win," he said.', '"Soon."']
