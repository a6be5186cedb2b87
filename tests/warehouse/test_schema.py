"""Migrations create the schema once and record it."""

from __future__ import annotations

from pathlib import Path

from warehouse.connection import connect, write_transaction
from warehouse.schema import available_migrations, current_version, migrate


def test_new_file_gets_every_table(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.sqlite")
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "facts", "deliveries", "quarantine", "raw_files", "runs", "schema_version"} <= tables
    assert current_version(con) == available_migrations()[-1][0]


def test_migrating_twice_applies_nothing_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    con = connect(path)
    con.execute(
        "INSERT INTO runs (run_id, ingest_date, source, started_at, finished_at, status, fetched, "
        "new_payloads, articles_read, duplicates, quarantined, articles_loaded, facts_loaded, "
        "extractor_version) VALUES ('r', DATE '2026-11-23', 's', now(), now(), 'success', "
        "0, 0, 0, 0, 0, 0, 0, 'v')"
    )
    con.close()
    again = connect(path)
    assert write_transaction(again, migrate) == []
    assert again.execute("SELECT count(*) FROM runs").fetchone() == (1,)
