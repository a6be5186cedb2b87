"""The analyst query path refuses writes, binds values and says plainly why it cannot run."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from warehouse import sql as sql_module
from warehouse.connection import connect
from warehouse.sql import QueryError, ReadOnlyQueryError, WarehouseUnavailableError, query

HOSTILE = "x' ; DROP TABLE facts; --"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed warehouse file with one article and one fact, shared read-only by the module."""
    path = tmp_path_factory.mktemp("sql") / "w.sqlite"
    con = connect(path)
    con.execute(
        "INSERT INTO articles (article_id, content_hash, raw_hash, source, format, pub_status, headline, "
        "pub_date, date_source, body, paragraph_count, word_count, boilerplate_removed, ingest_date) "
        "VALUES ('a1', 'h', 'r', 's', 'afp_text', 'usable', 'Raqa', DATE '2026-11-23', 'content', "
        "'IS holds 70 percent of the city.', 1, 7, 0, DATE '2026-11-23')"
    )
    con.execute(
        "INSERT INTO facts (fact_id, article_id, pub_date, sentence_index, sentence, "
        '"start", "end", surface, value, low, high, qualifier, unit, kind, subject, extractor_version, '
        "ingest_date) VALUES "
        "('f1', 'a1', DATE '2026-11-23', 0, 'IS holds 70 percent of the city.', 9, 19, '70 percent', "
        "70, 70, 70, 'exact', 'percent', 'percent', 'the city', 't', DATE '2026-11-23')"
    )
    con.close()
    return path


def _fact_count(path: Path) -> int:
    return int(query(path, "SELECT count(*) FROM facts")[1][0][0])


def test_a_select_returns_columns_and_rows(warehouse: Path) -> None:
    assert query(warehouse, "SELECT fact_id, value FROM facts") == (["fact_id", "value"], [("f1", 70.0)])


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO facts (fact_id) VALUES ('x')",
        "UPDATE facts SET value = 0",
        "DELETE FROM facts",
        "DROP TABLE facts",
        "CREATE TABLE t (a INTEGER)",
        "CREATE TEMP TABLE t (a INTEGER)",
        "ALTER TABLE facts ADD COLUMN x INTEGER",
        "COPY facts TO '{out}'",
        "COPY (SELECT * FROM facts) TO '{out}' (FORMAT parquet)",
        "EXPORT DATABASE '{dir}'",
        "ATTACH '{dir}/other.duckdb' AS other",
        "SELECT 1; DROP TABLE facts",
        "INSTALL httpfs",
        "SET threads = 1",
    ],
)
def test_writes_are_refused_with_the_clear_message(warehouse: Path, tmp_path: Path, statement: str) -> None:
    text = statement.format(out=tmp_path / "out.csv", dir=tmp_path)
    with pytest.raises(
        ReadOnlyQueryError, match=r"^the warehouse is opened read-only: INSERT/UPDATE/DELETE/"
    ):
        query(warehouse, text)
    assert _fact_count(warehouse) == 1
    assert list(tmp_path.iterdir()) == []


def test_duckdbs_own_read_only_refusal_gets_the_same_message(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the parser check ever let a write through, the read-only connection still refuses it."""
    monkeypatch.setattr(sql_module, "READ_STATEMENTS", frozenset(duckdb.StatementType.__members__.values()))
    with pytest.raises(ReadOnlyQueryError, match="opened read-only"):
        query(warehouse, "DELETE FROM facts")
    assert _fact_count(warehouse) == 1


def test_an_injection_through_a_parameter_is_only_a_string(warehouse: Path) -> None:
    assert query(warehouse, "SELECT fact_id FROM facts WHERE subject = ?", [HOSTILE]) == (["fact_id"], [])
    assert _fact_count(warehouse) == 1


def test_a_macro_called_with_a_hostile_subject_is_harmless(warehouse: Path) -> None:
    assert query(warehouse, "SELECT fact_id FROM facts_about(?)", [HOSTILE])[1] == []
    assert query(warehouse, "SELECT fact_id FROM facts_about('x'' ; DROP TABLE facts; --')")[1] == []
    assert _fact_count(warehouse) == 1


def test_parameters_bind_in_order_and_take_the_needed_type(warehouse: Path) -> None:
    rows = query(
        warehouse, "SELECT fact_id, pub_date FROM facts_of_kind(?, ?, ?)", ["percent", "2026-11-23", None]
    )[1]
    assert rows == [("f1", date(2026, 11, 23))]


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(WarehouseUnavailableError, match=r"^no warehouse at .*missing\.sqlite"):
        query(tmp_path / "missing.sqlite", "SELECT 1")
    assert not (tmp_path / "missing.sqlite").exists()


_HOLD_A_LOAD = """
import sys
from warehouse.connection import connect
con = connect(sys.argv[1])
con.begin()
con.execute("DELETE FROM facts")
con.execute("UPDATE load_clock SET loads = loads + 1")
print("holding", flush=True)
sys.stdin.read()
con.commit()
print(con.execute("SELECT count(*) FROM facts").fetchone()[0], flush=True)
"""


def test_a_load_in_progress_in_another_process_neither_blocks_nor_shows_through(tmp_path: Path) -> None:
    """A query during a load's open transaction answers at once, from the snapshot before the load."""
    path = tmp_path / "busy.sqlite"
    con = connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS probe (x INTEGER)")
    con.execute(
        'INSERT INTO facts (fact_id, article_id, pub_date, sentence_index, sentence, start, "end", surface, '
        "qualifier, kind, extractor_version, ingest_date) VALUES ('f1', 'a1', DATE '2026-11-23', 0, 's', "
        "0, 1, "
        "'1', 'exact', 'count', 'v', DATE '2026-11-23')"
    )
    con.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_A_LOAD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert query(path, "SELECT fact_id FROM facts")[1] == [("f1",)]
        out, _ = holder.communicate(input="", timeout=120)
    finally:
        if holder.poll() is None:
            holder.kill()
    assert out.strip() == "0" and holder.returncode == 0  # the load committed despite the reader
    assert query(path, "SELECT count(*) FROM facts")[1] == [(0,)]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("SELECT * FROM no_such_table", r"^Catalog Error: Table with name no_such_table does not exist!"),
        ("SELEC 1", r"^Parser Error: syntax error"),
        ("SELECT 1; SELECT 2", r"^give exactly one statement \(got 2\)$"),
        ("SELECT ?", r"Invalid Input Error"),
    ],
)
def test_a_bad_query_is_one_plain_line(warehouse: Path, statement: str, expected: str) -> None:
    with pytest.raises(QueryError, match=expected) as caught:
        query(warehouse, statement)
    assert not isinstance(caught.value, ReadOnlyQueryError)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_blob('/etc/hostname')",
        "SELECT * FROM glob('/etc/**')",
        "SELECT * FROM read_json('/etc/passwd')",
    ],
)
def test_reading_host_files_is_refused(warehouse: Path, statement: str) -> None:
    """Red-team finding: an analyst query could read any file the user can (``/etc/passwd``)."""
    with pytest.raises(sql_module.ExternalAccessError, match="queries may read only the warehouse"):
        query(warehouse, statement)


def test_files_beside_the_catalog_are_not_readable(tmp_path: Path) -> None:
    """Only the catalog's own files and the data files are readable, not the catalog's whole folder.

    A warehouse kept as ``/srv/wf.sqlite`` or in a home folder made every file there readable
    (``read_text('/srv/secret')``) because the catalog's folder was an allowed directory.
    """
    path = tmp_path / "w.sqlite"
    connect(path).close()
    (tmp_path / "secret.txt").write_text("TOPSECRET")
    with pytest.raises(sql_module.ExternalAccessError, match="queries may read only the warehouse"):
        query(path, f"SELECT content FROM read_text('{tmp_path / 'secret.txt'}')")
    with pytest.raises(sql_module.ExternalAccessError):
        query(path, f"SELECT count(*) FROM glob('{tmp_path}/*')")
    assert query(path, "SELECT count(*) FROM facts")[1] == [(0,)]


def test_a_url_is_refused_without_any_request_or_extension_download(
    warehouse: Path, httpserver: pytest.FixtureRequest
) -> None:
    """``read_csv('http://...')`` must neither reach the network nor install httpfs to do so."""
    from pytest_httpserver import HTTPServer

    assert isinstance(httpserver, HTTPServer)
    httpserver.expect_request("/data.csv").respond_with_data("a,b\n1,2\n")
    with pytest.raises(sql_module.ExternalAccessError):
        query(warehouse, f"SELECT * FROM read_csv('{httpserver.url_for('/data.csv')}')")
    assert httpserver.log == []


def test_a_query_cannot_switch_external_access_back_on(warehouse: Path) -> None:
    with pytest.raises(ReadOnlyQueryError):
        query(warehouse, "SET enable_external_access = true")
    settings = "SELECT current_setting('enable_external_access'), current_setting('lock_configuration')"
    assert query(warehouse, settings)[1] == [(False, True)]


def test_an_allowed_query_still_works_under_the_confinement(warehouse: Path) -> None:
    columns, rows = query(
        warehouse, "SELECT a.headline, f.value FROM articles a JOIN facts f USING (article_id)"
    )
    assert (columns, rows) == (["headline", "value"], [("Raqa", 70.0)])


def test_a_runaway_query_is_stopped_at_the_time_limit(warehouse: Path) -> None:
    """``range(4e10)`` held the warehouse for minutes; the limit interrupts it with a clear error."""
    with pytest.raises(sql_module.QueryTimeoutError, match=r"stopped after the 1 s limit"):
        query(warehouse, "SELECT count(*) FROM range(40000000000) t(x) WHERE x % 7 = 3", timeout_seconds=1)
    assert _fact_count(warehouse) == 1  # the file is free again
