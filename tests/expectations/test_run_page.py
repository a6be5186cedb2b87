"""The offline run page lists every rule and failing row; the night reports add charts over time."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path

import duckdb
import pyarrow as pa
from night_builders import NOW

from expectations.checkpoint import validate_night
from expectations.report_charts import SVG_NS
from expectations.run_page import FailingRow, failing_rows, write_reports, write_run_page
from expectations.validate import RuleResult
from flows.runs import run_row
from warehouse.connection import connect
from warehouse.runs import put_run


def _result(rule: str, success: bool, page: Path, unexpected: int = 0) -> RuleResult:
    return RuleResult(
        "facts",
        rule,
        "ExpectColumnValuesToBeInSet",
        success,
        10,
        unexpected,
        critical=False,
        docs_page=str(page),
    )


def test_run_page_and_index(tmp_path: Path) -> None:
    gx_page = tmp_path / "validations" / "facts" / "run-1" / "page.html"
    results = [_result("kind_known", True, gx_page), _result("unit_known", False, gx_page, unexpected=3)]
    page = write_run_page(tmp_path, "run-1", "night 2026-11-23, run run-1: passed", results)
    html = page.read_text()
    assert page == tmp_path / "runs" / "run-1.html"
    assert html.index("unit_known") < html.index("kind_known")  # failures first
    assert '<tr class="failed"><td>FAILED</td><td>facts</td><td>unit_known</td><td>no</td><td>3</td>' in html
    assert 'href="../validations/facts/run-1/page.html"' in html
    write_run_page(tmp_path, "run-2", "night 2026-11-24, run run-2: passed", results[:1])
    index = (tmp_path / "runs" / "index.html").read_text()
    assert 'href="run-1.html"' in index and 'href="run-2.html"' in index
    assert "<script" not in html + index


def test_workers_writing_run_pages_at_once_all_succeed_and_the_index_lists_every_page(tmp_path: Path) -> None:
    """A backfill's workers validate nights at the same moments; each rewrites the shared runs index."""

    def write(worker: int) -> None:
        for night in range(25):
            write_run_page(tmp_path, f"w{worker}-n{night}", f"night {night} of worker {worker}", [])

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, range(4)))  # re-raises a worker's error
    index = (tmp_path / "runs" / "index.html").read_text()
    assert index.count("<li>") == 100
    assert not [p for p in (tmp_path / "runs").iterdir() if p.name.endswith(".partial")]


def test_titles_are_escaped(tmp_path: Path) -> None:
    page = write_run_page(tmp_path, "r", "<b>night</b>", [])
    assert "&lt;b&gt;night&lt;/b&gt;" in page.read_text()


def test_the_run_page_lists_the_failing_rows_themselves(
    bad_night: tuple[pa.Table, pa.Table], tmp_path: Path
) -> None:
    """Real GX validation of a night whose fact "1990" is a bare year: its row, sentence and reason show."""
    articles, facts = bad_night
    night = validate_night(articles, facts, now=NOW, docs_root=tmp_path, run_name="r-bad", build_docs=False)
    bad_facts = {facts["fact_id"][i].as_py(): rules for i, rules in night.fact_failures.items()}
    rows = failing_rows(articles, facts, {}, bad_facts)
    page = write_run_page(
        tmp_path, "r-bad", "night 2026-11-23: critical expectation failed", night.results, rows
    )
    html = page.read_text()
    year = next(r for r in rows if r.surface == "1990")
    assert year.record == "fact" and "fact_not_a_year" in year.reason
    assert f"<code>{year.record_id}</code></td><td>1990</td>" in html
    assert escape(year.sentence) in html
    kept = json.loads((tmp_path / "runs" / "r-bad.failing.json").read_text())
    assert {r["record_id"] for r in kept} == {r.record_id for r in rows}


def _warehouse_with_two_nights(path: Path) -> duckdb.DuckDBPyConnection:
    """A loaded night and a refused one, recorded as the pipeline records them."""
    con = connect(path)
    for run_id, night, status, error, facts_loaded in (
        ("r22", date(2026, 11, 22), "success", None, 40),
        ("r23", date(2026, 11, 23), "rejected", "facts.fact_not_a_year failed on 1 of 4 rows", 0),
    ):
        started = datetime(2026, 11, night.day + 1, 2, tzinfo=UTC)
        row = run_row(
            run_id,
            night,
            "s",
            status,
            started,
            finished_at=started + timedelta(seconds=20),
            error=error,
            counts={
                "articles_loaded": 3 if facts_loaded else 0,
                "facts_loaded": facts_loaded,
                "quarantined": 2,
            },
            stage_seconds={"extract": 2.0, "validate": 15.0},
        )
        put_run(con, row)
        con.execute(
            "INSERT INTO quarantine (quarantine_id, ingest_date, run_id, source, stage, reason) VALUES "
            "(?, ?, ?, 's', 'read', 'Reuters record NEWID=7 has no body'), "
            "(?, ?, ?, 's', 'read', 'Reuters record NEWID=8 has no body')",
            [f"{run_id}-1", night, run_id, f"{run_id}-2", night, run_id],
        )
    con.execute(
        "INSERT INTO validation_results VALUES ('r23', DATE '2026-11-23', 'facts', 'fact_not_a_year', "
        "'ExpectColumnValuesToNotMatchRegex', false, true, 4, 1, NULL, NULL)"
    )
    return con


def test_night_reports_have_charts_and_the_failing_rows(tmp_path: Path) -> None:
    write_run_page(
        tmp_path,
        "r23",
        "night 2026-11-23: refused",
        [],
        [
            FailingRow(
                "fact", "f1", "1990", "It began in 1990.", "fact failed expectation(s): facts.fact_not_a_year"
            )
        ],
    )
    con = _warehouse_with_two_nights(tmp_path / "w.sqlite")
    try:
        index = write_reports(con, tmp_path)
    finally:
        con.close()
    html = index.read_text()
    assert html.count("<svg") == 3 and "<script" not in html and "http" not in html.replace(SVG_NS, "")
    assert 'href="night-2026-11-23.html"' in html and "refused" in html
    night = (tmp_path / "reports" / "night-2026-11-23.html").read_text()
    assert "night 2026-11-23: refused" in night
    assert "<td>fact_not_a_year</td>" in night  # the failed rule
    assert '<td>1990</td><td class="text">It began in 1990.</td>' in night  # the failing row itself
    assert "read: Reuters record NEWID=&lt;n&gt; has no body" in night  # quarantine grouped by kind
    assert night.count("<svg") == 3 and "<rect" in night and "<polyline" in night
