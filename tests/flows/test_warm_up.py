"""The background warm-up that ``wirefacts run`` starts while Prefect's server starts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from expectations.checkpoint import validate_night
from flows.warm_up import warm_up_in_background
from transforms.schemas import ARTICLES, FACTS

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def test_a_night_validated_during_the_warm_up_waits_for_it_and_reports_as_usual(tmp_path: Path) -> None:
    """The validate stage shares the warm-up's context: one Data Docs site, the usual result."""
    thread = warm_up_in_background(tmp_path)
    validation = validate_night(
        ARTICLES.empty_table(),
        FACTS.empty_table(),
        now=NOW,
        docs_root=tmp_path,
        run_name="during-warm-up",
    )
    thread.join(timeout=300)
    assert not thread.is_alive()
    assert validation.article_failures == {}
    assert "during-warm-up" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_a_warm_up_that_fails_stays_quiet_and_ends(tmp_path: Path) -> None:
    """A docs folder that cannot be made: the thread ends; the validate stage will say why."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    thread = warm_up_in_background(blocker / "docs")
    thread.join(timeout=300)
    assert not thread.is_alive()


def test_the_warm_up_migrates_the_warehouse_and_keeps_its_connection_for_the_night(tmp_path: Path) -> None:
    """The night's first step (its `running` row) finds the warehouse migrated and opened."""
    from warehouse.catalog import as_catalog
    from warehouse.connection import session

    catalog = as_catalog(tmp_path / "wirefacts.sqlite")
    thread = warm_up_in_background(tmp_path / "docs", catalog)
    thread.join(timeout=300)
    assert not thread.is_alive()
    with session(catalog) as con:
        assert con.execute("SELECT count(*) FROM runs").fetchone() == (0,)
        tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"articles", "facts", "runs"} <= tables
