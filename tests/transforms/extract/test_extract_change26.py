"""Change directions on boundary shapes: hedges after a verb, comparatives before "by", negation.

Every sentence here is written for the test, none is a dev-set item.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        # a hedge between the verb and its figure keeps the verb's direction
        ("Wheat could climb as much as 12% if the drought lasts.", "12%", "up"),
        ("The index slid as much as 2.8% in early trade.", "2.8%", "down"),
        ("The brewer will shed up to 1,500 jobs in Germany.", "1,500", "down"),
        # a comparative before "by" moves its figure
        ("Diesel is cheaper by 6p a litre than in March.", "6p", "down"),
        ("The lira was weaker by 3% at the close.", "3%", "down"),
        # a change noun before "of" changes a bare count too
        ("Staff fear cuts of 800 posts at the council.", "800", "down"),
        ("The plan foresees a reduction of 9% in water use.", "9%", "down"),
        # a level put "at" by a verb of being, then ", up from"
        ("Turnout stood at 67%, up from 59% at the last vote.", "67%", "up"),
        ("Vacancies were at 812,000, down from 1.1 million.", "812,000", "down"),
        # a percent "more than" another figure is a rise
        ("The port handled 3.3 million containers, 8% more than in 2023.", "8%", "up"),
        # "gave up" is a loss
        ("Bank shares gave up 4% by the close.", "4%", "down"),
        # a body that loses staff falls
        ("The trust has lost 420 nurses since 2021.", "420", "down"),
    ],
)
def test_change_direction(text: str, surface: str, change: str) -> None:
    assert one(text, surface).change == change


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a negated move states no move
        ("Turnover did not rise 6% as the board had hoped.", "6%"),
        ("The shares failed to gain 15% on the first day.", "15%"),
        ("Output never fell 10%, the ministry said.", "10%"),
        # "at" after a verb of motion is still a level
        ("The rate edged up to 4.4%, up from 4.3%.", "4.3%"),
        # a spread in basis points "more than" another yield is no change
        ("The bonds were priced at 140 basis points more than Treasuries.", "140"),
        # a level "at" after no verb of being stays a level
        ("The plant at 40 sites, up from 30, employs many.", "40"),
    ],
)
def test_no_change(text: str, surface: str) -> None:
    assert one(text, surface).change is None


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        # inflections of the change verbs
        ("Membership has grown by 35,000 since May.", "35,000", "up"),
        ("The yen was slipping 0.7% in late trade.", "0.7%", "down"),
        # a change verb moves the steps of a ranking
        ("The club climbed three places to fifth.", "three", "up"),
        # widening and narrowing a gap by a sum
        ("The plan would widen the shortfall by £6bn.", "£6bn", "up"),
        ("Ministers hope to narrow the gap by $3bn.", "$3bn", "down"),
    ],
)
def test_change_inflections(text: str, surface: str, change: str) -> None:
    assert one(text, surface).change == change


def test_a_part_given_up_is_no_move() -> None:
    text = "The partner must give up 15% of its stake in the field."
    assert one(text, "15%").change is None
