"""The warm-up `wirefacts run` starts while Prefect's server starts, and the processes a night keeps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from expectations.checkpoint import validate_night
from flows.io.sources import HttpFeedSource
from flows.io.sources.drop_folder.fetch import folder_bytes
from flows.settings import RunnerSettings, Settings, load_settings
from flows.warm_up import night_workers, warm_up_in_background
from transforms.facts import PARALLEL_MIN_CHARS
from transforms.readers.batch import PARALLEL_MIN_BYTES
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


def _settings(source: Path, extract_workers: int) -> Settings:
    return load_settings(source=str(source), runner=RunnerSettings(extract_workers=extract_workers))


def test_a_night_from_a_small_drop_folder_keeps_no_process_beside_its_own(tmp_path: Path) -> None:
    """Neither parse nor extract could fan out on a few stories: no process starts to load the extractor."""
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_text("About 2,500 fighters held the city, officials said.\n", encoding="utf-8")
    assert night_workers(_settings(drop, extract_workers=2)) == 1


def test_a_night_from_a_drop_folder_large_enough_to_fan_out_keeps_the_configured_processes(
    tmp_path: Path,
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    with (drop / "big.sgm").open("wb") as big:
        big.truncate(min(PARALLEL_MIN_BYTES, PARALLEL_MIN_CHARS))  # its size is what counts, not its content
    assert night_workers(_settings(drop, extract_workers=2)) == 2
    assert night_workers(_settings(drop, extract_workers=1)) == 1


def test_a_feed_whose_size_is_not_known_before_fetching_keeps_the_configured_processes(
    tmp_path: Path,
) -> None:
    feed = HttpFeedSource(kind="rss", url="http://127.0.0.1:9/feed.xml")
    settings = load_settings(source="wire", sources={"wire": feed}, runner=RunnerSettings(extract_workers=2))
    assert night_workers(settings) == 2


def test_a_folder_counts_its_regular_files_not_its_links_or_hidden_files(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    (drop / "sub").mkdir(parents=True)
    (drop / "a.txt").write_bytes(b"x" * 10)
    (drop / "sub" / "b.txt").write_bytes(b"y" * 5)
    (drop / ".hidden").write_bytes(b"z" * 1000)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"w" * 1000)
    (drop / "link.txt").symlink_to(outside)
    assert folder_bytes(drop) == 15
    assert folder_bytes(tmp_path / "missing") is None
