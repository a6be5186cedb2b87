"""Every run is in ``runs``, and says the truth: failed, crashed, or a night that yielded nothing.

Real runs throughout: the nightly flow on the session's Prefect test server, real
subprocesses for the CLI, for a holder of the night's lock or of the DuckDB file,
and for a run killed with SIGKILL at a fault point (:mod:`flows.faults`).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from flows.faults import InjectedFault
from flows.runs import PENDING_DIR, begin_run, record_failure, run_row
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

NIGHT = date(2026, 11, 23)
REPO = Path(__file__).resolve().parents[2]
WRAPPER = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('prefect imported:', 'prefect' in sys.modules))\n"
    "from flows.cli import app\n"
    "sys.argv = ['wirefacts', *sys.argv[1:]]\n"
    "app()\n"
)
HOLD_NIGHT = (
    "import sys, time; from datetime import date; from pathlib import Path\n"
    "from flows.io.locks import night_lock\n"
    "with night_lock(Path(sys.argv[1]), date(2026, 11, 23), 'other-run'):\n"
    "    print('held', flush=True); time.sleep(120)\n"
)
HOLD_WAREHOUSE = (  # an exclusive lock on the SQLite catalog: no commit gets through while it is held
    "import sys, time, sqlite3\n"
    "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "db.execute('BEGIN EXCLUSIVE')\n"
    "print('held', flush=True); time.sleep(120)\n"
)


def _runs(warehouse: Path) -> list[dict[str, Any]]:
    con = connect_warehouse(warehouse, read_only=True)
    try:
        cursor = con.execute(
            "SELECT run_id, ingest_date, status, error, finished_at, flow_run_id, "
            "articles_read, articles_loaded, facts_loaded FROM runs ORDER BY started_at"
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


def _count(warehouse: Path, table: str) -> int:
    con = connect_warehouse(warehouse, read_only=True)
    try:
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def _holder(code: str, arg: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", code, str(arg)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _unreadable_drop(folder: Path) -> Path:
    """A drop folder whose every file is quarantined: an empty file and a binary one."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 8)
    return folder


# --- fast: no Prefect -----------------------------------------------------------------------------


def test_second_run_of_a_held_night_exits_at_once_in_one_line_and_is_recorded(
    tmp_path: Path, sample_drop: Path
) -> None:
    lake, warehouse = tmp_path / "lake", tmp_path / "w.sqlite"
    holder = _holder(HOLD_NIGHT, lake / "_locks")
    try:
        args = ["run", "--date", str(NIGHT), "--source", str(sample_drop)]
        args += ["--lake", str(lake), "--warehouse", str(warehouse)]
        proc = subprocess.run(
            [sys.executable, "-c", WRAPPER, *args],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 1, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert "night 2026-11-23 is already being processed (run other-run pid" in line
    assert "Traceback" not in proc.stderr
    assert "prefect imported: False" in proc.stdout
    (run,) = _runs(warehouse)
    assert (run["status"], run["ingest_date"]) == ("failed", NIGHT)
    assert "already being processed" in run["error"]


def test_failure_waits_beside_the_locks_while_the_warehouse_is_locked(tmp_path: Path) -> None:
    settings = load_settings(
        source="sample", lake=str(tmp_path / "lake"), warehouse=str(tmp_path / "w.sqlite")
    )
    connect_warehouse(settings.warehouse).close()
    now = datetime.now(UTC)
    failed = run_row("f" * 32, NIGHT, "sample", "failed", now, finished_at=now, error="it broke")
    holder = _holder(HOLD_WAREHOUSE, settings.warehouse)
    try:
        record_failure(settings, failed)
    finally:
        holder.kill()
        holder.wait()
    pending = settings.locks_dir() / PENDING_DIR / f"{'f' * 32}.json"
    assert json.loads(pending.read_text())["error"] == "it broke"

    begin_run(settings, run_row("a" * 32, NIGHT, "sample", "running", now, finished_at=None), NIGHT)

    assert not pending.exists()
    statuses = {run["run_id"][0]: (run["status"], run["error"]) for run in _runs(settings.warehouse)}
    assert statuses == {"f": ("failed", "it broke"), "a": ("running", None)}


# --- slow: real Prefect runs ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_night_whose_every_payload_is_quarantined_fails(tmp_path: Path) -> None:
    from flows.nightly import NightFailedError, nightly_flow

    drop = _unreadable_drop(tmp_path / "drop")
    warehouse = tmp_path / "w.sqlite"
    with pytest.raises(NightFailedError, match=r"2 new payload\(s\) but no article could be read"):
        nightly_flow(
            date=NIGHT,
            settings=load_settings(source=str(drop), lake=str(tmp_path / "lake"), warehouse=str(warehouse)),
        )
    (run,) = _runs(warehouse)
    assert run["status"] == "failed" and "no article could be read" in run["error"]
    assert run["finished_at"] is not None
    assert _count(warehouse, "quarantine") == 2
    assert _count(warehouse, "raw_files") == 0  # not ingested: the next night fetches them again


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_source_that_answers_only_http_500_fails(
    tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.nightly import NightFailedError, nightly_flow

    httpserver.expect_request("/items").respond_with_data("down", status=500)
    feed = {"kind": "json_api", "url": httpserver.url_for("/items"), "retries": 0}
    monkeypatch.setenv("WIREFACTS_SOURCES", json.dumps({"feed": feed}))
    monkeypatch.setenv("WIREFACTS_FETCH__RETRIES", "0")
    warehouse = tmp_path / "w.sqlite"
    with pytest.raises(NightFailedError, match=r"delivered nothing.*HTTP 500"):
        nightly_flow(
            date=NIGHT,
            settings=load_settings(source="feed", lake=str(tmp_path / "lake"), warehouse=str(warehouse)),
        )
    (run,) = _runs(warehouse)
    assert run["status"] == "failed" and "HTTP 500" in run["error"]


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_cli_says_a_night_without_articles_failed(tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    drop = _unreadable_drop(tmp_path / "drop")
    args = ["run", "--date", str(NIGHT), "--source", str(drop), "--lake", str(tmp_path / "lake")]
    args += ["--warehouse", str(tmp_path / "w.sqlite")]
    env = {**os.environ, "PYTHONPATH": str(REPO), "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("wirefacts: night 2026-11-23 failed: source")


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_stage_that_raises_is_recorded_as_failed(
    tmp_path: Path, sample_drop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.nightly import nightly_flow

    monkeypatch.setenv("WIREFACTS_FAULT_RAISE", "load")
    warehouse = tmp_path / "w.sqlite"
    with pytest.raises(InjectedFault):
        nightly_flow(
            date=NIGHT,
            settings=load_settings(
                source=str(sample_drop), lake=str(tmp_path / "lake"), warehouse=str(warehouse)
            ),
        )
    (run,) = _runs(warehouse)
    assert (run["status"], run["error"]) == ("failed", "InjectedFault: fault injected at load")
    assert run["flow_run_id"] is not None
    assert _count(warehouse, "articles") == 0
    # the row says what the night loaded, which is nothing (it read the sample's articles)
    assert (run["articles_read"], run["articles_loaded"], run["facts_loaded"]) == (12, 0, 0)


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_killed_run_is_marked_crashed_by_the_next_start(tmp_path: Path, sample_drop: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    from flows.nightly import nightly_flow

    drop, lake, warehouse = tmp_path / "drop", tmp_path / "lake", tmp_path / "w.sqlite"
    shutil.copytree(sample_drop, drop)
    marker = tmp_path / "paused"
    env = {**os.environ, "WIREFACTS_FAULT_PAUSE": "load", "WIREFACTS_FAULT_MARKER": str(marker)}
    env["PREFECT_API_URL"] = str(PREFECT_API_URL.value())
    cmd = [sys.executable, "-m", "flows.cli", "run", "--date", str(NIGHT), "--source", str(drop)]
    cmd += ["--lake", str(lake), "--warehouse", str(warehouse)]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 300
    while not marker.exists():
        assert proc.poll() is None, "the run ended before reaching the fault point"
        assert time.monotonic() < deadline, "the run never reached the load"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    (killed,) = _runs(warehouse)
    assert killed["status"] == "running" and killed["flow_run_id"]

    nightly_flow(
        date=NIGHT, settings=load_settings(source=str(drop), lake=str(lake), warehouse=str(warehouse))
    )

    crashed, rerun = _runs(warehouse)
    assert (crashed["run_id"], crashed["status"]) == (killed["run_id"], "crashed")
    assert "of night 2026-11-23 stopped before it finished" in crashed["error"]
    assert rerun["status"] == "success"
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(killed["flow_run_id"]).state
    assert state is not None and state.is_crashed()
