"""The AFP plain-text reader splits headline, date line, dateline, paragraphs and subheads."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.readers.afp_text import read_afp_text

STORY = b"""Quake hits Peru

2026-11-22T04:10:00Z

Lima (AFP) - A strong earthquake struck early Sunday.

- Rescue under way -

Teams searched the rubble.
"""


def test_structure_is_split() -> None:
    (article,) = read_afp_text(STORY, "file:///quake.txt").articles
    assert article.headline == "Quake hits Peru"
    assert (article.dateline_city, article.agency) == ("Lima", "AFP")
    assert article.published_at == datetime(2026, 11, 22, 4, 10, tzinfo=UTC)
    assert article.subheads == ["Rescue under way"]
    assert (
        article.body
        == "A strong earthquake struck early Sunday.\n\nRescue under way\n\nTeams searched the rubble."
    )


def test_story_without_date_line_has_no_date() -> None:
    (article,) = read_afp_text(b"Headline\n\nBeirut (AFP) - Body.", "u").articles
    assert article.published_at is None
    assert article.body == "Body."


def test_wrapped_lines_are_folded_into_one_paragraph() -> None:
    (article,) = read_afp_text(b"H\n\nParis (AFP) - One\nparagraph here.\n\nTwo.", "u").articles
    assert article.body == "One paragraph here.\n\nTwo."


def test_headline_only_is_rejected_with_reason() -> None:
    result = read_afp_text(b"Just a headline\n", "file:///h.txt")
    assert result.articles == []
    assert result.rejects[0].reason == "file:///h.txt has a headline but no body"


def test_invalid_utf8_is_rejected() -> None:
    result = read_afp_text(b"Caf\xe9 headline\n\nBody", "file:///l1.txt")
    assert result.articles == []
    assert "not valid UTF-8" in result.rejects[0].reason


def test_text_without_a_dateline_is_not_a_story() -> None:
    result = read_afp_text(b"MIT License\n\nPermission is hereby granted, free of charge.", "file:///LICENSE")
    assert result.articles == []
    assert result.rejects[0].reason == (
        "file:///LICENSE has no 'City (AGENCY) - ' dateline opening its first paragraph; "
        "not an AFP-style story"
    )
