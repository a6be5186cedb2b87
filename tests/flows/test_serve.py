"""The nightly deployment on a real Prefect server: schedule registered, a run triggered through the API.

Starts ``prefect server start`` on a free loopback port and ``wirefacts serve``
as subprocesses, and stops both by their process ids.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from flows.serve import STOP_GRACE_SECONDS
from warehouse.connection import connect as connect_warehouse

pytestmark = pytest.mark.slow
NIGHT = "2026-11-23"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(predicate, seconds: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(1)
    raise TimeoutError(f"gave up waiting for {what} after {seconds:.0f}s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _start_server(home: Path) -> tuple[subprocess.Popen[bytes], str, dict[str, str]]:
    """``prefect server start`` on a free loopback port, in its own session; its URL and a client env."""
    home.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING"
    )
    log = (home / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        _wait_for(lambda: _healthy(url), 120, "the Prefect server")
    except TimeoutError:
        _stop(server)
        raise
    finally:
        log.close()
    return server, url, {**env, "PREFECT_API_URL": url}


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    server, url, env = _start_server(tmp_path_factory.mktemp("prefect-server-home"))
    try:
        yield url, env
    finally:
        _stop(server)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _api(method: str, url: str, body: object = None) -> Any:
    """One call to the Prefect API; a busy server's SQLite answers 5xx ("database is locked") now and
    then, which Prefect's own client retries, so this does too before it fails with the server's words."""
    deadline = time.monotonic() + 60
    while True:
        response = httpx.request(method, url, json=body, timeout=30)
        if response.status_code < 500 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert response.is_success, f"{method} {url}: {response.status_code} {response.text[:2000]}"
    return response.json()


def _deployment(url: str, name: str = "nightly") -> dict | None:  # type: ignore[type-arg]
    found = _api("POST", f"{url}/deployments/filter", {"deployments": {"name": {"any_": [name]}}})
    return found[0] if found else None


def test_served_deployment_has_the_schedule_and_runs(
    prefect_api: tuple[str, dict[str, str]], sample_drop: Path, tmp_path: Path
) -> None:
    url, env = prefect_api
    warehouse = tmp_path / "w.sqlite"
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "serve",
            "--timezone",
            "Europe/Paris",
            "--source",
            str(sample_drop),
            "--lake",
            str(tmp_path / "lake"),
            "--warehouse",
            str(warehouse),
        ],
        env=env,
        stdout=(tmp_path / "serve.log").open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for(lambda: _deployment(url) is not None, 120, "the deployment to be registered")
        deployment = _deployment(url)
        assert deployment is not None
        (schedule,) = deployment["schedules"]
        assert (schedule["schedule"]["cron"], schedule["schedule"]["timezone"]) == (
            "0 2 * * *",
            "Europe/Paris",
        )
        # maintenance is served beside it, on its own schedule (snapshot expiry, file clean-up)
        maintenance = _deployment(url, "maintain")
        assert maintenance is not None
        assert [s["schedule"]["cron"] for s in maintenance["schedules"]] == ["30 3 * * 0"]
        assert deployment["parameters"] == {
            "settings": {
                "source": str(sample_drop),
                "lake": str(tmp_path / "lake"),
                "warehouse": str(warehouse),
            }
        }
        run = _api(
            "POST", f"{url}/deployments/{deployment['id']}/create_flow_run", {"parameters": {"date": NIGHT}}
        )
        state: dict[str, str] = {}

        def finished() -> bool:
            state.update(_api("GET", f"{url}/flow_runs/{run['id']}")["state"])
            return state["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}

        _wait_for(finished, 240, "the triggered run to finish")
        assert state["type"] == "COMPLETED", (tmp_path / "serve.log").read_text()[-3000:]
    finally:
        _stop(serve)
    con = connect_warehouse(warehouse, read_only=True)
    facts = con.execute("SELECT count(*) FROM facts").fetchone()
    night = con.execute("SELECT DISTINCT ingest_date::VARCHAR FROM runs").fetchall()
    con.close()
    assert facts is not None and facts[0] > 60
    assert night == [(NIGHT,)]


def test_serve_without_a_server_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    assert "needs a Prefect server" in proc.stderr


def test_serve_stops_on_sigterm_after_its_server_went_away(sample_drop: Path, tmp_path: Path) -> None:
    """Prefect's own shutdown pauses the deployment through the API, retrying ~40 s when the server
    is gone; a stop request must end the process within the grace period all the same."""
    server, _, env = _start_server(tmp_path / "prefect-home")
    args = ["serve", "--source", str(sample_drop), "--lake", str(tmp_path / "lake")]
    args += ["--warehouse", str(tmp_path / "w.sqlite")]
    log = tmp_path / "serve.log"
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", *args],
        env={**env, "PREFECT_LOGGING_LEVEL": "DEBUG"},  # to see the runner poll: it has started
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for(lambda: "Discovered 0 scheduled flow runs" in log.read_text(), 180, "the runner to poll")
        _stop(server)  # the server goes away under the serving process
        os.killpg(serve.pid, signal.SIGTERM)
        # generous, yet under the ~40 s Prefect alone would spend retrying the absent server
        returncode = serve.wait(timeout=STOP_GRACE_SECONDS + 25)
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait(timeout=10)
        _stop(server)
    assert returncode == 0, log.read_text()[-3000:]
