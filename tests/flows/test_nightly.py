"""End to end: the real nightly flow on the bundled sample, through a real Prefect server.

These runs take seconds each (Prefect and Great Expectations start-up), so they
share one Prefect server and one first run per module.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from flows import pipeline
from flows.nightly import NightRejectedError, nightly_flow
from flows.results import RunSummary
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]
NIGHT = date(2026, 11, 23)
TABLES = ("articles", "facts", "quarantine", "deliveries", "raw_files")


def _run(drop: Path, tmp: Path, night: date = NIGHT) -> RunSummary:
    return nightly_flow(
        date=night,
        settings=load_settings(source=str(drop), lake=str(tmp / "lake"), warehouse=str(tmp / "w.sqlite")),
    )


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = connect_warehouse(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def first_run(sample_drop: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary]:
    tmp = tmp_path_factory.mktemp("nightly")
    return tmp, _run(sample_drop, tmp)


def _seed_facts(warehouse: Path) -> list[tuple[Any, ...]]:
    con = connect_warehouse(warehouse, read_only=True)
    try:
        return con.execute(
            "SELECT f.surface, f.value, f.low, f.high, f.qualifier, f.unit, f.kind, f.subject "
            "FROM facts f JOIN articles a USING (article_id) "
            "WHERE a.headline LIKE 'US-backed forces breach%' "
            "ORDER BY f.start"
        ).fetchall()
    finally:
        con.close()


def test_summary_counts_the_sample(first_run: tuple[Path, RunSummary]) -> None:
    _, summary = first_run
    assert summary.status == "success"
    assert (summary.fetched, summary.new_payloads, summary.articles_read) == (14, 14, 12)
    assert (summary.duplicates, summary.quarantined, summary.articles_loaded) == (1, 2, 11)
    assert summary.facts_loaded > 60


def test_seed_facts_are_loaded(first_run: tuple[Path, RunSummary]) -> None:
    tmp, _ = first_run
    facts = _seed_facts(tmp / "w.sqlite")
    by_surface = {row[0]: row for row in facts}
    assert by_surface["around 2,500"][1:] == (
        2500.0,
        2500.0,
        2500.0,
        "approximate",
        None,
        "count",
        "IS jihadists",
    )
    assert by_surface["70 percent"][1] == 70.0 and by_surface["70 percent"][5:] == (
        "percent",
        "percent",
        "the city",
    )
    assert by_surface["200"][7] == "fighters"
    assert by_surface["2.5 kilometre"][5:7] == ("kilometre", "length")
    assert by_surface["one and a half mile"][1] == 1.5
    assert by_surface["tens of thousands"][1:5] == (None, 20000.0, 99999.0, "vague")
    assert by_surface["200 or so"][4] == "approximate"
    surfaces = " | ".join(by_surface)
    for not_a_fact in ("2014", "June 6", "8th"):
        assert not_a_fact not in surfaces


def test_malformed_files_are_quarantined_with_reasons(first_run: tuple[Path, RunSummary]) -> None:
    tmp, _ = first_run
    con = connect_warehouse(tmp / "w.sqlite", read_only=True)
    rows = con.execute("SELECT stage, reason, item_ref FROM quarantine ORDER BY item_ref").fetchall()
    con.close()
    assert [(stage, ref.rsplit("/", 1)[1]) for stage, _, ref in rows] == [
        ("read", "2026-11-23-corrupt-transfer.txt"),
        ("read", "2026-11-23-empty-transfer.txt"),
    ]
    assert all(reason for _, reason, _ in rows)


def test_duplicate_is_counted_once_and_kept_as_a_delivery(first_run: tuple[Path, RunSummary]) -> None:
    tmp, _ = first_run
    con = connect_warehouse(tmp / "w.sqlite", read_only=True)
    rows = con.execute(
        "SELECT count(*), count(DISTINCT article_id), sum(is_duplicate::INT) FROM deliveries "
        "WHERE source_uri LIKE '%baltic-cod%'"
    ).fetchone()
    con.close()
    assert rows == (2, 1, 1)


def test_peru_quake_update_is_a_second_version_with_changed_figures(
    first_run: tuple[Path, RunSummary],
) -> None:
    tmp, _ = first_run
    con = connect_warehouse(tmp / "w.sqlite", read_only=True)
    story = con.execute(
        "SELECT story_id, headline, version_count, agencies FROM stories WHERE headline LIKE '%Peru%'"
    ).fetchall()
    changes = con.execute(
        "SELECT c.change_type, c.subject, c.old_surface, c.new_surface, c.old_value, c.new_value "
        "FROM fact_changes c JOIN stories s USING (story_id) WHERE s.headline LIKE '%Peru%' "
        "ORDER BY c.change_type, c.subject NULLS FIRST, c.old_value, c.new_value"
    ).fetchall()
    homes = con.execute(
        "SELECT old_version, new_version, old_sentence, new_sentence FROM fact_changes "
        "WHERE subject = 'homes'"
    ).fetchall()
    con.close()
    assert story == [
        (
            "7d27c1888f0abd286754f3ea02477203",
            "Peru quake toll rises to 27 as rescuers search rubble",
            2,
            ["AFP"],
        )
    ]
    assert changes == [
        ("added", None, None, "27", None, 27.0),
        ("added", None, None, "about $13 million", None, 13000000.0),
        ("added", None, None, "50 million soles", None, 50000000.0),  # Peruvian sol, in a Lima story
        ("added", "people", None, "more than 150", None, 150.0),
        ("added", "state", None, "60-day", None, 60.0),
        ("changed", "districts", "three", "four", 3.0, 4.0),
        ("changed", "homes", "More than 200", "More than 400", 200.0, 400.0),
        ("changed", "people", "six", "two", 6.0, 2.0),
        ("removed", "people", "at least 12", None, 12.0, None),
        ("removed", "people", "dozens", None, None, None),  # "killing at least 12 people and injuring dozens"
    ]
    assert homes == [
        (
            1,
            2,
            "More than 200 homes collapsed in three districts, and landslides blocked a 15-kilometre stretch "
            "of the main highway to the coast.",
            "More than 400 homes collapsed in four districts, and landslides blocked a 15-kilometre stretch "
            "of the main highway to the coast.",
        )
    ]


def test_second_run_of_the_same_night_changes_nothing(
    first_run: tuple[Path, RunSummary], sample_drop: Path
) -> None:
    tmp, _ = first_run
    before = _snapshot(tmp / "w.sqlite")
    parquet_before = _lake_files(tmp)
    again = _run(sample_drop, tmp)
    assert again.status == "success"
    assert _snapshot(tmp / "w.sqlite") == before
    assert _lake_files(tmp) == parquet_before


def _lake_files(tmp: Path) -> list[str]:
    """The lake's own Parquet files; the warehouse's data files (curated/) are new per snapshot by design."""
    curated = tmp / "lake" / "curated"
    return sorted(
        p.relative_to(tmp).as_posix() for p in (tmp / "lake").rglob("*.parquet") if curated not in p.parents
    )


def test_next_night_fetches_nothing_new(first_run: tuple[Path, RunSummary], sample_drop: Path) -> None:
    tmp, _ = first_run
    later = _run(sample_drop, tmp, night=date(2026, 11, 24))
    assert (later.fetched, later.new_payloads, later.articles_loaded) == (14, 0, 0)


def test_night_with_too_many_bad_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "future.txt").write_text("From the future\n\n2099-01-01\n\nParis (AFP) - Some 40 people came.\n")
    monkeypatch.setenv("WIREFACTS_VALIDATION__MAX_FAILURE_RATE", "0.1")
    with pytest.raises(NightRejectedError, match=r"articles\.pub_date_not_in_future"):
        _run(drop, tmp_path)
    con = connect_warehouse(tmp_path / "w.sqlite", read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    assert con.execute("SELECT status FROM runs").fetchall() == [("rejected",)]
    (reason,) = con.execute("SELECT reason FROM quarantine WHERE stage = 'validate'").fetchone() or ("",)
    con.close()
    assert "pub_date_not_in_future" in reason
    shutil.rmtree(tmp_path / "lake")


def test_plain_news_of_the_sample_loads_with_its_stated_date(first_run: tuple[Path, RunSummary]) -> None:
    tmp, _ = first_run
    con = connect_warehouse(tmp / "w.sqlite", read_only=True)
    rows = con.execute(
        "SELECT a.pub_date, a.date_source, a.dateline_city, count(f.fact_id) FROM articles a "
        "LEFT JOIN facts f USING (article_id) WHERE a.format = 'plain_text' GROUP BY ALL"
    ).fetchall()
    con.close()
    assert rows == [(date(2026, 11, 21), "content", None, rows[0][3])]
    assert rows[0][3] >= 10


NEWSML_WITHOUT_NUMBERS = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:quiet-harbour" version="1">
  <itemMeta><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><headline>Harbour festival ends quietly</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml">
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
      <p>The harbour festival closed on Sunday evening without the fireworks that organisers had planned.</p>
      <p>Strong wind kept the boats in port, and most visitors left before dark.</p>
    </body.content></body></nitf>
  </inlineXML></contentSet>
</newsItem>
"""


def test_a_night_of_one_story_without_numbers_loads(tmp_path: Path) -> None:
    """Too small a sample for the facts-per-1,000-words rule: the night is not refused for it."""
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "quiet.xml").write_text(NEWSML_WITHOUT_NUMBERS, encoding="utf-8")
    summary = _run(drop, tmp_path)
    assert (summary.status, summary.articles_loaded, summary.facts_loaded) == ("success", 1, 0)


def test_the_flow_run_is_named_by_its_night(first_run: tuple[Path, RunSummary]) -> None:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        names = {run.name for run in client.read_flow_runs()}
    assert f"night-{NIGHT}" in names


def test_the_nights_artifact_links_to_its_run_page(first_run: tuple[Path, RunSummary]) -> None:
    """The wirefacts-night table artifact in the Prefect UI says where the night's run page is."""
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    _, summary = first_run
    assert summary.data_docs and Path(summary.data_docs).is_file()
    link = f"([run page]({Path(summary.data_docs).resolve().as_uri()}))"
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["wirefacts-night"]))
        )
    assert any(link in (artifact.description or "") for artifact in artifacts)


def test_a_night_that_loaded_succeeds_though_its_artifact_cannot_be_posted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The artifact copies the runs row for the UI: a closed API client then must not fail the night."""

    def closed_client(**_: object) -> None:
        raise RuntimeError("Cannot send a request, as the client has been closed.")

    monkeypatch.setattr(pipeline, "create_table_artifact", closed_client)
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "quiet.xml").write_text(NEWSML_WITHOUT_NUMBERS, encoding="utf-8")
    summary = _run(drop, tmp_path)
    assert (summary.status, summary.articles_loaded) == ("success", 1)
    assert "its Prefect artifact could not be posted" in caplog.text
