"""The same nights through the nightly flow and through a backfill give the same warehouse and lake.

Both run :func:`flows.pipeline.run_night` over the one stage list, so they must agree
on every row: a stage added for one and forgotten by the other fails here.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from flows.backfill import run_backfill
from flows.nightly import nightly_flow
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

NIGHT_1, NIGHT_2 = date(2026, 10, 5), date(2026, 10, 6)

STORIES = {
    NIGHT_1: {
        "harbour-strike.txt": (
            "Dock workers strike in Antwerp harbour",
            "Antwerp (AFP) - About 4,000 dock workers walked out in Antwerp on Monday, halting 120 ships "
            "at the port, the union said. The strike is planned to last 48 hours.\n\n"
            "Container traffic fell by 35 percent during the morning shift, the port authority said.",
        ),
        "harbour-strike-copy.txt": None,  # the same story delivered twice the same night
        "wheat-harvest.txt": (
            "Ukraine wheat harvest seen at 22 million tonnes",
            "Kyiv (AFP) - Ukraine's wheat harvest will reach 22 million tonnes this year, up 3 percent "
            "from last year, the agriculture ministry said on Monday.\n\n"
            "Exports are expected at 15 million tonnes.",
        ),
    },
    NIGHT_2: {
        "harbour-strike-update.txt": (
            "Antwerp dock strike extended as 6,000 join",
            "Antwerp (AFP) - The strike at Antwerp harbour was extended on Tuesday as 6,000 dock workers "
            "joined the walkout, leaving 180 ships waiting at the port, the union said.\n\n"
            "The port authority said container traffic was down 50 percent.",
        ),
        "rail-fares.txt": (
            "Dutch rail fares to rise 6 percent in January",
            "Utrecht (AFP) - Train fares in the Netherlands will rise by 6 percent on January 1, the "
            "national operator said on Tuesday, citing energy costs of 310 million euros.",
        ),
    },
}

EXCLUDED = {"run_id", "flow_run_id", "stage_seconds", "docs_page", "snapshot_id"}
"""Columns that name a run, time it or link its Data Docs page (a backfill renders none by default);
every other column of every table is compared, with each side's lake folder written as ``<lake>``."""


def _write_night(drop: Path, night: date) -> None:
    previous: str | None = None
    for name, story in STORIES[night].items():
        if story is None:
            assert previous is not None
            (drop / name).write_text(previous + "\n")  # other bytes, same story
            continue
        headline, body = story
        previous = f"{headline}\n\n{night}\n\n{body}\n"
        (drop / name).write_text(previous)


def _compared(columns: list[tuple[str, str]]) -> list[str]:
    return [
        f'"{name}"'
        for name, kind in columns
        if name not in EXCLUDED and not kind.upper().startswith("TIMESTAMP")
    ]


def _located(value: Any, lake: Path) -> Any:
    return value.replace(str(lake), "<lake>") if isinstance(value, str) else value


def _warehouse(path: Path, lake: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = connect_warehouse(path, read_only=True)
    try:
        tables = [
            row[0]
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        ]
        state = {}
        for table in tables:
            columns = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table],
            ).fetchall()
            wanted = ", ".join(_compared(columns))
            rows = con.execute(f"SELECT {wanted} FROM {table} ORDER BY ALL").fetchall()
            state[table] = [tuple(_located(value, lake) for value in row) for row in rows]
        return state
    finally:
        con.close()


def _lake(root: Path) -> dict[str, list[dict[str, Any]] | bytes]:
    files: dict[str, list[dict[str, Any]] | bytes] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        # curated/ holds the warehouse's data files (uuid names), compared as tables above
        if not path.is_file() or relative.split("/")[0] in {"data_docs", "_locks", "curated"}:
            continue
        if path.suffix != ".parquet":
            files[relative] = path.read_bytes()
            continue
        table = pq.read_table(path, partitioning=None)
        keep = [
            f.name for f in table.schema if f.name not in EXCLUDED and not str(f.type).startswith("timestamp")
        ]
        rows = [{k: _located(v, root) for k, v in row.items()} for row in table.select(keep).to_pylist()]
        files[relative] = sorted(rows, key=repr)
    return files


def test_nightly_and_backfill_write_the_same_nights(tmp_path: Path) -> None:
    drop = tmp_path / "drop"  # one drop folder path, so rows name the same source files
    drop.mkdir()
    nightly, backfill = tmp_path / "nightly", tmp_path / "backfill"

    for night in (NIGHT_1, NIGHT_2):  # a nightly run per night, each finding that night's files
        for old in drop.iterdir():
            old.unlink()
        _write_night(drop, night)
        result = nightly_flow(
            date=night,
            settings=load_settings(
                source=str(drop), lake=str(nightly / "lake"), warehouse=str(nightly / "w.sqlite")
            ),
        )
        assert result.status == "success"

    shutil.rmtree(drop)
    drop.mkdir()
    for night in (NIGHT_1, NIGHT_2):  # a backfill of both nights over every file at once
        _write_night(drop, night)
    settings = load_settings(
        source=str(drop), lake=str(backfill / "lake"), warehouse=str(backfill / "w.sqlite")
    )
    summary = run_backfill(settings, NIGHT_1, NIGHT_2, workers=1, reextract=False)
    assert [n.status for n in summary.nights] == ["success", "success"]

    nightly_tables, backfill_tables = (
        _warehouse(nightly / "w.sqlite", nightly / "lake"),
        _warehouse(backfill / "w.sqlite", backfill / "lake"),
    )
    assert nightly_tables["articles"] and nightly_tables["facts"] and nightly_tables["deliveries"]
    assert nightly_tables == backfill_tables
    nightly_files, backfill_files = _lake(nightly / "lake"), _lake(backfill / "lake")
    assert any(name.startswith("quarantine/") for name in nightly_files)
    assert nightly_files == backfill_files
