"""Loading a night is one transaction that replaces what the night owns."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from transforms.quarantine import QuarantineEntry, quarantine_table
from transforms.schemas import ARTICLES, DELIVERIES, FACTS, KILL_NOTICES, RAW_FILES
from warehouse.connection import connect
from warehouse.history import known_content_hashes, landed_elsewhere
from warehouse.loader import NightBatch, load_night
from warehouse.runs import put_run

NIGHT = date(2026, 11, 23)


def _article(article_id: str) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "content_hash": f"h-{article_id}",
        "raw_hash": f"r-{article_id}",
        "source": "s",
        "source_uri": None,
        "format": "afp_text",
        "item_ref": None,
        "agency_id": None,
        "agency_version": None,
        "pub_status": "usable",
        "headline": "H",
        "dateline_city": None,
        "agency": None,
        "language": None,
        "byline": None,
        "published_at": None,
        "pub_date": NIGHT,
        "date_source": "run_date",
        "body": "Two holes.",
        "subheads": [],
        "paragraph_count": 1,
        "word_count": 2,
        "boilerplate_removed": 0,
        "ingest_date": NIGHT,
    }


def _fact(fact_id: str, article_id: str) -> dict[str, Any]:
    return {
        "fact_id": fact_id,
        "article_id": article_id,
        "pub_date": NIGHT,
        "sentence_index": 0,
        "sentence": "Two holes.",
        "start": 0,
        "end": 3,
        "surface": "Two",
        "value": 2.0,
        "low": 2.0,
        "high": 2.0,
        "qualifier": "exact",
        "change": None,
        "unit": None,
        "kind": "count",
        "si_value": None,
        "si_unit": None,
        "subject": "holes",
        "linked_fact_id": None,
        "extractor_version": "t",
        "ingest_date": NIGHT,
    }


def _batch(article_ids: list[str], run_id: str, reason: str = "payload is empty") -> NightBatch:
    raw = [
        {
            "raw_hash": f"r-{a}",
            "source": "s",
            "source_uri": f"file:///{a}",
            "raw_path": "/x",
            "size_bytes": 1,
            "fetched_at": datetime(2026, 11, 23, tzinfo=UTC),
            "ingest_date": NIGHT,
        }
        for a in article_ids
    ]
    deliveries = [
        {
            "disposition": "loaded",
            "raw_hash": f"r-{a}",
            "item_ref": None,
            "source": "s",
            "source_uri": None,
            "content_hash": f"h-{a}",
            "article_id": a,
            "is_duplicate": False,
            "ingest_date": NIGHT,
        }
        for a in article_ids
    ]
    return NightBatch(
        ingest_date=NIGHT,
        articles=pa.Table.from_pylist([_article(a) for a in article_ids], schema=ARTICLES),
        deliveries=pa.Table.from_pylist(deliveries, schema=DELIVERIES),
        facts=pa.Table.from_pylist([_fact(f"f-{a}", a) for a in article_ids], schema=FACTS),
        raw_files=pa.Table.from_pylist(raw, schema=RAW_FILES),
        kill_notices=KILL_NOTICES.empty_table(),
        quarantine=quarantine_table([QuarantineEntry("read", reason, "s", raw_ref="bad")], NIGHT, run_id),
        run={
            "run_id": run_id,
            "ingest_date": NIGHT,
            "source": "s",
            "started_at": datetime.now(UTC),
            "finished_at": datetime.now(UTC),
            "status": "success",
            "fetched": 1,
            "new_payloads": 1,
            "articles_read": 1,
            "duplicates": 0,
            "quarantined": 1,
            "articles_loaded": 1,
            "facts_loaded": 1,
            "extractor_version": "t",
        },
    )


def _snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
        for t in ("articles", "facts", "deliveries", "raw_files", "quarantine")
    }


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return connect(tmp_path / "w.sqlite")


def test_loading_the_same_night_twice_changes_nothing_but_runs(con: duckdb.DuckDBPyConnection) -> None:
    load_night(con, _batch(["a1", "a2"], "run-1"))
    before = _snapshot(con)
    load_night(con, _batch(["a1", "a2"], "run-2"))
    assert _snapshot(con) == before
    assert con.execute("SELECT run_id FROM quarantine").fetchall() == [("run-1",)]
    assert con.execute("SELECT count(*) FROM runs").fetchone() == (2,)


def test_reloading_with_fewer_rows_removes_the_rest(con: duckdb.DuckDBPyConnection) -> None:
    load_night(con, _batch(["a1", "a2"], "run-1"))
    load_night(con, _batch(["a1"], "run-2", reason="another reason"))
    assert con.execute("SELECT article_id FROM articles").fetchall() == [("a1",)]
    assert con.execute("SELECT fact_id FROM facts").fetchall() == [("f-a1",)]
    assert con.execute("SELECT reason, run_id FROM quarantine").fetchall() == [("another reason", "run-2")]


def test_a_failed_load_leaves_the_previous_state(con: duckdb.DuckDBPyConnection) -> None:
    load_night(con, _batch(["a1"], "run-1"))
    before = _snapshot(con)
    broken = _batch(["a2"], "run-2")
    bad_run = dict(broken.run, status=None)  # NOT NULL violation after the deletes ran
    with pytest.raises(duckdb.ConstraintException):
        load_night(con, replace(broken, run=bad_run))
    assert _snapshot(con) == before


def test_refused_night_writes_quarantine_and_run_only(con: duckdb.DuckDBPyConnection) -> None:
    load_night(con, _batch(["a1"], "run-1"))
    load_night(con, replace(_batch(["a2"], "run-2", reason="too many failures"), load_data=False))
    assert con.execute("SELECT article_id FROM articles").fetchall() == [("a1",)]
    assert con.execute("SELECT reason FROM quarantine").fetchall() == [("too many failures",)]


def test_lookups_ignore_the_night_being_reloaded(con: duckdb.DuckDBPyConnection) -> None:
    load_night(con, _batch(["a1"], "run-1"))
    hashes = pa.array(["h-a1", "h-zz"])
    assert known_content_hashes(con, hashes, NIGHT).to_pylist() == []
    assert known_content_hashes(con, hashes, date(2026, 11, 24)).to_pylist() == ["h-a1"]
    assert landed_elsewhere(con, date(2026, 11, 24)) == {"r-a1"}
    assert landed_elsewhere(con, NIGHT) == set()


def test_kill_notice_withdraws_facts_loaded_by_an_earlier_night(con: duckdb.DuckDBPyConnection) -> None:
    first = _batch(["a1", "a2"], "run-1")
    story = first.articles.to_pylist()
    story[0].update(agency_id="urn:story", agency_version=1)
    load_night(con, replace(first, articles=pa.Table.from_pylist(story, schema=ARTICLES)))
    kill = {
        "agency_id": "urn:story",
        "agency_version": 1,
        "pub_status": "canceled",
        "source": "s",
        "raw_hash": "k",
        "item_ref": None,
        "ingest_date": date(2026, 11, 24),
    }
    empty = _batch([], "run-2")
    night2 = replace(
        empty, ingest_date=date(2026, 11, 24), kill_notices=pa.Table.from_pylist([kill], schema=KILL_NOTICES)
    )
    load_night(con, night2)
    assert con.execute("SELECT fact_id FROM facts").fetchall() == [("f-a2",)]
    assert con.execute("SELECT article_id, pub_status FROM articles ORDER BY 1").fetchall() == [
        ("a1", "canceled"),
        ("a2", "usable"),
    ]
    load_night(con, replace(first, articles=pa.Table.from_pylist(story, schema=ARTICLES)))  # re-run night 1
    assert con.execute("SELECT fact_id FROM facts").fetchall() == [("f-a2",)]


def _on_night(batch: NightBatch, night: date, run_id: str) -> NightBatch:
    """The same stories delivered on another night (another payload), as a second night would load them."""

    def dated(table: pa.Table) -> pa.Table:
        index = table.schema.get_field_index("ingest_date")
        return table.set_column(index, "ingest_date", pa.array([night] * table.num_rows, pa.date32()))

    raw = batch.raw_files.set_column(
        0, "raw_hash", pa.array([f"n2-{h}" for h in batch.raw_files["raw_hash"].to_pylist()])
    )
    return replace(
        batch,
        ingest_date=night,
        articles=dated(batch.articles),
        deliveries=dated(batch.deliveries),
        facts=dated(batch.facts),
        raw_files=dated(raw),
        quarantine=quarantine_table([], night, run_id),
        run=dict(batch.run, run_id=run_id, ingest_date=night, articles_loaded=2, facts_loaded=2),
    )


def test_two_nights_settled_at_once_still_load_each_story_once(con: duckdb.DuckDBPyConnection) -> None:
    """Red-team finding: two nights run at once stored 16 articles, 8 distinct.

    Both nights settle (check for repeats) before either loads, as two concurrent runs
    do; the load's own check inside its transaction must still keep one copy.
    """
    night_a = _batch(["a1", "a2"], "run-a")
    night_b = _on_night(_batch(["a1", "a2"], "run-b"), date(2026, 11, 24), "run-b")
    for batch in (night_a, night_b):  # settle both: neither sees the other
        assert known_content_hashes(con, batch.articles["content_hash"], batch.ingest_date).to_pylist() == []
    load_night(con, night_a)
    load_night(con, night_b)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (2, 2)
    assert con.execute("SELECT count(*), count(DISTINCT fact_id) FROM facts").fetchone() == (2, 2)
    night_b_deliveries = con.execute(
        "SELECT disposition, is_duplicate, count(*) FROM deliveries WHERE ingest_date = DATE '2026-11-24' "
        "GROUP BY ALL"
    ).fetchall()
    assert night_b_deliveries == [("duplicate", True, 2)]
    assert con.execute("SELECT count(*) FROM raw_files").fetchone() == (4,)
    run_b = "SELECT articles_loaded, duplicates FROM runs WHERE run_id = 'run-b'"
    assert con.execute(run_b).fetchone() == (0, 2)
    load_night(con, night_a)  # re-running either night keeps one copy
    load_night(con, night_b)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (2, 2)


def test_the_lake_gets_what_the_load_kept_not_what_was_settled(con: duckdb.DuckDBPyConnection) -> None:
    """Two nights settled at once: the second's lake files must not hold the story the first loaded.

    The lake is written from the rows the load keeps after its own duplicate check
    (inside the transaction), so the lake and the warehouse agree.
    """
    night_a = _batch(["a1", "a2"], "run-a")
    night_b = _on_night(_batch(["a1", "a2"], "run-b"), date(2026, 11, 24), "run-b")
    written: list[NightBatch] = []
    load_night(con, night_a, kept=written.append)
    kept_b = load_night(con, night_b, kept=written.append)
    assert [batch.articles.num_rows for batch in written] == [2, 0]
    assert written[1].articles is kept_b.articles and kept_b.facts.num_rows == 0


def test_a_failing_lake_write_commits_nothing(con: duckdb.DuckDBPyConnection) -> None:
    def broken(_: NightBatch) -> None:
        raise OSError("lake unreachable")

    with pytest.raises(OSError, match="lake unreachable"):
        load_night(con, _batch(["a1"], "run-1"), kept=broken)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def _settling(batch: NightBatch, settled: list[int]) -> Any:
    """A settle that counts its runs and builds ``batch``."""

    def settle(_: duckdb.DuckDBPyConnection) -> NightBatch:
        settled.append(1)
        return batch

    return settle


def _another_writer_commits(tmp_path: Path, write: Any) -> Any:
    """A ``before_commit`` that makes another connection commit ``write`` first, on the first attempt only."""
    done: list[bool] = []

    def commit_first() -> None:
        if not done:
            done.append(True)
            other = connect(tmp_path / "w.sqlite")
            try:
                write(other)
            finally:
                other.close()

    return commit_first


def test_a_load_that_lost_its_commit_to_a_running_row_writes_its_batch_without_settling_again(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    """In a backfill, the commit a load loses is most often another night's ``running`` row:
    the retry writes the settled batch again (settle reads no ``runs``); the rows are right."""
    settled: list[int] = []
    other_night = _batch(["b1"], "run-other").run

    def running(other: duckdb.DuckDBPyConnection) -> None:
        put_run(other, dict(other_night, ingest_date=date(2026, 11, 24), status="running"))

    kept = load_night(
        con, _settling(_batch(["a1", "a2"], "run-1"), settled), _another_writer_commits(tmp_path, running)
    )
    assert settled == [1]
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert con.execute("SELECT run_id, status FROM runs ORDER BY run_id").fetchall() == [
        ("run-1", "success"),
        ("run-other", "running"),
    ]
    assert con.execute("SELECT snapshot_id FROM runs WHERE run_id = 'run-1'").fetchone() == (
        kept.run["snapshot_id"],
    )


def test_a_load_that_lost_its_commit_to_stored_articles_settles_again(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    """Rows settle reads changed under the load: the retry settles against them (a batch settled
    before another night's articles were stored could repeat them)."""
    load_night(con, _on_night(_batch(["a9"], "run-0"), date(2026, 11, 22), "run-0"))
    settled: list[int] = []

    def killed(other: duckdb.DuckDBPyConnection) -> None:
        other.execute("UPDATE articles SET pub_status = 'withdrawn' WHERE article_id = 'a9'")

    load_night(con, _settling(_batch(["a1"], "run-1"), settled), _another_writer_commits(tmp_path, killed))
    assert settled == [1, 1]
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
