"""``wirefacts sql`` as an analyst types it: a table, CSV, JSON lines, and exit 2 on a refusal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from warehouse.connection import connect

runner = CliRunner()
QUERY = "SELECT fact_id, value, unit, subject FROM facts ORDER BY fact_id"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed warehouse with two facts (one with NULL unit and subject) of one article."""
    path = tmp_path_factory.mktemp("cli-sql") / "w.sqlite"
    con = connect(path)
    con.execute(
        'INSERT INTO facts (fact_id, article_id, pub_date, sentence_index, sentence, "start", "end", '
        "surface, value, qualifier, unit, kind, subject, extractor_version, ingest_date) VALUES "
        "('f1', 'a1', DATE '2026-11-23', 0, 's', 0, 10, '70 percent', 70, 'exact', 'percent', 'percent', "
        "'the city, north', 't', DATE '2026-11-23'), "
        "('f2', 'a1', DATE '2026-11-23', 0, 's', 11, 16, 'three', 3, 'exact', NULL, 'count', NULL, 't', "
        "DATE '2026-11-23')"
    )
    con.close()
    return path


def test_default_output_is_a_table(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), QUERY])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("fact_id" in line and "subject" in line for line in lines)
    assert any("f1" in line and "70.0" in line and "the city, north" in line for line in lines)
    assert any("f2" in line and "NULL" in line for line in lines)
    assert "2 rows" in result.stdout


def test_csv_is_quoted_with_a_header_and_empty_nulls(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), "--csv", QUERY])
    assert result.exit_code == 0, result.output
    assert result.stdout == 'fact_id,value,unit,subject\nf1,70.0,percent,"the city, north"\nf2,3.0,,\n'


def test_json_is_one_object_per_line(warehouse: Path) -> None:
    sql = "SELECT fact_id, pub_date, value FROM facts WHERE subject ILIKE ?"
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), "--json", sql, "--param", "%CITY%"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"fact_id": "f1", "pub_date": "2026-11-23", "value": 70.0}
    ]


def test_params_bind_in_order(warehouse: Path) -> None:
    args = [
        "sql",
        "--warehouse",
        str(warehouse),
        "--csv",
        "SELECT fact_id FROM facts WHERE kind = ? AND value > ?",
    ]
    result = runner.invoke(app, [*args, "--param", "count", "--param", "2"])
    assert result.stdout == "fact_id\nf2\n"


def test_an_injection_through_param_is_harmless(warehouse: Path) -> None:
    hostile = "x' ; DROP TABLE facts; --"
    result = runner.invoke(
        app,
        ["sql", "--warehouse", str(warehouse), "--csv", "SELECT * FROM facts_about(?)", "--param", hostile],
    )
    assert result.exit_code == 0, result.output
    again = runner.invoke(
        app, ["sql", "--warehouse", str(warehouse), "--csv", "SELECT count(*) AS n FROM facts"]
    )
    assert again.stdout == "n\n2\n"


def test_a_refused_write_exits_2_with_one_red_line(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), "DROP TABLE facts"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: the warehouse is opened read-only: INSERT/UPDATE/DELETE/CREATE")
    assert result.stderr.count("\n") == 1


def test_a_bad_query_exits_2_with_duckdbs_reason(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), "SELECT * FROM nope"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: Catalog Error: Table with name nope does not exist!")


def test_csv_and_json_together_are_refused(warehouse: Path) -> None:
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), "--csv", "--json", "SELECT 1"])
    assert result.exit_code == 2
    assert "choose one of --csv and --json" in result.stderr


def test_the_warehouse_defaults_to_the_configured_one(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIREFACTS_WAREHOUSE", str(warehouse))
    result = runner.invoke(app, ["sql", "--csv", "SELECT count(*) AS n FROM facts"])
    assert (result.exit_code, result.stdout) == (0, "n\n2\n")


def test_the_command_is_listed_and_does_not_import_duckdb_at_start() -> None:
    assert "sql" in runner.invoke(app, ["--help"]).stdout
    code = "import sys, flows.cli; print('duckdb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_a_runaway_query_ends_at_the_configured_limit_with_exit_2(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIREFACTS_SQL__TIMEOUT_SECONDS", "1")
    runaway = "SELECT count(*) FROM range(40000000000) t(x) WHERE x % 7 = 3"
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), runaway])
    assert result.exit_code == 2
    assert "stopped after the 1 s limit" in result.output


def test_reading_a_host_file_exits_2_and_prints_nothing_of_it(warehouse: Path) -> None:
    result = runner.invoke(
        app, ["sql", "--warehouse", str(warehouse), "SELECT * FROM read_text('/etc/passwd')"]
    )
    assert result.exit_code == 2
    assert "queries may read only the warehouse" in result.output
    assert "root:" not in result.output


def test_piped_output_keeps_long_values_whole(warehouse: Path) -> None:
    """Piped (not a terminal) the table is as wide as its values: no "2026-…" or cut sentences."""
    long_text = "a sentence long enough to be cut at eighty columns " * 4
    query = "SELECT DATE '2026-11-23' AS pub_date, ? AS sentence, fact_id FROM facts ORDER BY fact_id"
    result = runner.invoke(app, ["sql", "--warehouse", str(warehouse), query, "--param", long_text])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if "f1" in line]
    assert len(rows) == 1
    assert "2026-11-23" in rows[0] and long_text.strip() in rows[0]
    assert "…" not in result.stdout
