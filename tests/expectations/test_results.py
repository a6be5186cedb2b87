"""validation_results rows: the Arrow table, the warehouse table, and the density history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from expectations.results import VALIDATION_RESULTS, validation_results_table
from expectations.suites import DENSITY_RULE
from expectations.validate import RuleResult
from warehouse.connection import connect
from warehouse.validation_store import density_history, store_validation_results

NIGHT = date(2026, 11, 23)
NOT_MATCH = "ExpectColumnValuesToNotMatchRegex"


def _results(density: float, *, ok: bool = True, page: str = "/lake/d.html") -> list[RuleResult]:
    return [
        RuleResult("facts", "fact_not_a_year", NOT_MATCH, False, 4, 1, False, None, page),
        RuleResult("night", DENSITY_RULE, "ExpectColumnMeanToBeBetween", ok, 1, 0, True, density, page),
    ]


def test_rows_follow_the_schema() -> None:
    table = validation_results_table("run-1", NIGHT, _results(65.5))
    assert table.schema == VALIDATION_RESULTS
    assert table.to_pylist()[0] == {
        "run_id": "run-1",
        "ingest_date": NIGHT,
        "suite": "facts",
        "rule": "fact_not_a_year",
        "expectation": "ExpectColumnValuesToNotMatchRegex",
        "success": False,
        "critical": False,
        "element_count": 4,
        "unexpected_count": 1,
        "observed_value": None,
        "docs_page": "/lake/d.html",
    }


def test_no_results_give_an_empty_table() -> None:
    assert validation_results_table("run-1", NIGHT, []).num_rows == 0


@pytest.fixture
def warehouse(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return connect(tmp_path / "w.sqlite")


def _run(con: duckdb.DuckDBPyConnection, run_id: str, night: date, started: datetime) -> None:
    con.execute(
        "INSERT INTO runs (run_id, ingest_date, source, started_at, finished_at, status, fetched, "
        "new_payloads, articles_read, duplicates, quarantined, articles_loaded, facts_loaded, "
        "extractor_version) VALUES (?, ?, 's', ?, ?, 'success', 0, 0, 0, 0, 0, 0, 0, 'v')",
        [run_id, night, started, started],
    )


def test_the_warehouse_table_has_the_schema_and_comments(warehouse: duckdb.DuckDBPyConnection) -> None:
    columns = warehouse.execute(
        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'validation_results'"
    ).fetchall()
    assert [name for name, _ in columns] == VALIDATION_RESULTS.names
    assert all(comment for _, comment in columns)
    [(table_comment,)] = warehouse.execute(
        "SELECT comment FROM duckdb_tables() WHERE table_name = 'validation_results'"
    ).fetchall()
    assert "Data Docs" in table_comment


def test_storing_a_run_again_replaces_its_rows(warehouse: duckdb.DuckDBPyConnection) -> None:
    store_validation_results(warehouse, validation_results_table("run-1", NIGHT, _results(60.0)))
    store_validation_results(warehouse, validation_results_table("run-1", NIGHT, _results(61.0)))
    store_validation_results(warehouse, validation_results_table("run-2", NIGHT, _results(62.0)))
    rows = warehouse.execute(
        "SELECT run_id, observed_value FROM validation_results WHERE rule = ? ORDER BY run_id", [DENSITY_RULE]
    ).fetchall()
    assert rows == [("run-1", 61.0), ("run-2", 62.0)]


def test_storing_rolls_back_with_the_callers_transaction(warehouse: duckdb.DuckDBPyConnection) -> None:
    warehouse.begin()
    store_validation_results(warehouse, validation_results_table("run-1", NIGHT, _results(60.0)))
    warehouse.rollback()
    assert warehouse.execute("SELECT count(*) FROM validation_results").fetchone() == (0,)


def test_density_history_takes_the_latest_passing_run_of_each_night(
    warehouse: duckdb.DuckDBPyConnection,
) -> None:
    nights = [
        ("old", date(2026, 11, 20), 50.0, True, 1),
        ("rerun-early", date(2026, 11, 21), 40.0, True, 1),
        ("rerun-late", date(2026, 11, 21), 45.0, True, 2),
        ("broken", date(2026, 11, 22), 0.0, False, 1),
        ("tonight", NIGHT, 70.0, True, 1),
    ]
    for run_id, night, density, ok, hour in nights:
        _run(warehouse, run_id, night, datetime(night.year, night.month, night.day, hour, tzinfo=UTC))
        store_validation_results(warehouse, validation_results_table(run_id, night, _results(density, ok=ok)))
    assert density_history(warehouse, before=NIGHT) == [45.0, 50.0]
    assert density_history(warehouse, before=NIGHT, nights=1) == [45.0]
