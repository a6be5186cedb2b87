"""The change direction on general news: levels compared with their old value, cuts of a count and
the shares apposed to them, outlays, leads and counts compared with others.

Every sentence here is written for the test, none is a dev-set or corpus sentence.
"""

from __future__ import annotations

import pytest

from transforms.extract import extract


def change_of(text: str, surface: str) -> str | None:
    """The change of the first fact of ``text`` whose surface holds ``surface``."""
    found = [f for f in extract(text) if surface in f.surface]
    assert found, f"no fact {surface!r} in {[f.surface for f in extract(text)]}"
    return found[0].change


# Rule 1: a level after "of", or with a year or a place's count before its ", up from", is compared.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The brewer proposed a dividend of 85 cents a share, up from 78 cents.", "85 cents", "up"),
        (
            "The utility declared a final dividend of 42p a share, down from 47p a year earlier.",
            "42p",
            "down",
        ),
        ("Sales were 2.1 million cars in 2023, down from a record 2.5 million.", "2.1 million", "down"),
        ("Clinics logged 2,310 flu cases in 14 counties this winter, up from 900 last year.", "2,310", "up"),
        ("Clinics logged 2,310 flu cases in 14 counties this winter, up from 900 last year.", "14", None),
        ("The farm sold 310 cows and 40 bulls, up from 250 a year ago.", "310", None),
        ("Inflation slowed to 2.6% in October, down from 3.1% in September.", "2.6%", None),
    ],
)
def test_a_level_then_up_from(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 2: a count verb governs its count past a hedge; jobs cost or laid off, held counts lost.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The insurer will eliminate about 800 roles next year.", "800", "down"),
        ("The lender plans to cut nearly 2,000 jobs in Spain.", "2,000", "down"),
        ("The closure of the smelter is costing about 900 jobs in the region.", "900", "down"),
        ("Floods cost 12,000 farm jobs, officials said.", "12,000", "down"),
        ("The factory will lay off 450 workers in March.", "450", "down"),
        ("The streaming service lost 300,000 subscribers in the quarter.", "300,000", "down"),
        ("The army has lost more than 200 helicopters in the war.", "200", None),
        ("The new stadium is costing 40 workers their weekends.", "40", None),
        ("The new gym will cost $3 million.", "$3 million", None),
    ],
)
def test_cuts_and_losses_of_counts(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 3: a share apposed to a count that changed shares its change.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Nordvik Bank will cut 1,200 jobs, about 6% of its staff.", "6%", "down"),
        ("The carmaker will shed 3,500 posts, roughly a tenth of its workforce.", "a tenth", "down"),
        ("The insurer will eliminate 800 roles, or 5 percent of its workforce.", "5 percent", "down"),
        ("The miner cut 2,000 jobs last year, about 8 per cent of its workforce.", "8 per cent", "down"),
        ("The chain employs 12,000 people, about 4% of them in Scotland.", "4%", None),
        ("Storms cut power to 200,000 homes, about 10% of the state's customers.", "10%", None),
        ("The council approved 500 new homes, about a fifth of them affordable.", "a fifth", None),
    ],
)
def test_a_share_of_a_changed_count(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 4: an extra sum spent or hired is an amount; an extra sum received is a rise.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The city will spend an extra $40 million on road repairs.", "$40 million", None),
        ("The ministry is investing an extra £25m in rural buses.", "£25m", None),
        ("The health service will hire an additional 2,000 nurses.", "2,000", None),
        ("Hospitals will receive an extra £90 per bed next year.", "£90", "up"),
        ("The tax would bring in an extra $2 billion a year.", "$2 billion", "up"),
    ],
)
def test_an_extra_amount(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 5: leads and gaps, counts compared with others.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The Greens are polling at 18%, four points ahead of the Social Democrats.", "four points", "up"),
        ("Labour is 9 points behind the Conservatives in the poll.", "9", "down"),
        ("The party is 3 percentage points ahead of its rivals.", "3 percentage", "up"),
        ("The region recorded 340 more deaths than in the same week last year.", "340", "up"),
        ("Shops reported 1,500 fewer burglaries, police said.", "1,500", "down"),
        ("The Greens are polling at 18%, ahead of the Social Democrats.", "18%", None),
        ("The village lies 3 km behind the front line.", "3 km", None),
        ("The company added 500 jobs, about 2% of its workforce.", "2%", "up"),
        ("The school has 340 pupils and more teachers than last year.", "340", None),
        ("Officials counted 60 more than expected.", "60", None),
    ],
)
def test_leads_and_compared_counts(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change
