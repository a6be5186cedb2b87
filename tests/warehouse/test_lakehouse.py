"""The DuckLake warehouse with real processes: writers beside writers and readers, whole nights only.

Two writer processes load nights at once (each night shares one story with the
other writer's night of the same index) while a reader process keeps a
transaction open and then polls. Nothing waits on a clock: every wait is on a
condition (a file written, a process ended) with a generous deadline.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb

from warehouse.connection import connect

NIGHTS = 4
TESTS = Path(__file__).resolve().parent

_WRITER = """
import json, sys
from datetime import date, timedelta
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from test_loader import _batch, _on_night
from warehouse.catalog import Catalog
from warehouse.connection import connect
from warehouse.loader import load_night

path, name, nights = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
start = date(2026, 1, 1) if name == "a" else date(2026, 6, 1)
con = connect(Catalog(**json.loads(sys.argv[5])) if len(sys.argv) > 5 else path)
for i in range(nights):
    run = f"run-{name}{i}"
    batch = _on_night(_batch([f"{name}{i}x", f"{name}{i}y", f"shared{i}"], run), start + timedelta(i), run)
    load_night(con, batch)
    (path.parent / f"progress-{name}").write_text(str(i + 1))
con.close()
"""

_READER = """
import sys, time
from pathlib import Path
from warehouse.connection import connect

path, stop = Path(sys.argv[1]), Path(sys.argv[2])
con = connect(path, read_only=True)
con.begin()
first = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
(path.parent / "reader-holding").write_text(str(first))
deadline = time.monotonic() + 300
while not (path.parent / "progress-a").exists() or int((path.parent / "progress-a").read_text()) < 2:
    assert time.monotonic() < deadline, "the writers made no progress while a reader held a transaction"
    time.sleep(0.05)
held = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
con.commit()
print("held", first, held, flush=True)
while not stop.exists():
    for night, n in con.execute("SELECT ingest_date, count(*) FROM deliveries GROUP BY 1").fetchall():
        print("night", night, n, flush=True)
print("done", flush=True)
"""


def _wait_for(path: Path, what: str, deadline_seconds: float = 300) -> None:
    deadline = time.monotonic() + deadline_seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_two_writer_processes_and_a_reader_lose_no_row_and_the_reader_sees_whole_nights(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.sqlite"
    connect(path).close()  # the schema, so the processes start from the same warehouse
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(path), str(stop)], stdout=subprocess.PIPE, text=True
    )
    _wait_for(tmp_path / "reader-holding", "the reader's transaction")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), name, str(NIGHTS), str(TESTS)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    try:
        for writer in writers:
            _, err = writer.communicate(timeout=600)
            assert writer.returncode == 0, err
    finally:
        stop.write_text("")
        out, _ = reader.communicate(timeout=120)
    assert reader.returncode == 0
    lines = out.splitlines()
    # the reader held one snapshot while both writers committed: nothing blocked, nothing showed through
    assert lines[0] == "held 0 0" and lines[-1] == "done"
    # every night it ever saw was whole: all three deliveries, never one or two of them
    assert {line.split()[-1] for line in lines if line.startswith("night")} <= {"3"}

    con = connect(path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM deliveries").fetchone() == (2 * NIGHTS * 3,)
        # the story both writers delivered on night i is stored once, whichever committed first
        assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (
            5 * NIGHTS,
            5 * NIGHTS,
        )
        assert_each_load_is_its_runs_snapshot(con, 2 * NIGHTS)
        assert con.execute("SELECT loads FROM load_clock").fetchone() == (2 * NIGHTS,)
    finally:
        con.close()


def assert_each_load_is_its_runs_snapshot(con: duckdb.DuckDBPyConnection, loads: int) -> None:
    """Every load made exactly one snapshot, ``runs.snapshot_id`` names it, and it holds the night whole.

    Checked after writers raced each other, so a commit that lost a race and was run
    again still recorded the id it finally got.
    """
    runs = con.execute(
        "SELECT run_id, ingest_date, snapshot_id FROM runs WHERE status = 'success'"
    ).fetchall()
    assert len(runs) == loads and len({snapshot for _, _, snapshot in runs}) == loads
    labelled = con.execute(
        "SELECT json_extract_string(commit_extra_info, '$.run_id'), snapshot_id FROM wh.snapshots() "
        "WHERE commit_extra_info IS NOT NULL"
    ).fetchall()
    by_run: dict[str, list[int]] = {}
    for run_id, snapshot in labelled:
        by_run.setdefault(run_id, []).append(snapshot)
    for run_id, night, snapshot in runs:
        assert by_run[run_id] == [snapshot]  # one snapshot per load, and it is the recorded one
        at = f"AT (VERSION => {snapshot})"
        before = f"AT (VERSION => {snapshot - 1})"
        assert con.execute(f"SELECT status FROM runs {at} WHERE run_id = ?", [run_id]).fetchone() == (
            "success",
        )
        assert con.execute(
            f"SELECT count(*) FROM deliveries {at} WHERE ingest_date = ?", [night]
        ).fetchone() == (3,)
        # the snapshot before it does not have the run's row: the load and its record are one commit
        assert con.execute(
            f"SELECT count(*) FROM runs {before} WHERE run_id = ? AND status = 'success'", [run_id]
        ).fetchone() == (0,)


def test_the_readme_line_opens_the_warehouse_in_the_duckdb_shell(tmp_path: Path) -> None:
    """The README's command, as printed, in a folder whose var/ holds a warehouse (as after `make run`)."""
    readme = (TESTS.parent.parent / "README.md").read_text(encoding="utf-8")
    line = next(
        s.strip() for s in readme.splitlines() if s.strip().startswith("uv run duckdb -c \"ATTACH 'ducklake:")
    )
    (tmp_path / "var").mkdir()
    con = connect(tmp_path / "var" / "wirefacts.sqlite")
    con.execute(
        'INSERT INTO facts (fact_id, article_id, pub_date, sentence_index, sentence, start, "end", surface, '
        "value, qualifier, kind, subject, extractor_version, ingest_date) VALUES ('f1', 'a1', "
        "DATE '2026-11-23', "
        "0, 's', 0, 10, 'some 4,000', 4000, 'approximate', 'count', 'IS jihadists', 'v', DATE '2026-11-23')"
    )
    con.close()
    duckdb_cli = Path(sys.executable).parent / "duckdb"  # `uv run duckdb` is this environment's shell
    command = line.removeprefix("uv run duckdb ")
    done = subprocess.run(
        f"{duckdb_cli} {command}", shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "IS jihadists" in done.stdout and "some 4,000" in done.stdout


def test_a_reattached_reader_sees_the_commit_made_after_it_opened(tmp_path: Path) -> None:
    """What a backfill worker waiting for the night before its own relies on: reattach shows new snapshots."""
    from warehouse.connection import reattach

    catalog = tmp_path / "wirefacts.sqlite"
    connect(catalog).close()
    reader = connect(catalog, read_only=True)
    try:
        before = reader.execute("SELECT count(*) FROM runs").fetchone()
        writer = connect(catalog)
        try:
            writer.execute("CREATE TABLE marks AS SELECT 1 AS mark")
        finally:
            writer.close()
        reattach(reader, catalog)
        assert reader.execute("SELECT count(*) FROM marks").fetchone() == (1,)
        assert reader.execute("SELECT count(*) FROM runs").fetchone() == before
        assert reader.execute("SELECT current_database()").fetchone() == ("wh",)
    finally:
        reader.close()


def test_a_kept_session_sees_what_another_process_committed_since(tmp_path: Path) -> None:
    """A session's connection is kept attached between blocks: the next block still reads the newest
    snapshot, tables included, when another process wrote it (what a backfill's nights rely on)."""
    from warehouse.connection import session

    catalog = tmp_path / "wirefacts.sqlite"
    writer = (
        "import sys\n"
        "from warehouse.connection import connect\n"
        "con = connect(sys.argv[1])\n"
        "con.execute('CREATE TABLE IF NOT EXISTS marks (mark INTEGER)')\n"
        "con.execute('INSERT INTO marks VALUES (?)', [int(sys.argv[2])])\n"
        "con.close()\n"
    )
    with session(catalog, read_only=False) as first:
        first.execute("SELECT count(*) FROM runs").fetchone()
    for mark, expected in ((1, 1), (2, 3)):
        command = [sys.executable, "-c", writer, str(catalog), str(mark)]
        subprocess.run(command, check=True, cwd=TESTS.parent.parent, timeout=120)
        with session(catalog) as con:
            assert con is first  # the same attachment, kept
            assert con.execute("SELECT sum(mark) FROM marks").fetchone() == (expected,)


def test_each_session_sees_the_newest_snapshot_and_a_failed_one_leaves_nothing_open(tmp_path: Path) -> None:
    """Sessions reuse one DuckDB per process; each still opens the warehouse as a new connection would."""
    from warehouse.connection import session

    catalog = tmp_path / "wirefacts.sqlite"
    with session(catalog) as con:
        con.execute("CREATE TABLE marks AS SELECT 1 AS mark")
    with session(catalog, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM marks").fetchone() == (1,)
        other = connect(catalog)  # another writer commits while this reader's session is closed
        try:
            other.execute("INSERT INTO marks VALUES (2)")
        finally:
            other.close()
    with session(catalog, read_only=True) as con:
        assert con.execute("SELECT sum(mark) FROM marks").fetchone() == (3,)
        try:
            con.execute("INSERT INTO marks VALUES (9)")
            raise AssertionError("a read-only session wrote")
        except duckdb.Error as exc:
            assert "read-only" in str(exc).lower() or "read only" in str(exc).lower()
    try:
        with session(catalog) as con:
            con.begin()
            con.execute("INSERT INTO marks VALUES (100)")
            raise RuntimeError("the block failed mid-transaction")
    except RuntimeError:
        pass
    with session(catalog) as con:
        assert con.execute("SELECT sum(mark) FROM marks").fetchone() == (3,)
        assert con.execute("SELECT current_database()").fetchone() == ("wh",)
