"""The plain-text reader splits headline, date line, dateline, paragraphs and subheads."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from transforms.readers.plain_text import read_plain_text

STORY = b"""Quake hits Peru

2026-11-22T04:10:00Z

Lima (AFP) - A strong earthquake struck early Sunday.

- Rescue under way -

Teams searched the rubble.
"""


def test_structure_is_split() -> None:
    (article,) = read_plain_text(STORY, "file:///quake.txt").articles
    assert article.headline == "Quake hits Peru"
    assert (article.dateline_city, article.agency) == ("Lima", "AFP")
    assert article.published_at == datetime(2026, 11, 22, 4, 10, tzinfo=UTC)
    assert article.subheads == ["Rescue under way"]
    assert (
        article.body
        == "A strong earthquake struck early Sunday.\n\nRescue under way\n\nTeams searched the rubble."
    )


def test_story_without_date_line_has_no_date() -> None:
    (article,) = read_plain_text(b"Headline\n\nBeirut (AFP) - Body.", "u").articles
    assert article.published_at is None
    assert article.body == "Body."


def test_wrapped_lines_are_folded_into_one_paragraph() -> None:
    (article,) = read_plain_text(b"H\n\nParis (AFP) - One\nparagraph here.\n\nTwo.", "u").articles
    assert article.body == "One paragraph here.\n\nTwo."


def test_headline_only_is_rejected_with_reason() -> None:
    result = read_plain_text(b"Just a headline\n", "file:///h.txt")
    assert result.articles == []
    assert result.rejects[0].reason == "file:///h.txt has a headline but no body"


def test_invalid_utf8_is_rejected() -> None:
    result = read_plain_text(b"Caf\xe9 headline\n\nBody", "file:///l1.txt")
    assert result.articles == []
    assert "not valid UTF-8" in result.rejects[0].reason


# Plain news of publishers without an agency dateline (written for these tests).
LIBRARY = """Town library reopens after two-year repair

The central library in Harrowgate reopened on Saturday after a repair that took two years
and cost the council more than it had planned.

Visitors queued from early morning to see the restored reading room, whose glass roof had
been leaking since a storm damaged it.

"We missed this place more than we expected," said one regular, who had come with her
grandchildren.

The council said the building would now open on Sundays as well.
"""

FERRY = """Ferry strike ends after pay deal

Published: 14 March 2026

By Tomas Erland

Crews on the island ferries voted to end their strike on Friday after accepting a new pay offer.

The dispute had stranded travellers for nine days and left shops on the islands short of fresh food.

Union leaders said the agreement would be signed next week.
"""


def test_plain_news_without_a_dateline_is_read() -> None:
    (article,) = read_plain_text(LIBRARY, "file:///library.txt").articles
    assert article.format == "plain_text"
    assert article.headline == "Town library reopens after two-year repair"
    assert article.body.startswith("The central library in Harrowgate reopened on Saturday")
    assert article.body.count("\n\n") == 3
    assert (article.dateline_city, article.agency, article.published_at) == (None, None, None)


def test_published_line_and_byline_are_taken_from_the_preamble() -> None:
    (article,) = read_plain_text(FERRY, "u").articles
    assert article.published_at == datetime(2026, 3, 14, tzinfo=UTC)
    assert article.date_source == "content"
    assert article.byline == "Tomas Erland"
    assert article.body.startswith("Crews on the island ferries voted")


def test_file_time_dates_a_story_that_states_no_date() -> None:
    stamp = datetime(2026, 5, 2, 7, 30, tzinfo=UTC)
    (article,) = read_plain_text(LIBRARY, "u", modified_at=stamp).articles
    assert (article.published_at, article.date_source) == (stamp, "file")


def test_the_date_in_the_text_wins_over_the_file_time() -> None:
    (article,) = read_plain_text(FERRY, "u", modified_at=datetime(2026, 5, 2, tzinfo=UTC)).articles
    assert (article.published_at, article.date_source) == (datetime(2026, 3, 14, tzinfo=UTC), "content")


@pytest.mark.parametrize(
    ("first_paragraph", "city", "agency"),
    [
        ("Lagos (AFP) - Traders reopened the market on Monday.", "Lagos", "AFP"),
        ("DENVER (AP) \u2014 Traders reopened the market on Monday.", "DENVER", "AP"),
        ("OSLO, March 3 (Reuters) - Traders reopened the market on Monday.", "OSLO", "Reuters"),
        ("SAN DIEGO, Calif., March 3 (Reuters) - Traders reopened the market.", "SAN DIEGO", "Reuters"),
        ("LONDON - Traders reopened the market on Monday. Stalls sold out. Queues formed.", "LONDON", None),
    ],
)
def test_datelines_of_each_style_are_cut_from_the_body(
    first_paragraph: str, city: str, agency: str | None
) -> None:
    (article,) = read_plain_text(f"Market reopens\n\n{first_paragraph}", "u").articles
    assert (article.dateline_city, article.agency) == (city, agency)
    assert article.body.startswith("Traders reopened the market")


def test_a_dated_dateline_takes_the_year_of_the_run() -> None:
    story = "Oil rises\n\nOSLO, Dec 30 (Reuters) - Oil rose on Tuesday."
    (article,) = read_plain_text(story, "u", run_date=date(2027, 1, 2)).articles
    assert (article.published_at, article.date_source) == (datetime(2026, 12, 30, tzinfo=UTC), "content")


def test_a_sentence_with_a_dash_keeps_its_words() -> None:
    story = "Budget vote\n\nThe plan - which ministers backed - passed. It was close. Critics objected."
    (article,) = read_plain_text(story, "u").articles
    assert article.dateline_city is None
    assert article.body.startswith("The plan - which")


MIT = """MIT License

Copyright (c) 2026 Example Maintainers

Permission is hereby granted, free of charge, to any person obtaining a copy of this software,
to deal in the Software without restriction, subject to the following conditions:

The above copyright notice shall be included in all copies of the Software.
"""

README = """# wirefacts

Batch ETL for news wire stories.

    make run
    make test
"""

CODE = """def main() -> None:

    print("hello")

if __name__ == "__main__":

    main()
"""

NOTES = """Shopping

eggs

milk, bread

call plumber
"""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (MIT, "reads as a software licence ('Permission is hereby granted')"),
        (README, "reads as code or Markdown"),
        (CODE, "reads as code or Markdown"),
        (NOTES, "does not read as prose: 0 of 3 paragraphs are sentences"),
    ],
)
def test_text_that_is_not_prose_is_not_a_story(text: str, reason: str) -> None:
    result = read_plain_text(text, "file:///x")
    assert result.articles == []
    assert result.rejects[0].reason.startswith(f"file:///x {reason}")
    assert result.rejects[0].reason.endswith("not a news story")
