"""Analyst views, macros and comments (migration 0003) over a small warehouse filled by hand."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.connection import connect
from warehouse.schema import available_migrations, current_version

D22, D23 = date(2026, 11, 22), date(2026, 11, 23)
FACT_COLUMNS = (
    "fact_id, article_id, pub_date, sentence_index, sentence, start, end, surface, value, low, high, "
    "qualifier, unit, kind, si_value, si_unit, subject, linked_fact_id, extractor_version, ingest_date"
)
VIEWS = ("facts_by_day", "quarantine_summary", "run_history")
MACROS = ("facts_about", "facts_of_kind")


def add_article(con: duckdb.DuckDBPyConnection, article_id: str, pub_date: date, headline: str) -> None:
    """One articles row with only what the views read varying."""
    con.execute(
        "INSERT INTO articles (article_id, content_hash, raw_hash, source, format, pub_status, headline, "
        "pub_date, date_source, body, paragraph_count, word_count, boilerplate_removed, ingest_date) "
        "VALUES (?, ?, ?, 's', 'afp_text', 'usable', ?, ?, 'content', 'body', 1, 1, 0, ?)",
        [article_id, f"h-{article_id}", f"r-{article_id}", headline, pub_date, D23],
    )


def add_fact(
    con: duckdb.DuckDBPyConnection, fact_id: str, article_id: str, pub_date: date, **kw: Any
) -> None:
    """One facts row; keyword arguments set surface, value, unit, kind, si_value, si_unit, subject, start."""
    start = kw.get("start", 0)
    surface = kw.get("surface", "x")
    values = [
        fact_id, article_id, pub_date, 0, "sentence", start, start + len(surface), surface,
        kw.get("value"), kw.get("value"), kw.get("value"), kw.get("qualifier", "exact"), kw.get("unit"),
        kw.get("kind", "count"), kw.get("si_value"), kw.get("si_unit"), kw.get("subject"), None, "t", D23,
    ]  # fmt: skip
    quoted = FACT_COLUMNS.replace("start, end", '"start", "end"')
    con.execute(f"INSERT INTO facts ({quoted}) VALUES ({', '.join('?' * len(values))})", values)


def add_quarantine(con: duckdb.DuckDBPyConnection, qid: str, night: date, stage: str, reason: str) -> None:
    con.execute(
        "INSERT INTO quarantine (quarantine_id, ingest_date, run_id, source, stage, reason) "
        "VALUES (?, ?, 'r1', 's', ?, ?)",
        [qid, night, stage, reason],
    )


def add_run(con: duckdb.DuckDBPyConnection, run_id: str, night: date, started: str, finished: str) -> None:
    con.execute(
        "INSERT INTO runs (run_id, ingest_date, source, started_at, finished_at, status, fetched, "
        "new_payloads, articles_read, duplicates, quarantined, articles_loaded, facts_loaded, "
        "stage_seconds, extractor_version) VALUES (?, ?, 's', ?::TIMESTAMPTZ, ?::TIMESTAMPTZ, 'success', "
        "3, 3, 2, 1, 1, 2, 5, MAP {'fetch': 1.5, 'load': 0.25}, 't')",
        [run_id, night, started, finished],
    )


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated warehouse with two articles on two days, five facts, three quarantine rows, two runs."""
    con = connect(tmp_path / "w.sqlite")
    add_article(con, "a1", D22, "Raqa assault")
    add_article(con, "a2", D23, "Marathon record")
    add_fact(con, "f1", "a1", D22, surface="around 2,500", value=2500.0, subject="IS Jihadists", start=10)
    add_fact(con, "f2", "a1", D22, surface="70 percent", value=70.0, unit="percent", kind="percent", start=3)
    add_fact(con, "f3", "a2", D23, surface="2.5 km", value=2.5, unit="kilometre", kind="length",
             si_value=2500.0, si_unit="metre", subject="race")  # fmt: skip
    add_fact(con, "f4", "a2", D23, surface="1.5 km", value=1.5, unit="kilometre", kind="length",
             si_value=1500.0, si_unit="metre", subject="loop", start=20)  # fmt: skip
    add_fact(con, "f5", "a2", D23, surface="dozens", qualifier="vague", subject="jihadist fighters", start=40)
    add_quarantine(con, "q1", D23, "validate", "fact failed expectation(s): facts.percent_range")
    add_quarantine(con, "q2", D23, "validate", "fact failed expectation(s): facts.surface_matches")
    add_quarantine(con, "q3", D22, "read", "payload looks binary (NUL bytes)")
    add_run(con, "r1", D22, "2026-11-23 01:00:00+00", "2026-11-23 01:00:30.5+00")
    add_run(con, "r2", D23, "2026-11-24 01:00:00+00", "2026-11-24 01:00:12+00")
    yield con
    con.close()


def test_facts_by_day_counts_and_sums_per_day_kind_and_unit(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("SELECT * FROM facts_by_day ORDER BY pub_date, kind").fetchall()
    assert rows == [
        (D22, "count", None, None, 1, 1, 2500.0, 2500.0, None, None),
        (D22, "percent", "percent", None, 1, 1, 70.0, 70.0, None, None),
        (D23, "count", None, None, 1, 1, None, None, None, None),
        (D23, "length", "kilometre", "metre", 2, 1, 4.0, 2.0, 4000.0, 2000.0),
    ]


def test_quarantine_summary_groups_reasons_by_kind_and_keeps_their_start(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = con.execute(
        "SELECT ingest_date, stage, reason_kind, reason_prefix, row_count FROM quarantine_summary "
        "ORDER BY ALL"
    ).fetchall()
    family = "fact failed expectation(s)"  # 0011: each failed rule is its own kind, of one family
    assert rows == [
        (D22, "read", "payload looks binary (NUL bytes)", "payload looks binary", 1),
        (D23, "validate", f"{family}: facts.percent_range", family, 1),
        (D23, "validate", f"{family}: facts.surface_matches", family, 1),
    ]


def test_run_history_is_newest_first_with_durations(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT run_id, status, duration_seconds, facts_loaded, stage_seconds['load'] FROM run_history"
    ).fetchall()
    assert rows == [("r2", "success", 12.0, 5, 0.25), ("r1", "success", 30.5, 5, 0.25)]


def test_facts_about_matches_subject_case_insensitively_with_headline(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT fact_id, pub_date, headline, subject FROM facts_about('%jihadist%')"
    ).fetchall()
    assert rows == [
        ("f1", D22, "Raqa assault", "IS Jihadists"),
        ("f5", D23, "Marathon record", "jihadist fighters"),
    ]


def test_facts_about_pattern_is_a_value_not_sql(con: duckdb.DuckDBPyConnection) -> None:
    hostile = "x' ; DROP TABLE facts; --"
    assert con.execute("SELECT * FROM facts_about(?)", [hostile]).fetchall() == []
    assert con.execute("SELECT count(*) FROM facts").fetchone() == (5,)


def test_facts_of_kind_filters_kind_and_inclusive_dates(con: duckdb.DuckDBPyConnection) -> None:
    def ids(*args: Any) -> list[str]:
        return [
            r[0] for r in con.execute("SELECT fact_id FROM facts_of_kind(?, ?, ?)", list(args)).fetchall()
        ]

    assert ids("count", "2026-11-22", "2026-11-23") == ["f1", "f5"]
    assert ids("count", "2026-11-23", None) == ["f5"]
    assert ids("count", None, D22) == ["f1"]
    assert ids("length", None, None) == ["f3", "f4"]
    assert ids("percent", "2026-11-23", "2026-11-23") == []


def _tables_and_columns_of_0001_and_0002() -> set[tuple[str, str]]:
    """Every (table, column) that exists after the first two migrations, schema_version included."""
    scratch = duckdb.connect()
    current_version(scratch)
    for number, _, sql in available_migrations():
        if number <= 2:
            scratch.execute(sql)
    pairs = scratch.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal"
    ).fetchall()
    scratch.close()
    return set(pairs)


def test_every_table_and_column_of_0001_and_0002_has_a_comment(con: duckdb.DuckDBPyConnection) -> None:
    expected = _tables_and_columns_of_0001_and_0002()
    assert ("schema_version", "applied_at") in expected and ("source_cursors", "cursor") in expected
    comments = dict(
        ((t, c), comment)
        for t, c, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns()"
        ).fetchall()
    )
    missing = sorted(pair for pair in expected if not (comments.get(pair) or "").strip())
    assert missing == []
    table_comments = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    assert sorted(t for t, _ in expected if not (table_comments.get(t) or "").strip()) == []


def test_every_view_column_and_macro_has_a_comment(con: duckdb.DuckDBPyConnection) -> None:
    views = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
    assert all((views.get(v) or "").strip() for v in VIEWS)
    # DuckLake keeps no comment on a view's columns or a macro: migrations keep those in object_comments
    blank = con.execute(
        "SELECT c.table_name, c.column_name FROM duckdb_columns() AS c LEFT JOIN object_comments AS o "
        "ON o.object_name = c.table_name AND o.column_name = c.column_name WHERE c.table_name IN ? "
        "AND coalesce(trim(c.comment), trim(o.comment), '') = ''",
        [list(VIEWS)],
    ).fetchall()
    assert blank == []
    macros = dict(
        con.execute("SELECT object_name, comment FROM object_comments WHERE column_name IS NULL").fetchall()
    )
    assert all((macros.get(m) or "").strip() for m in MACROS)


def test_comments_reach_describe_for_analysts(con: duckdb.DuckDBPyConnection) -> None:
    comment = con.execute(
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'facts' AND column_name = 'start'"
    ).fetchone()
    assert comment is not None and "0-based" in comment[0] and "articles.body" in comment[0]


def test_an_old_duckdb_file_moves_into_the_lakehouse_with_one_command(tmp_path: Path) -> None:
    """A warehouse of the previous version (a DuckDB file, here at schema 0001) is upgraded by
    ``python -m warehouse.upgrade OLD``: its rows land in the DuckLake, the old file is unchanged."""
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    current_version(old)
    _, name, sql = available_migrations()[0]
    old.execute(sql)
    old.execute("INSERT INTO schema_version (version, name) VALUES (1, ?)", [name])
    add_article(old, "a1", D22, "Raqa assault")
    add_fact(old, "f1", "a1", D22, surface="70 percent", value=70.0, unit="percent", kind="percent",
             subject="the city")  # fmt: skip
    old.close()
    before = path.read_bytes()

    done = subprocess.run(
        [sys.executable, "-m", "warehouse.upgrade", str(path), "--warehouse", str(tmp_path / "new.sqlite")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "facts" in done.stdout and "copied in snapshot" in done.stdout
    assert path.read_bytes() == before
    con = connect(tmp_path / "new.sqlite", read_only=True)
    assert con.execute("SELECT fact_id, headline FROM facts_about('%CITY%')").fetchall() == [
        ("f1", "Raqa assault")
    ]
    assert con.execute("SELECT fact_id, value FROM facts_of_kind('percent', NULL, NULL)").fetchall() == [
        ("f1", 70.0)
    ]
    con.close()
    again = subprocess.run(
        [sys.executable, "-m", "warehouse.upgrade", str(path), "--warehouse", str(tmp_path / "new.sqlite")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (
        again.returncode == 2 and again.stderr.startswith("error: ") and "already holds rows" in again.stderr
    )
    assert "Traceback" not in again.stderr


def test_views_do_not_block_the_loaders_replace_or_a_later_alter(con: duckdb.DuckDBPyConnection) -> None:
    con.begin()
    con.execute("DELETE FROM facts WHERE ingest_date = ?", [D23])
    add_fact(con, "f9", "a2", D23, surface="9 km", value=9.0, unit="kilometre", kind="length")
    con.execute("UPDATE articles SET pub_status = 'usable' WHERE article_id = 'a2'")
    con.commit()
    con.execute("ALTER TABLE runs ADD COLUMN later_count INTEGER DEFAULT 0")
    con.execute("ALTER TABLE facts ADD COLUMN later_note VARCHAR")
    assert con.execute("SELECT sum(fact_count) FROM facts_by_day").fetchone() == (1,)
    assert len(con.execute("SELECT * FROM run_history").fetchall()) == 2
