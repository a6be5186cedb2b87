"""The change direction ("up", "down" or None) a user sees on a fact, one group of tests per rule.

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


# Rule 1: a change verb, its object, then "by" and the figure: the verb governs the figure.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The central bank lifted its lending rate by 25 basis points to 5.5%.", "25 basis", "up"),
        ("The bank cut the deposit rate by a quarter of a percentage point.", "a quarter", "down"),
        ("The council will raise parking charges by 8% next year.", "8%", "up"),
        ("The new drug reduced hospital stays by 30 per cent in the trial.", "30 per cent", "down"),
        ("Ministers want to lower carbon output by 40 million tonnes.", "40 million", "down"),
        ("The grocer will cut prices on 300 items by an average of 12%.", "12%", "down"),
        ("The swimmer lowered the national record by nearly three seconds.", "three seconds", "down"),
        ("Exports are expected to grow by about 6% this year.", "6%", "up"),
    ],
)
def test_a_verb_then_by_governs_the_figure(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The fires were fought by 40 helicopters and 900 firefighters.", "40"),
        ("The plant was hit by 14 strikes last year, the union said.", "14"),
        ("The challenger won the seat by 3,200 votes.", "3,200"),
        ("Profits rose, and the forecast was backed by 20 analysts.", "20"),
    ],
)
def test_an_agent_after_by_is_not_a_change(text: str, surface: str) -> None:
    assert change_of(text, surface) is None


# Rule 2: "fell 300 points, or 2%": the figure after "or" restates the same change.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The FTSE 100 fell 160.2 points, or 2.1%, to close at 7,410.", "2.1%", "down"),
        ("Orders were up $3.1bn, or 1.4%, in May.", "1.4%", "up"),
        ("Profit rose 12 pct or 40 mln dlrs from a year earlier.", "40 mln dlrs", "up"),
    ],
)
def test_or_restates_the_change(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


def test_a_gain_restated_per_share_is_not_a_change() -> None:
    assert change_of("Net includes a tax gain 300,000 dlrs, or 11 cts a share.", "11 cts") is None


# Rule 3: a bare count changed by its verb: cut/shed/added N, "fell by N", close N stores.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The carmaker will cut 4,500 jobs over two years.", "4,500", "down"),
        ("The bank is cutting 900 jobs in its branch network.", "900", "down"),
        ("The airline shed 2,000 staff during the pandemic.", "2,000", "down"),
        ("Employers added 210,000 jobs in June, the figures showed.", "210,000", "up"),
        ("The number of people on waiting lists fell by 48,000 in March.", "48,000", "down"),
        ("The chain will close 60 branches next year.", "60", "down"),
    ],
)
def test_a_count_changed_by_its_verb(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He added 12 new members had joined the committee.", "12"),
        ("The group will shut 15 of its 120 depots.", "15"),
        ("Sterling ended near yesterday's close of 1.2450.", "1.2450"),
        ("Villagers counted 300 sheep on the hill.", "300"),
        ("The firm lost 4 of its 10 appeals.", "4"),
    ],
)
def test_a_count_without_a_change_verb_has_no_change(text: str, surface: str) -> None:
    assert change_of(text, surface) is None


# Rule 4: money collected is not a change ("raised $50m from investors"); a raised price is.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The startup raised $45m from venture investors last week.", "$45m", None),
        ("The charity has raised £2.3m from donors since March.", "£2.3m", None),
        ("The bond issue raised about 400 mln dlrs for the utility.", "400 mln dlrs", None),
        ("The refiner raised 1.50 dlrs a barrel on its posted price.", "1.50 dlrs", "up"),
        ("The dividend was raised 10 cts to 1.10 dlrs.", "10 cts", "up"),
    ],
)
def test_money_raised_is_not_a_change(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 5: a change noun after one word naming what changed: "a 4% pay rise".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Nurses will get a 5.5% pay rise from April.", "5.5%", "up"),
        ("The regulator approved a 7 pct rate increase for the utility.", "7 pct", "up"),
        ("Shoppers welcomed a 15% price cut on school uniforms.", "15%", "down"),
    ],
)
def test_a_change_noun_after_one_word(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The company made a 40 mln dlr loss on its shipping arm.", "40 mln dlr"),
        ("Net includes a 3.1 mln dlr extraordinary gain from a sale.", "3.1 mln dlr"),
        ("The division posted a 2 mln dlr profit vs gain forecasts.", "2 mln dlr"),
    ],
)
def test_a_sum_of_money_lost_or_gained_is_not_a_change(text: str, surface: str) -> None:
    assert change_of(text, surface) is None


# Rule 6: "up"/"down" as the particle of a phrasal verb is not a change.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Imports make up 35% of the country's food supply.", "35%"),
        ("The strike held up an estimated $2bn of exports.", "$2bn"),
        ("The firm will set up a 60 pct-owned venture in Vietnam.", "60 pct"),
    ],
)
def test_a_phrasal_up_is_not_a_change(text: str, surface: str) -> None:
    assert change_of(text, surface) is None


def test_moved_up_is_still_a_change() -> None:
    assert change_of("The index edged up 0.4% in early trade.", "0.4%") == "up"


# Rule 7: a figure taken off something: "knocked off 2 points", "wiped $3bn off".
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The profit warning wiped £800m off the retailer's market value.", "£800m"),
        ("Weak exports knocked off 0.6 percentage points from growth.", "0.6 percentage points"),
    ],
)
def test_a_figure_taken_off_is_down(text: str, surface: str) -> None:
    assert change_of(text, surface) == "down"


# Rule 8: more change words: "adding £150 to bills", "an extra £90", "slice", "cutting".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Water bills will rise by 6%, adding £150 a year to a typical bill.", "£150", "up"),
        ("Hospitals will receive an extra £90m this winter.", "£90m", "up"),
        ("The charge could slice 25 mln dlrs from annual profit.", "25 mln dlrs", "down"),
        ("The insurer is cutting 12% from its marketing budget.", "12%", "down"),
    ],
)
def test_more_change_words(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


# Rule 9: "up"/"down" after the quantity before "at"/"on" or a comma: "20 points down at 7,100".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The index ended the session 85.3 points down at 7,102.4.", "85.3", "down"),
        ("Retail sales in May were 3.2% up on a year earlier.", "3.2%", "up"),
        ("The miner closed 12 cents up at 4.80 dollars.", "12 cents", "up"),
        ("Exports totalled 2.1 mln tonnes, 15 pct down on last season.", "15 pct", "down"),
    ],
)
def test_up_or_down_after_the_quantity(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


def test_up_to_after_a_quantity_is_not_a_change() -> None:
    assert change_of("Rents climbed to 900 dollars, up to 1,000 in some cities.", "900 dollars") is None


# Rule 10: index points read past the word "points": "finished 31.5 points higher".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Futures rallied late and finished 31.5 points higher at 2,410.0.", "31.5", "up"),
        ("Analysts blamed the 210 point decline on rising bond yields.", "210", "down"),
    ],
)
def test_points_then_a_comparison_or_change_noun(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


# Rule 11: a change verb "at an annual rate of" the figure: "grew at an annual rate of 3.1%".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The economy grew at an annual rate of 3.1% in the spring.", "3.1%", "up"),
        ("Output fell at a seasonally adjusted annual rate of 1.2 pct.", "1.2 pct", "down"),
        ("The loan carries interest at an annual rate of 6 pct.", "6 pct", None),
        ("Wage growth ran at an annual rate of 4%.", "4%", None),
    ],
)
def test_a_change_at_an_annual_rate(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 12: more movement verbs of market and economy reports.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The euro strengthened 0.7% against the yen.", "0.7%", "up"),
        ("Manufacturing expanded 2.3 pct in the quarter.", "2.3 pct", "up"),
        ("Chip stocks rebounded 4% after the sell-off.", "4%", "up"),
        ("The rand weakened 1.1% on Tuesday.", "1.1%", "down"),
        ("The index skidded 95 points to 4,020.", "95", "down"),
        ("Bond prices dived 2 points in late trade.", "2", "down"),
    ],
)
def test_more_movement_verbs(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


# Rule 13: base forms and job-cut verbs: "slash 5,000 jobs", "axe 800 posts", "hiked rates by".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The lender is to slash 5,000 jobs by 2026.", "5,000", "down"),
        ("The broadcaster will axe 800 posts.", "800", "down"),
        ("The plan would eliminate 1,500 roles in head office.", "1,500", "down"),
        ("The central bank hiked rates by 0.75 percentage points.", "0.75 percentage points", "up"),
        ("The workforce will shrink by 8% over three years.", "8%", "down"),
        ("Analysts expect the shares to climb 6% this week.", "6%", "up"),
    ],
)
def test_base_forms_and_job_cuts(text: str, surface: str, change: str) -> None:
    assert change_of(text, surface) == change


# Rule 14: a level, then ", up from" / ", down from" its old value: the level has the direction.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The airline carried 4.2 million passengers in July, up from 3.6 million.", "4.2 million", "up"),
        ("Rebels now hold 40% of the province, down from 65% in the spring.", "40%", "down"),
        ("The retailer made £310m in the half, down from £355m a year earlier.", "£310m", "down"),
        ("Measles cases reached 900 in 12 counties, up from 40 last year.", "12", None),
        ("Inflation fell to 3.9%, down from 4.6% in June.", "3.9%", None),
        ("The airline carried 4.2 million passengers in July, up from 3.6 million.", "3.6 million", None),
    ],
)
def test_a_level_then_up_from_its_old_value(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 15: a list after a change shares it when the figures share their unit word.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Exports fell 3.1 pct in May and 2.2 pct in June.", "2.2 pct", "down"),
        ("Rents rose after increases of 4% in London and 6% in Leeds.", "6%", "up"),
        ("Profit rose 8 pct and 400 tonnes were shipped.", "400 tonnes", None),
        ("Sales rose 5 pct to 300 dlrs and 20 pct of it went abroad.", "20 pct", None),
    ],
)
def test_a_list_shares_its_change(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change


# Rule 16: a hedge after "by" keeps the verb's change: "fall by as much as 5%", "cut by up to 2,000".
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Bills could rise by up to 12% in April.", "12%", "up"),
        ("Output may fall by as much as 4 pct this year.", "4 pct", "down"),
        ("The insurer will trim its staff by up to 600.", "600", "down"),
        ("Gold rose as high as $2,100 an ounce.", "$2,100", None),
    ],
)
def test_a_hedge_after_by_keeps_the_change(text: str, surface: str, change: str | None) -> None:
    assert change_of(text, surface) == change
