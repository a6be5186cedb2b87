"""``wirefacts status`` logic: one line per night, nights without a run included, on a real warehouse."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from flows.runs import run_row
from flows.status import print_status
from warehouse.connection import connect
from warehouse.runs import mark_crashed, put_run

D = date(2026, 11, 20)


def _night(day: int) -> date:
    return D + timedelta(days=day)


def _record(
    path: Path, night: date, run_id: str, status: str, *, error: str | None = None, hour: int = 2
) -> None:
    """A run row as flows.runs writes it: loaded nights carry counts and stage seconds."""
    started = datetime(night.year, night.month, night.day, hour, tzinfo=UTC) + timedelta(days=1)
    counts = {"articles_loaded": 9, "facts_loaded": 114, "quarantined": 2} if status == "success" else {}
    row = run_row(
        run_id,
        night,
        "sample",
        status,
        started,
        finished_at=None if status == "running" else started + timedelta(seconds=27.8),
        error=error,
        counts=counts,
        stage_seconds={"extract": 2.1, "validate": 18.3} if status == "success" else {},
    )
    con = connect(path)
    try:
        put_run(con, row)
        if status == "running":
            mark_crashed(con, run_id, f"run {run_id} of night {night} stopped before it finished", started)
    finally:
        con.close()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Nights 20 loaded, 21 refused, 22 failed, 23 crashed, 24 never run, 25 refused then loaded."""
    path = tmp_path_factory.mktemp("status") / "w.sqlite"
    _record(path, _night(0), "r20", "success")
    _record(path, _night(1), "r21", "rejected", error="facts.unit_known failed on 40 of 100 rows")
    _record(path, _night(2), "r22", "failed", error="RuntimeError: source 'sample' yielded no article")
    _record(path, _night(3), "r23", "running")
    _record(path, _night(5), "r25a", "rejected", error="articles.pub_date_not_in_future", hour=1)
    _record(path, _night(5), "r25b", "success", hour=3)
    return path


def _status(warehouse: Path, tmp: Path, **kwargs: object) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = print_status(warehouse, out=out, docs_root=tmp / "docs", **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue().splitlines()


def test_one_line_per_night_with_its_verdict(warehouse: Path, tmp_path: Path) -> None:
    code, lines = _status(warehouse, tmp_path, since=_night(0), until=_night(5))
    assert lines[0].split()[:3] == ["night", "status", "runs"]
    verdicts = [line.split("  ")[0:2] for line in lines[1:]]
    assert [(v[0], v[1].strip()) for v in verdicts] == [
        ("2026-11-20", "loaded"),
        ("2026-11-21", "refused"),
        ("2026-11-22", "failed"),
        ("2026-11-23", "crashed"),
        ("2026-11-24", "not run"),
        ("2026-11-25", "loaded"),  # refused, run again, loaded: the latest run decides
    ]
    assert code == 1  # something needs attention


def test_a_loaded_night_shows_counts_duration_and_its_page(warehouse: Path, tmp_path: Path) -> None:
    _, lines = _status(warehouse, tmp_path, since=_night(5), until=_night(5))
    words = lines[1].split()
    assert words[:7] == ["2026-11-25", "loaded", "2", "9", "114", "2", "27.8s"]
    page = Path(words[7])
    assert page == tmp_path / "docs" / "reports" / "night-2026-11-25.html"
    assert "night 2026-11-25: loaded" in page.read_text()


def test_failed_nights_say_why(warehouse: Path, tmp_path: Path) -> None:
    _, lines = _status(warehouse, tmp_path, since=_night(1), until=_night(3))
    assert "facts.unit_known failed on 40 of 100 rows" in lines[1]
    assert "yielded no article" in lines[2]
    assert "stopped before it finished" in lines[3]


def test_default_range_ends_yesterday_and_starts_at_the_first_recorded_night(
    warehouse: Path, tmp_path: Path
) -> None:
    code, lines = _status(warehouse, tmp_path, since=None, today=date(2026, 11, 28))
    nights = [line.split()[0] for line in lines[1:]]
    assert nights[0] == "2026-11-20" and nights[-1] == "2026-11-27"
    assert lines[-1].split()[1:3] == ["not", "run"]
    assert code == 1


def test_all_loaded_exits_zero(warehouse: Path, tmp_path: Path) -> None:
    code, _ = _status(warehouse, tmp_path, since=_night(0), until=_night(0))
    assert code == 0


def test_no_warehouse_exits_two(tmp_path: Path) -> None:
    code, lines = _status(tmp_path / "missing.duckdb", tmp_path, since=None)
    assert code == 2
    assert "no warehouse" in lines[0]


def test_the_command_line_prints_the_nights_and_exits_one_when_one_needs_attention(
    warehouse: Path, tmp_path: Path
) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "status", "--since", "2026-11-20", "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WIREFACTS_DATA_DOCS": str(tmp_path / "docs")},
    )
    assert proc.returncode == 1, proc.stderr
    assert "2026-11-23" in proc.stdout and "crashed" in proc.stdout
    assert "Traceback" not in proc.stderr
