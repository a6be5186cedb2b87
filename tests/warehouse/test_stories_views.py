"""Story views over a hand-filled warehouse: versions, stories, story_facts, fact_changes, load order."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from transforms.schemas import ARTICLES, DELIVERIES, FACTS, KILL_NOTICES, QUARANTINE, RAW_FILES
from transforms.stories import STORY_LINKS, assign_stories, sketch_night
from warehouse.connection import connect
from warehouse.history import history_candidates
from warehouse.loader import NightBatch, load_night

MON, TUE = date(2026, 11, 22), date(2026, 11, 23)

FLOOD_1 = (
    "Floods killed 12 people in Assam. Some 200 homes were destroyed in three districts. "
    "Rescuers were looking for six people."
)
FLOOD_2 = (
    "Floods killed 27 people in Assam. Some 200 homes were destroyed in four districts. "
    "The army sent 500 soldiers."
)
MARATHON = "Kiprop won the Valencia marathon in 2 hours 2 minutes."
KILLED_1 = "The minister said 40 percent of the budget was spent."
KILLED_2 = "The minister said 45 percent of the budget was spent."


def _article(article_id: str, night: date, body: str, hour: int, **extra: Any) -> dict[str, Any]:
    row = {
        "article_id": article_id,
        "content_hash": f"h-{article_id}",
        "raw_hash": f"r-{article_id}",
        "source": "sample",
        "source_uri": f"file:///{article_id}.txt",
        "format": "afp_text",
        "item_ref": None,
        "agency_id": None,
        "agency_version": None,
        "pub_status": "usable",
        "headline": f"Headline {article_id}",
        "dateline_city": None,
        "agency": "AFP",
        "language": "en",
        "byline": None,
        "published_at": datetime(night.year, night.month, night.day, hour, tzinfo=UTC),
        "pub_date": night,
        "date_source": "dateline",
        "body": body,
        "subheads": [],
        "paragraph_count": 1,
        "word_count": len(body.split()),
        "boilerplate_removed": 0,
        "ingest_date": night,
    }
    return row | extra


def _fact(
    article: dict[str, Any],
    surface: str,
    value: float,
    subject: str | None,
    kind: str = "count",
    unit: str | None = None,
    occurrence: int = 0,
) -> dict[str, Any]:
    body: str = article["body"]
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(surface, start + 1)
    sentence_start = body.rfind(". ", 0, start) + 2 if ". " in body[:start] else 0
    sentence_end = body.find(".", start + len(surface)) + 1
    return {
        "fact_id": f"{article['article_id']}:{start}",
        "article_id": article["article_id"],
        "pub_date": article["pub_date"],
        "sentence_index": body[:start].count(". "),
        "sentence": body[sentence_start:sentence_end],
        "start": start,
        "end": start + len(surface),
        "surface": surface,
        "value": value,
        "low": value,
        "high": value,
        "qualifier": "exact",
        "change": None,
        "unit": unit,
        "kind": kind,
        "si_value": None,
        "si_unit": None,
        "subject": subject,
        "linked_fact_id": None,
        "extractor_version": "t",
        "ingest_date": article["ingest_date"],
    }


A1 = _article("a1", MON, FLOOD_1, 4)
A2 = _article("a2", TUE, FLOOD_2, 9)
B1 = _article("b1", MON, MARATHON, 8)
K1 = _article("k1", MON, KILLED_1, 6, agency_id="urn:k", agency_version=1)
K2 = _article("k2", TUE, KILLED_2, 7, agency_id="urn:k", agency_version=2)
FACTS_BY_NIGHT = {
    MON: [
        _fact(A1, "12", 12, "people"),
        _fact(A1, "200", 200, "homes"),
        _fact(A1, "three", 3, "districts"),
        _fact(A1, "six", 6, "people"),
        _fact(B1, "2 hours", 2, None, "duration", "hour"),
        _fact(K1, "40 percent", 40, "budget", "percent", "percent"),
    ],
    TUE: [
        _fact(A2, "27", 27, "people"),
        _fact(A2, "200", 200, "homes"),
        _fact(A2, "four", 4, "districts"),
        _fact(A2, "500", 500, "soldiers"),
        _fact(K2, "45 percent", 45, "budget", "percent", "percent"),
    ],
}
ARTICLES_BY_NIGHT = {MON: [A1, B1, K1], TUE: [A2, K2]}
LINKS_BY_NIGHT = {
    MON: [],
    TUE: [("a1", "a2", "follow_up", 0.4, 0.6), ("k1", "k2", "agency_id", None, None)],
}
KILLS_BY_NIGHT = {
    MON: [],
    TUE: [
        {
            "agency_id": "urn:k",
            "agency_version": 2,
            "pub_status": "withheld",
            "source": "sample",
            "raw_hash": "r-kill",
            "item_ref": None,
            "ingest_date": TUE,
        }
    ],
}
VIEWS = ("article_stories", "article_versions", "stories", "story_facts", "fact_changes")


def _batch(
    night: date,
    articles: list[dict[str, Any]],
    facts: list[dict[str, Any]],
    links: pa.Table,
    kills: list[dict[str, Any]],
    bands: pa.Table | None = None,
) -> NightBatch:
    deliveries = [
        {
            "raw_hash": a["raw_hash"],
            "item_ref": None,
            "source": "sample",
            "source_uri": a["source_uri"],
            "content_hash": a["content_hash"],
            "article_id": a["article_id"],
            "is_duplicate": False,
            "ingest_date": night,
            "disposition": "loaded",
        }
        for a in articles
    ]
    return NightBatch(
        ingest_date=night,
        articles=pa.Table.from_pylist(articles, schema=ARTICLES),
        deliveries=pa.Table.from_pylist(deliveries, schema=DELIVERIES),
        facts=pa.Table.from_pylist(facts, schema=FACTS),
        raw_files=RAW_FILES.empty_table(),
        kill_notices=pa.Table.from_pylist(kills, schema=KILL_NOTICES),
        quarantine=QUARANTINE.empty_table(),
        run={
            "run_id": f"run-{night}",
            "ingest_date": night,
            "source": "sample",
            "started_at": datetime.now(UTC),
            "finished_at": datetime.now(UTC),
            "status": "success",
            "fetched": 0,
            "new_payloads": 0,
            "articles_read": 0,
            "duplicates": 0,
            "quarantined": 0,
            "articles_loaded": len(articles),
            "facts_loaded": len(facts),
            "extractor_version": "t",
        },
        bands=bands,
        story_links=links,
    )


def _hand_filled(night: date) -> NightBatch:
    links = pa.Table.from_pylist(
        [
            {
                "article_id": a,
                "linked_id": b,
                "evidence": e,
                "jaccard": j,
                "containment": c,
                "ingest_date": night,
            }
            for a, b, e, j, c in LINKS_BY_NIGHT[night]
        ],
        schema=STORY_LINKS,
    )
    return _batch(night, ARTICLES_BY_NIGHT[night], FACTS_BY_NIGHT[night], links, KILLS_BY_NIGHT[night])


def _views(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {view: con.execute(f"SELECT * FROM {view} ORDER BY ALL").fetchall() for view in VIEWS}


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "w.sqlite")
    for night in (MON, TUE):
        load_night(con, _hand_filled(night))
    return con


def test_versions_are_numbered_within_the_story_and_the_last_is_latest(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = con.execute(
        "SELECT article_id, story_id, version, version_count, is_latest, pub_status "
        "FROM article_versions ORDER BY article_id"
    ).fetchall()
    assert rows == [
        ("a1", "a1", 1, 2, False, "usable"),
        ("a2", "a1", 2, 2, True, "usable"),
        ("b1", "b1", 1, 1, True, "usable"),
        ("k1", "k1", 1, 2, False, "withheld"),
        ("k2", "k1", 2, 2, True, "withheld"),
    ]


def test_a_story_row_has_the_latest_headline_and_its_span(con: duckdb.DuckDBPyConnection) -> None:
    row = con.execute(
        "SELECT headline, latest_article_id, latest_pub_status, version_count, first_published_at, "
        "last_published_at, first_night, last_night, agencies, sources, delivery_count "
        "FROM stories WHERE story_id = 'a1'"
    ).fetchone()
    assert row == (
        "Headline a2",
        "a2",
        "usable",
        2,
        datetime(2026, 11, 22, 4, tzinfo=UTC),
        datetime(2026, 11, 23, 9, tzinfo=UTC),
        MON,
        TUE,
        ["AFP"],
        ["sample"],
        2,
    )
    assert con.execute("SELECT count(*) FROM stories").fetchone() == (3,)


def test_story_facts_hold_the_latest_version_only_and_drop_killed_stories(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = con.execute(
        "SELECT story_id, version, article_id, surface FROM story_facts ORDER BY ALL"
    ).fetchall()
    assert rows == [
        ("a1", 2, "a2", "200"),
        ("a1", 2, "a2", "27"),
        ("a1", 2, "a2", "500"),
        ("a1", 2, "a2", "four"),
        ("b1", 1, "b1", "2 hours"),
    ]


def test_fact_changes_say_what_was_added_removed_and_changed(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT change_type, subject, old_surface, new_surface, old_value, new_value, "
        "old_sentence, new_sentence FROM fact_changes WHERE story_id = 'a1' "
        "ORDER BY change_type, subject, old_value NULLS FIRST"
    ).fetchall()
    assert rows == [
        ("added", "soldiers", None, "500", None, 500.0, None, "The army sent 500 soldiers."),
        (
            "changed",
            "districts",
            "three",
            "four",
            3.0,
            4.0,
            "Some 200 homes were destroyed in three districts.",
            "Some 200 homes were destroyed in four districts.",
        ),
        (
            "changed",
            "people",
            "12",
            "27",
            12.0,
            27.0,
            "Floods killed 12 people in Assam.",
            "Floods killed 27 people in Assam.",
        ),
        ("removed", "people", "six", None, 6.0, None, "Rescuers were looking for six people.", None),
    ]
    versions = con.execute("SELECT DISTINCT old_version, new_version FROM fact_changes").fetchall()
    assert versions == [(1, 2)]


def test_loading_the_nights_in_the_other_order_gives_the_same_views(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    reversed_ = connect(tmp_path / "reversed.duckdb")
    for night in (TUE, MON):
        load_night(reversed_, _hand_filled(night))
    assert _views(reversed_) == _views(con)


def test_rerunning_the_first_night_changes_nothing(con: duckdb.DuckDBPyConnection) -> None:
    before = _views(con)
    load_night(con, _hand_filled(MON))
    assert _views(con) == before


def _staged(con: duckdb.DuckDBPyConnection, night: date, articles: list[dict[str, Any]]) -> NightBatch:
    """What the flow does: sketch, read candidates, assign, then batch the night."""
    table = pa.Table.from_pylist(articles, schema=ARTICLES)
    sketched = sketch_night(table, night)
    history, matches = history_candidates(con, table, sketched.bands, night)
    stage = assign_stories(table, sketched, history, matches, night)
    return _batch(night, articles, [], stage.links, [], bands=stage.bands)


def test_a_story_updated_on_a_later_night_joins_the_earlier_story(tmp_path: Path) -> None:
    story = " ".join(
        f"Sentence {word} of the long flood report from Assam on Monday." for word in "abcdefghij"
    )
    first = _article("s1", MON, story, 4)
    update = _article("s2", TUE, story + " The army sent 500 soldiers to help the rescue teams.", 9)
    con = connect(tmp_path / "w.sqlite")
    load_night(con, _staged(con, MON, [first]))
    load_night(con, _staged(con, TUE, [update]))
    assert con.execute(
        "SELECT article_id, story_id, version FROM article_versions ORDER BY 1"
    ).fetchall() == [
        ("s1", "s1", 1),
        ("s2", "s1", 2),
    ]
    assert con.execute("SELECT article_id, linked_id, evidence, ingest_date FROM story_links").fetchall() == [
        ("s1", "s2", "similar", TUE)
    ]
    before = _views(con) | {
        "article_bands": con.execute("SELECT * FROM article_bands ORDER BY ALL").fetchall()
    }
    load_night(con, _staged(con, MON, [first]))
    after = _views(con) | {
        "article_bands": con.execute("SELECT * FROM article_bands ORDER BY ALL").fetchall()
    }
    assert after == before


def test_rerunning_a_night_after_a_later_one_adds_no_duplicate_link(tmp_path: Path) -> None:
    """Nights A, B, A: B links its update to A's story; A's re-run finds the pair too, stores it not."""
    story = " ".join(
        f"Sentence {word} of the long storm report from Kerala on Monday." for word in "abcdefghij"
    )
    first = _article("s1", MON, story, 4)
    update = _article("s2", TUE, story + " The navy sent 300 sailors to help the rescue teams.", 9)
    con = connect(tmp_path / "w.sqlite")
    load_night(con, _staged(con, MON, [first]))
    load_night(con, _staged(con, TUE, [update]))
    load_night(con, _staged(con, MON, [first]))
    assert con.execute("SELECT article_id, linked_id, evidence, ingest_date FROM story_links").fetchall() == [
        ("s1", "s2", "similar", TUE)
    ]
    load_night(con, _staged(con, TUE, [update]))  # and B again: the pair is still stored, once
    assert con.execute("SELECT count(*) FROM story_links").fetchall() == [(1,)]


def test_a_stored_story_of_one_company_takes_no_update_of_another(tmp_path: Path) -> None:
    """A later night's notice of another company, word for word the same, stays its own story."""
    notice = (
        "Quarterly dividend 15 cts a share versus 15 cts prior, "
        "payable April 30 to holders of record April 9."
    )
    text = " ".join([notice] * 4)
    con = connect(tmp_path / "w.sqlite")
    mon = [
        _article("m1", MON, text, 4, headline="ORCHARD MILLS INC <ORCH> SETS QUARTERLY"),
        _article("m2", MON, text + " Orchard said.", 5, headline="ORCHARD MILLS <ORCH> SETS PAYOUT"),
    ]
    load_night(con, _staged(con, MON, mon))
    other = _article("t1", TUE, text + " It said.", 4, headline="HARBOUR FREIGHT CO SETS QUARTERLY")
    load_night(con, _staged(con, TUE, [other]))
    stories = dict(con.execute("SELECT article_id, story_id FROM article_stories").fetchall())
    assert stories == {"m1": "m1", "m2": "m1", "t1": "t1"}
