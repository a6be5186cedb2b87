"""Which story a new article belongs to: linked by agency id, text or follow-up; named by its first one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pyarrow as pa

from transforms.stories import (
    FOLLOW_UP_WINDOW,
    HISTORY,
    MATCHES,
    NIGHT_COLUMNS,
    FollowUpRule,
    StoryStage,
    assign_stories,
    sketch_night,
)

NIGHT = date(2026, 11, 23)
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

STORY = (
    "Dock workers at the port of Rotterdam began a 48-hour strike on Monday over pay, halting about "
    "70 percent of container traffic at Europe's largest port, the union said.\n\n"
    "The FNV union said some 1,200 workers had walked out after talks with terminal operators broke down "
    "late on Sunday. Operators said ships were being diverted to Antwerp and Hamburg.\n\n"
    "The port authority said it expected delays of up to three days once work resumed."
)
RESEND = (
    "ADVERTISEMENT\n\n"
    + STORY.replace("70 percent", "70 per cent")
    + "\n\nRead more business news on example-portal.com. All rights reserved."
)
UPDATE = (
    STORY.replace("70 percent", "80 percent")
    + "\n\nThe Dutch economy minister called on both sides to return to the table, warning that a longer "
    "stoppage would hurt exporters already struggling with weak demand in China."
)
OTHER = (
    "Port workers in Antwerp said on Tuesday they would refuse to handle ships diverted from Rotterdam, "
    "where a strike over pay has halted most container traffic since Monday.\n\n"
    "The Belgian ACV union said its members backed the Dutch dockers and would not act as strike breakers. "
    "Antwerp handled about 13 million containers last year.\n\n"
    "Shipping lines said they were weighing routes through Bremerhaven instead."
)
CORRECTION = (
    "Dock workers at the port of Rotterdam began a 24-hour strike on Monday (corrects duration from "
    "48 hours), the FNV union said, in a dispute over pay with terminal operators."
)
QUAKE = (
    "A magnitude 6.4 earthquake struck Peru's southern Andes early Sunday, killing at least 12 people and "
    "injuring dozens, civil defence officials said.\n\n"
    "The quake hit at a depth of 35 kilometres (22 miles), about 60 kilometres from the city of Arequipa, "
    "the Geophysical Institute said.\n\n"
    "More than 200 homes collapsed in three districts, and landslides blocked a 15-kilometre stretch of the "
    "main highway to the coast.\n\n"
    "Rescue teams were searching for six people reported missing."
)
QUAKE_UPDATE = (
    "The death toll from a magnitude 6.4 earthquake that struck Peru's southern Andes early Sunday has risen "
    "to 27, with more than 150 people injured, civil defence officials said.\n\n"
    "The quake hit at a depth of 35 kilometres (22 miles), about 60 kilometres from the city of Arequipa, "
    "the Geophysical Institute said.\n\n"
    "More than 400 homes collapsed in four districts, and landslides blocked a 15-kilometre stretch of the "
    "main highway to the coast.\n\n"
    "Rescue teams were still searching for two people reported missing. The government declared a 60-day "
    "state of emergency and released 50 million soles (about $13 million) in aid."
)


def _article(article_id: str, body: str, **extra: Any) -> dict[str, Any]:
    row = {"article_id": article_id, "body": body, "agency_id": None, "agency": None, "dateline_city": None}
    return row | {"published_at": NOON} | extra


def _stage(night: list[dict[str, Any]], history: list[dict[str, Any]] | None = None) -> StoryStage:
    schema = pa.schema([HISTORY.field(name) for name in NIGHT_COLUMNS])
    articles = pa.Table.from_pylist(night, schema=schema)
    stored = pa.Table.from_pylist(history or [], schema=HISTORY)
    matches = pa.Table.from_pylist(
        [
            {"article_id": a["article_id"], "candidate_id": h["article_id"]}
            for a in night
            for h in history or []
        ],
        schema=MATCHES,
    )
    sketched = sketch_night(articles, NIGHT)
    return assign_stories(articles, sketched, stored, matches, NIGHT)


def _stories(stage: StoryStage) -> dict[str, str]:
    rows = stage.assignments.to_pylist()
    return {row["article_id"]: row["story_id"] for row in rows}


def _links(stage: StoryStage) -> list[tuple[str, str, str]]:
    return [(r["article_id"], r["linked_id"], r["evidence"]) for r in stage.links.to_pylist()]


def test_resend_and_update_join_the_story_and_the_same_topic_story_stays_apart() -> None:
    stage = _stage(
        [_article("a1", STORY), _article("a2", RESEND), _article("a3", UPDATE), _article("a4", OTHER)]
    )
    assert _stories(stage) == {"a1": "a1", "a2": "a1", "a3": "a1", "a4": "a4"}
    assert _links(stage) == [("a1", "a2", "similar"), ("a1", "a3", "similar")]


def test_update_is_linked_by_containment_with_its_scores() -> None:
    stage = _stage([_article("a1", STORY), _article("a3", UPDATE)])
    (link,) = stage.links.to_pylist()
    assert link["containment"] >= 0.8 > link["jaccard"]
    assert link["ingest_date"] == NIGHT


def test_correction_with_the_same_agency_id_joins_whatever_the_text() -> None:
    night = [
        _article("c1", STORY, agency_id="urn:newsml:afp.com:20261123:port-strike"),
        _article("c2", CORRECTION, agency_id="urn:newsml:afp.com:20261123:port-strike"),
        _article("c3", CORRECTION),
    ]
    stage = _stage(night)
    assert _stories(stage) == {"c1": "c1", "c2": "c1", "c3": "c1"}
    assert _links(stage) == [("c1", "c2", "agency_id"), ("c2", "c3", "same_text")]


def test_a_rewritten_lead_from_the_same_city_within_a_day_is_a_follow_up() -> None:
    lima = {"agency": "AFP", "dateline_city": "Lima"}
    stage = _stage(
        [
            _article(
                "q1", QUAKE, **lima, published_at=NOON, headline="Strong quake in Peru's Andes kills 12"
            ),
            _article(
                "q2",
                QUAKE_UPDATE,
                **lima,
                published_at=NOON + timedelta(hours=12),  # the next day: a rewritten headline, no template
                headline="Peru quake toll rises to 27 as rescuers search rubble",
            ),
        ]
    )
    assert _stories(stage) == {"q1": "q1", "q2": "q1"}
    (link,) = stage.links.to_pylist()
    assert (link["article_id"], link["linked_id"], link["evidence"]) == ("q1", "q2", "follow_up")
    assert 0.5 <= link["containment"] < 0.8


def test_a_rewritten_lead_from_another_city_or_days_later_stays_apart() -> None:
    stage = _stage(
        [
            _article("q1", QUAKE, agency="AFP", dateline_city="Lima"),
            _article("q2", QUAKE_UPDATE, agency="AFP", dateline_city="Arequipa"),
            _article(
                "q3",
                QUAKE_UPDATE.replace("27", "31"),
                agency="AFP",
                dateline_city="Lima",
                published_at=NOON + timedelta(days=3),
            ),
        ]
    )
    assert _stories(stage) == {"q1": "q1", "q2": "q2", "q3": "q2"}
    assert _links(stage) == [("q2", "q3", "similar")]


def test_an_update_joins_the_story_another_night_stored_under_its_id() -> None:
    stored = {**_article("x9", STORY), "story_id": "x0", "story_night": date(2026, 11, 20)}
    stage = _stage([_article("b1", UPDATE), _article("b2", OTHER)], [stored])
    assert _stories(stage) == {"b1": "x0", "b2": "b2"}
    assert stage.assignments["joined_stored"].to_pylist() == [True, False]
    assert stage.joined_stored == 1
    assert _links(stage) == [("b1", "x9", "similar")]


def test_an_article_linking_two_stored_stories_takes_the_earliest() -> None:
    agency_id = "urn:newsml:afp.com:20261123:port-strike"
    older = {
        **_article("zz", CORRECTION, agency_id=agency_id),
        "story_id": "zz",
        "story_night": date(2026, 11, 20),
    }
    newer = {**_article("aa", STORY), "story_id": "aa", "story_night": date(2026, 11, 21)}
    stage = _stage([_article("n1", UPDATE, agency_id=agency_id)], [older, newer])
    assert _stories(stage) == {"n1": "zz"}
    assert _links(stage) == [("aa", "n1", "similar"), ("n1", "zz", "agency_id")]


def test_bands_are_the_nights_rows_for_the_band_index() -> None:
    stage = _stage([_article("a1", STORY), _article("a2", OTHER)])
    assert set(stage.bands["article_id"].to_pylist()) == {"a1", "a2"}
    assert set(stage.bands["night"].to_pylist()) == {NIGHT}
    assert stage.bands.num_rows == 2 * 25


# Templated wire items, written for these tests: the same words for different companies or days.
DIVIDEND = (
    "Quarterly dividend 12 cts a share versus 12 cts prior, payable June 1 to holders of record May 15. "
    "The board also said it would hold its annual meeting in the spring at the company headquarters. "
    "Directors were re-elected without opposition, the company said in a statement on Tuesday."
)
RESERVES = (
    "The central bank entered the money market to add {amount} billion dlrs of temporary reserves through "
    "overnight repurchase agreements, a spokesman said. Overnight funds were trading at {rate} pct when the "
    "bank acted, dealers said, and they expected the bank to keep reserves ample through the week."
)


def test_identical_notices_of_companies_with_different_tickers_are_not_one_story() -> None:
    stage = _stage(
        [
            _article("d1", DIVIDEND, headline="MAPLE FOODS <MPF> SETS QUARTERLY"),
            _article("d2", DIVIDEND, headline="CEDAR TOOLS INC <CDT> SETS QUARTERLY"),
            _article("d3", DIVIDEND, headline="MAPLE FOODS <MPF> QUARTERLY DIVIDEND"),
        ]
    )
    assert _stories(stage) == {"d1": "d1", "d2": "d2", "d3": "d1"}


def test_a_notice_without_a_ticker_does_not_bridge_two_companies() -> None:
    """Links are transitive: the ticker-less copy may join one company's story, never both."""
    stage = _stage(
        [
            _article("d1", DIVIDEND, headline="MAPLE FOODS <MPF> SETS QUARTERLY"),
            _article("d2", DIVIDEND + " Shares were unchanged.", headline="DIVIDEND NOTICE"),
            _article("d3", DIVIDEND, headline="CEDAR TOOLS INC <CDT> SETS QUARTERLY"),
        ]
    )
    stories = _stories(stage)
    assert stories["d1"] != stories["d3"]
    assert stories["d2"] in {stories["d1"], stories["d3"]}


def test_templated_headlines_of_different_subjects_are_not_one_story() -> None:
    stage = _stage(
        [
            _article("c1", DIVIDEND, headline="NORDVIK SHIPPING SETS QUARTERLY"),
            _article("c2", DIVIDEND, headline="PALISADE ENERGY SETS QUARTERLY"),
            _article("c3", DIVIDEND, headline="CBX TO PAY QUARTERLY"),
            _article(
                "c4", "Chicago Exchange, CBX, said. " + DIVIDEND, headline="CHICAGO EXCHANGE TO PAY QUARTERLY"
            ),
        ]
    )
    stories = _stories(stage)
    assert stories["c1"] != stories["c2"]
    assert stories["c3"] == stories["c4"]  # the lead names the abbreviation: one subject


def test_a_daily_templated_report_is_a_new_story_each_day_and_a_resend_is_not() -> None:
    headline = "CENTRAL BANK ADDS RESERVES VIA REPURCHASES"
    days = [
        _article(
            f"r{k}",
            RESERVES.format(amount=amount, rate=rate),
            headline=headline,
            published_at=NOON + timedelta(days=k),
        )
        for k, (amount, rate) in enumerate([("1.5", "6-1/8"), ("2.5", "6-1/4"), ("1.5", "6-1/8")])
    ]
    resend = _article(
        "r9",
        RESERVES.format(amount="2.5", rate="6-1/4"),
        headline=headline,
        published_at=NOON + timedelta(days=1, hours=3),
    )
    stories = _stories(_stage([*days, resend]))
    assert len({stories["r0"], stories["r1"], stories["r2"]}) == 3  # day 2 repeats day 0's figures: a series
    assert stories["r9"] == stories["r1"]


def test_a_resend_on_another_day_with_its_figures_stays_one_story() -> None:
    later = NOON + timedelta(days=2)
    stage = _stage(
        [
            _article("s1", STORY, headline="DOCKERS STRIKE AT ROTTERDAM"),
            _article(
                "s2",
                STORY + "\n\nMore to follow.",
                headline="DOCKERS STRIKE AT ROTTERDAM",
                published_at=later,
            ),
        ]
    )
    assert _stories(stage) == {"s1": "s1", "s2": "s1"}


def test_different_story_level_agency_ids_never_link_but_record_numbers_may() -> None:
    stage = _stage(
        [
            _article("g1", STORY, agency_id="urn:newsml:example.com:20261123:strike"),
            _article("g2", RESEND, agency_id="urn:newsml:example.com:20261123:antwerp"),
            _article("n1", QUAKE, agency_id="reuters:101"),
            _article("n2", QUAKE + "\n\nMore to follow.", agency_id="reuters:102"),
        ]
    )
    stories = _stories(stage)
    assert stories["g1"] != stories["g2"]
    assert stories["n1"] == stories["n2"]


def test_the_follow_up_window_is_defined_once() -> None:
    import warehouse.history

    assert FollowUpRule().window == FOLLOW_UP_WINDOW == timedelta(hours=24)
    assert warehouse.history.FOLLOW_UP_WINDOW is FOLLOW_UP_WINDOW
