"""Fixtures shared by the whole suite: paths to the bundled sample and ../shared, a Prefect test server."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DROP = REPO_ROOT / "data" / "sample" / "drop"
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_drop() -> Path:
    """The bundled sample drop folder that `make run` ingests."""
    return SAMPLE_DROP


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the read-only shared material is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One Prefect temporary server for the whole session, with its home in a temp dir.

    Starting Prefect's server costs 5-12 s, so it is started once, and its SQLite
    database lives in a fresh folder so runs never see a developer's own state.
    """
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "120"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


SAMPLE_NIGHT = "2026-11-23"
"""The night the shared sample warehouse is built for (the sample's stories are dated up to it)."""


@pytest.fixture(scope="session")
def sample_warehouse(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built once per session by the real nightly flow over the bundled sample.

    Tests must open it read-only and must not change it; tests that write build their own.
    """
    from datetime import date

    from flows.nightly import nightly_flow
    from flows.settings import load_settings

    tmp = tmp_path_factory.mktemp("sample-warehouse")
    nightly_flow(
        date=date.fromisoformat(SAMPLE_NIGHT),
        settings=load_settings(
            source=str(SAMPLE_DROP),
            lake=str(tmp / "lake"),
            warehouse=str(tmp / "wirefacts.sqlite"),
        ),
    )
    return tmp / "wirefacts.sqlite"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[tuple[Path, int]]:
    """A real PostgreSQL cluster for the session: its folder and port (started on a free port).

    The folder is a temp dir of its own, outside pytest's numbered ``basetemp``: another pytest
    session on the machine may delete old numbered dirs, and a server whose data folder goes away
    stops. Skips with the reason when Debian's ``postgresql-15`` binaries are not installed.
    """
    from warehouse import pgserver

    if not pgserver.available():
        pytest.skip(
            f"PostgreSQL server binaries are not installed in {pgserver.PG_BIN} "
            "(apt-get install postgresql-15)"
        )
    folder = Path(tempfile.mkdtemp(prefix="wirefacts-pg-"))
    port = pgserver.free_port()
    pgserver.start(folder, port)
    try:
        yield folder, port
    finally:
        pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres(postgres_cluster: tuple[Path, int]) -> str:
    """The session's PostgreSQL as a DuckLake catalog string, started again if something stopped it."""
    from warehouse import pgserver

    return pgserver.start(*postgres_cluster)
