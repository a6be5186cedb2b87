"""The command line as a user types it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app

runner = CliRunner()


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "run" in result.output and "extract" in result.output


def test_extract_reads_jsonl_and_keeps_ids() -> None:
    lines = "\n".join(
        json.dumps(obj)
        for obj in [
            {"id": "s1", "text": "IS still controls 70 percent of the city."},
            {"id": 7, "text": "No digits."},
        ]
    )
    result = runner.invoke(app, ["extract", "--format", "jsonl", "--input-jsonl"], input=lines + "\n")
    assert result.exit_code == 0
    (fact,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (fact["id"], fact["surface"], fact["value"], fact["unit"]) == ("s1", "70 percent", 70.0, "percent")
    assert fact["subject"] == "the city"


def test_extract_names_a_text_the_extractor_fails_on_and_prints_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One text tripping an extractor fault costs only that text, with one line on stderr."""
    from transforms.extract import EXTRACTOR_VERSION
    from transforms.extract import extract as real_extract

    def extract(text: str, **kwargs: object) -> object:
        if "ECU" in text:
            raise ValueError("could not convert string to float: 'ECU 54.4026'")
        return real_extract(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("transforms.extract.extract", extract)
    lines = "\n".join(
        json.dumps(obj)
        for obj in [
            {"id": "bad", "text": "The ECU was fixed at ECU 54.4026/35."},
            {"id": "good", "text": "IS still controls 70 percent of the city."},
        ]
    )
    result = runner.invoke(app, ["extract", "--format", "jsonl", "--input-jsonl"], input=lines + "\n")
    assert result.exit_code == 0
    (fact,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (fact["id"], fact["surface"]) == ("good", "70 percent")
    assert f"wirefacts: bad: extractor {EXTRACTOR_VERSION} failed: ValueError:" in result.stderr


def test_extract_reads_the_story_context_that_says_what_a_fact_is_about() -> None:
    line = json.dumps(
        {
            "id": "r1",
            "text": "Net 24,000 vs 612,000",
            "headline": "CHEMICAL BANK <CHL> 1ST QTR NET",
            "dateline": "NEW YORK",
        }
    )
    result = runner.invoke(app, ["extract", "--input-jsonl"], input=line + "\n")
    assert result.exit_code == 0
    facts = [json.loads(row) for row in result.stdout.splitlines()]
    assert [(f["subject"], f["subject_head"], f["unit"], f["about"], f["place"]) for f in facts] == [
        ("net income", "income", "US dollar", "Chemical Bank", "New York")
    ] * 2


def test_extract_table_prints_null_as_sql_does() -> None:
    result = runner.invoke(app, ["extract", "--format", "table"], input="Two holes were made.")
    assert result.exit_code == 0
    assert "NULL" in result.stdout and "None" not in result.stdout
    assert "subject_head" in result.stdout


def test_extract_refuses_a_text_over_the_article_limits() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "extract"],
        input="1 " * 3000,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and proc.stdout == ""
    assert "limits.max_numbers_per_article" in proc.stderr and "Traceback" not in proc.stderr


def test_extract_plain_text_from_stdin_in_a_real_process() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "extract"],
        input="The coalition estimates that around 2,500 IS jihadists are defending Raqa.",
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    (fact,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (fact["id"], fact["value"], fact["qualifier"]) == (None, 2500.0, "approximate")


def test_extract_does_not_import_great_expectations_or_prefect() -> None:
    code = (
        "import sys; from flows.cli import app; from typer.testing import CliRunner; "
        "CliRunner().invoke(app, ['extract'], input='two holes'); "
        "print(sorted(m for m in ('great_expectations', 'prefect') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_the_printed_duckdb_command_names_a_shipped_shell() -> None:
    """`make run` ends with a DuckDB command to paste; its shell must exist (duckdb-cli ships it)."""
    from flows.cli.night_commands import _duckdb_command

    command = _duckdb_command()
    if command == "uv run duckdb":
        assert (Path(sys.executable).parent / "duckdb").exists()
    else:
        assert Path(command).exists()


def test_backfill_prints_one_row_per_night() -> None:
    from datetime import date

    from rich.console import Console

    from flows.cli.backfill_command import _backfill_table
    from flows.results import RunSummary

    nights = [
        RunSummary(
            "r",
            date(1987, 3, d),
            "corpus",
            status,
            "lake",
            "w.duckdb",
            articles_loaded=articles,
            facts_loaded=facts,
            duplicates=0,
            quarantined=1,
            stage_seconds={"parse": 0.5, "extract": 1.25},
        )
        for d, status, articles, facts in [(1, "success", 120, 840), (2, "rejected", 0, 0)]
    ]
    console = Console(record=True, width=120)
    console.print(_backfill_table(nights))
    lines = [line for line in console.export_text().splitlines() if "1987-03-0" in line]
    assert [line.split()[1:8:2] for line in lines] == [
        ["1987-03-01", "success", "120", "840"],
        ["1987-03-02", "rejected", "0", "0"],
    ]


def test_a_local_run_page_becomes_a_link_the_prefect_ui_can_follow(tmp_path: Path) -> None:
    from flows.pipeline import run_page_link

    page = tmp_path / "runs" / "r1.html"
    assert run_page_link(str(page)) == page.resolve().as_uri()
    assert run_page_link("s3://bucket/docs/runs/r1.html") == "s3://bucket/docs/runs/r1.html"
    assert run_page_link(None) is None


def test_the_printed_facts_query_opens_the_warehouse_in_the_shipped_shell(sample_warehouse: Path) -> None:
    """The command `wirefacts run` ends with, pasted as printed, lists the night's facts."""
    import shlex

    from flows.cli.night_commands import facts_query_command
    from warehouse.catalog import Catalog

    argv = shlex.split(facts_query_command(Catalog.sqlite(sample_warehouse)))
    shell = argv[:2] == ["uv", "run"] and argv[2:3] == ["duckdb"]
    argv = [str(Path(sys.executable).parent / "duckdb"), *argv[3:]] if shell else argv
    out = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=True).stdout
    assert "surface" in out and "20 rows" in out


def test_the_console_script_keeps_every_line_and_the_exit_code() -> None:
    """`wirefacts` leaves without tearing the interpreter down: its output is still all there,
    when piped, and a user's mistake still exits 2 with its one line."""
    many = "\n".join(f"The cargo weighed {i + 1} tonnes." for i in range(300))
    command = [sys.executable, "-m", "flows.cli", "extract"]
    done = subprocess.run(command, input=many, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    values = [json.loads(line)["value"] for line in done.stdout.splitlines()]
    assert values == [float(i + 1) for i in range(300)]  # the last lines too: nothing lost at exit
    refused = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--date", "2026-13-01"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 2
    assert refused.stderr.strip() == "wirefacts: --date '2026-13-01' is not a date like 2026-11-23"
