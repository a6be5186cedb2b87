"""Migration 0011 (fact_series, fact_lineage, quarantine_summary by kind) on a warehouse filled by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.connection import connect

D18, D21, D22, D23 = date(2026, 11, 18), date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)
VIEWS = ("fact_series", "fact_lineage", "quarantine_summary")


def add_article(con: duckdb.DuckDBPyConnection, article_id: str, pub_date: date, body: str) -> None:
    """One usable article, loaded the night it was published, from payload r-<id>."""
    con.execute(
        "INSERT INTO articles (article_id, content_hash, raw_hash, source, source_uri, format, "
        "pub_status, headline, pub_date, date_source, body, paragraph_count, word_count, "
        "boilerplate_removed, ingest_date) "
        "VALUES (?, ?, ?, 's', ?, 'afp_text', 'usable', ?, ?, 'content', ?, 1, 1, 0, ?)",
        [article_id, f"h-{article_id}", f"r-{article_id}", f"file:///drop/{article_id}.txt",
         f"Headline {article_id}", pub_date, body, pub_date],
    )  # fmt: skip


def add_fact(con: duckdb.DuckDBPyConnection, fact_id: str, article_id: str, body: str, **kw: Any) -> None:
    """One fact whose surface is found in ``body`` (so its offsets are right)."""
    surface = kw["surface"]
    start = body.index(surface, kw.get("after", 0))
    pub_date = con.execute("SELECT pub_date FROM articles WHERE article_id = ?", [article_id]).fetchone()
    assert pub_date is not None
    con.execute(
        'INSERT INTO facts (fact_id, article_id, pub_date, sentence_index, sentence, "start", "end", '
        "surface, value, low, high, qualifier, unit, kind, si_value, si_unit, subject, extractor_version, "
        "ingest_date, "
        "subject_head, about, place) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'exact', ?, ?, ?, ?, ?, '1.0', "
        "?, ?, ?, ?)",
        [fact_id, article_id, pub_date[0], body, start, start + len(surface), surface, kw.get("value"),
         kw.get("value"), kw.get("value"), kw.get("unit"), kw.get("kind", "count"), kw.get("si_value"),
         kw.get("si_unit"), kw.get("subject"), pub_date[0], kw.get("head"), kw.get("about"), kw.get("place")],
    )  # fmt: skip


S1 = "The coalition says some 4,000 IS jihadists hold Raqa. Again: some 4,000 jihadists. The 2.5 km wall."
S2 = "Around 2,500 IS jihadists defend Raqa, and 2,500 jihadists hold Mosul. The 1.5 mile wall."
OLD = "Some 3,000 IS jihadists are in Raqa."
NEW = "Some 3,500 IS jihadists are in Raqa now."


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Three stories about Raqa on three days, one of them in two versions, with one payload and run each."""
    con = connect(tmp_path / "w.sqlite")
    add_article(con, "a1", D18, S1)
    add_article(con, "a2", D23, S2)
    add_article(con, "a3", D21, OLD)
    add_article(con, "a4", D22, NEW)
    con.execute("INSERT INTO story_links VALUES ('a3', 'a4', 'follow_up', 0.5, 0.6, ?)", [D22])
    jihadists = {"head": "jihadist", "subject": "IS jihadists", "about": "Raqa"}
    add_fact(con, "f1", "a1", S1, surface="some 4,000", value=4000.0, **jihadists)
    add_fact(con, "f1b", "a1", S1, surface="some 4,000", value=4000.0, after=40, **jihadists)  # said twice
    wall = {"head": "wall", "kind": "length", "about": "Raqa", "si_unit": "metre"}
    add_fact(con, "f5", "a1", S1, surface="2.5 km", value=2.5, unit="kilometre", si_value=2500.0, **wall)
    add_fact(con, "f2", "a2", S2, surface="Around 2,500", value=2500.0, head="jihadist", place="Raqa")
    add_fact(con, "f7", "a2", S2, surface="2,500", value=2500.0, head="jihadist", about="Mosul", after=40)
    add_fact(con, "f6", "a2", S2, surface="1.5 mile", value=1.5, unit="mile", si_value=2414.016, **wall)
    add_fact(con, "f3", "a3", OLD, surface="Some 3,000", value=3000.0, **jihadists)
    add_fact(con, "f4", "a4", NEW, surface="Some 3,500", value=3500.0, **jihadists)
    for article_id in ("a1", "a2", "a3", "a4"):
        night = con.execute("SELECT ingest_date FROM articles WHERE article_id = ?", [article_id]).fetchone()
        assert night is not None
        con.execute(
            "INSERT INTO raw_files (raw_hash, source, source_uri, raw_path, size_bytes, fetched_at, "
            "ingest_date) "
            "VALUES (?, 's', ?, ?, 100, ?::TIMESTAMPTZ, ?)",
            [f"r-{article_id}", f"file:///drop/{article_id}.txt", f"lake/raw/r-/r-{article_id}",
             f"{night[0]} 01:00:00+00", night[0]],
        )  # fmt: skip
        con.execute(
            "INSERT INTO deliveries (raw_hash, source, source_uri, content_hash, article_id, is_duplicate, "
            "ingest_date, disposition) VALUES (?, 's', ?, ?, ?, false, ?, 'loaded')",
            [f"r-{article_id}", f"file:///drop/{article_id}.txt", f"h-{article_id}", article_id, night[0]],
        )
    for run_id, status, started, snapshot in (
        ("run-old", "success", "01:00", 2),
        ("run-new", "success", "03:00", 5),
        ("run-failed", "failed", "04:00", None),  # later, but loaded nothing: not the fact's run
    ):
        con.execute(
            "INSERT INTO runs (run_id, ingest_date, source, started_at, finished_at, status, fetched, "
            "new_payloads, articles_read, duplicates, quarantined, articles_loaded, facts_loaded, "
            "extractor_version, snapshot_id) "
            "VALUES (?, ?, 's', ?::TIMESTAMPTZ, ?::TIMESTAMPTZ, ?, 1, 1, 1, 0, 0, 1, 3, ?, ?)",
            [run_id, D18, f"2026-11-19 {started}:00+00", f"2026-11-19 {started}:30+00", status, run_id[-3:],
             snapshot],
        )  # fmt: skip
    yield con
    con.close()


def test_a_series_follows_one_thing_across_stories_in_date_order(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT pub_date, surface, value, story_count, point FROM fact_series "
        "WHERE subject_head = 'jihadist' AND about = 'Raqa'"
    ).fetchall()
    # a1 says 4,000 twice (counted once); a3 -> a4 is one story whose latest version says 3,500;
    # a2 names Raqa as the sentence's place only; Mosul's 2,500 is another series.
    assert rows == [
        (D18, "some 4,000", 4000.0, 3, 1),
        (D22, "Some 3,500", 3500.0, 3, 2),
        (D23, "Around 2,500", 2500.0, 3, 3),
    ]


def test_kilometres_and_miles_are_one_family_compared_in_metres(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT series_key, surface, series_value, series_unit FROM fact_series WHERE subject_head = 'wall'"
    ).fetchall()
    assert rows == [
        ("wall | Raqa | length in metre", "2.5 km", 2500.0, "metre"),
        ("wall | Raqa | length in metre", "1.5 mile", 2414.016, "metre"),
    ]


def test_series_rows_carry_the_sentence_and_headline(con: duckdb.DuckDBPyConnection) -> None:
    row = con.execute("SELECT sentence, headline, story_id FROM fact_series WHERE fact_id = 'f4'").fetchone()
    assert row == (NEW, "Headline a4", "a3")


def test_lineage_leads_from_a_fact_to_its_raw_file_and_run(con: duckdb.DuckDBPyConnection) -> None:
    """... and to the DuckLake snapshot that run committed (runs.snapshot_id, migration 0012)."""
    row = con.execute(
        'SELECT surface, sentence, "start", offsets_match, headline, story_id, version, '
        "delivery_disposition, "
        "raw_hash, source_uri, raw_path, fetched_at IS NOT NULL, run_id, extractor_version, "
        "run_extractor_version, snapshot_id FROM fact_lineage WHERE fact_id = 'f1'"
    ).fetchone()
    assert row == (
        "some 4,000", S1, S1.index("some 4,000"), True, "Headline a1", "a1", 1, "loaded",
        "r-a1", "file:///drop/a1.txt", "lake/raw/r-/r-a1", True, "run-new", "1.0", "new", 5,
    )  # fmt: skip
    assert con.execute("SELECT count(*), count(DISTINCT fact_id) FROM fact_lineage").fetchone() == (8, 8)


def test_lineage_takes_the_run_and_its_snapshot_from_the_same_run(con: duckdb.DuckDBPyConnection) -> None:
    """A later successful run without a snapshot (moved in by warehouse.upgrade) gets no older one's."""
    con.execute(
        "INSERT INTO runs (run_id, ingest_date, source, started_at, finished_at, status, fetched, "
        "new_payloads, articles_read, duplicates, quarantined, articles_loaded, facts_loaded, "
        "extractor_version) VALUES ('run-upgraded', ?, 's', '2026-11-19 05:00:00+00'::TIMESTAMPTZ, "
        "'2026-11-19 05:00:30+00'::TIMESTAMPTZ, 'success', 1, 1, 1, 0, 0, 1, 3, '0.9')",
        [D18],
    )
    row = con.execute(
        "SELECT run_id, run_extractor_version, snapshot_id FROM fact_lineage WHERE fact_id = 'f1'"
    ).fetchone()
    assert row == ("run-upgraded", "0.9", None)


def test_lineage_names_the_version_of_an_updated_story(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT fact_id, version, version_count, is_latest FROM fact_lineage "
        "WHERE story_id = 'a3' ORDER BY version"
    ).fetchall()
    assert rows == [("f3", 1, 2, False), ("f4", 2, 2, True)]


def test_quarantine_reasons_group_by_kind_with_an_example(con: duckdb.DuckDBPyConnection) -> None:
    reasons = [
        "Reuters record NEWID=78 has no body",
        "Reuters record NEWID=1024 has no body",
        "Reuters record NEWID=5 has no body",
        "file:///drop/a%20b/x.txt is not valid UTF-8 text (invalid start byte at byte 12)",
        "file:///drop/y.txt is not valid UTF-8 text (invalid start byte at byte 4,096)",
        "ninjs item has an unknown pubStatus 'embargoed'",
        "ninjs item has an unknown pubStatus 'draft'",
        "fact failed expectation(s): facts.unit_known",
    ]
    for i, reason in enumerate(reasons):
        con.execute(
            "INSERT INTO quarantine (quarantine_id, ingest_date, run_id, source, stage, reason, item_ref) "
            "VALUES (?, ?, 'r', 's', 'read', ?, ?)",
            [f"q{i}", D23, reason, f"item {i}"],
        )
    rows = con.execute(
        "SELECT reason_kind, row_count, example_reason, example_item_ref FROM quarantine_summary "
        "ORDER BY row_count DESC, reason_kind"
    ).fetchall()
    assert rows == [
        ("Reuters record NEWID=<n> has no body", 3, "Reuters record NEWID=1024 has no body", "item 1"),
        ("<uri> is not valid UTF-8 text (invalid start byte at byte <n>)", 2, reasons[3], "item 3"),
        (
            "ninjs item has an unknown pubStatus '…'",
            2,
            "ninjs item has an unknown pubStatus 'draft'",
            "item 6",
        ),
        ("fact failed expectation(s): facts.unit_known", 1, reasons[7], "item 7"),
    ]


def test_every_new_view_and_column_explains_itself(con: duckdb.DuckDBPyConnection) -> None:
    views = dict(
        con.execute(f"SELECT view_name, comment FROM duckdb_views() WHERE view_name IN {VIEWS}").fetchall()
    )
    assert sorted(views) == sorted(VIEWS)
    assert all(comment and len(comment) > 40 for comment in views.values())
    silent = con.execute(  # a view column's comment lives in object_comments (DuckLake keeps none)
        "SELECT c.table_name, c.column_name FROM duckdb_columns() AS c LEFT JOIN object_comments AS o "
        "ON o.object_name = c.table_name AND o.column_name = c.column_name "
        f"WHERE c.table_name IN {VIEWS} AND coalesce(c.comment, o.comment, '') = ''"
    ).fetchall()
    assert silent == []
