"""The scale-out warehouse: a DuckLake catalog in a real PostgreSQL server, data files on an S3 API.

The test session starts its own PostgreSQL 15 (Debian's ``postgresql-15``
binaries, a cluster made by ``initdb`` in a temp folder, a free port), stops it
afterwards, and skips only when those binaries are not installed. The S3 API is
moto's server, as in the lake's object-storage tests. Two writer processes load
at once, as Dask workers on two machines would.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from test_lakehouse import _WRITER, NIGHTS, TESTS, assert_each_load_is_its_runs_snapshot

from flows.io.lake import Lake
from warehouse.catalog import Catalog
from warehouse.connection import connect

pytestmark = pytest.mark.slow
BUCKET = "wirefacts-warehouse"


@pytest.fixture(scope="module")
def s3() -> Iterator[dict[str, str]]:
    """An S3 API on a free loopback port; the lake options that reach it."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    options = {"endpoint_url": f"http://{host}:{port}", "key": "wirefacts-test", "secret": "wirefacts-test"}
    Lake(f"s3://{BUCKET}", options).fs.mkdir(BUCKET)
    try:
        yield options
    finally:
        server.stop()


def test_two_writers_on_a_postgres_catalog_with_data_on_s3_lose_no_row(
    postgres: str, s3: dict[str, str], tmp_path: Path
) -> None:
    prefix = f"s3://{BUCKET}/{uuid.uuid4().hex}/curated/"
    catalog = Catalog(postgres, prefix, s3)
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    connect(catalog).close()  # creates the lake in the (empty) database
    spec = json.dumps(asdict(catalog))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path / "unused"), name, str(NIGHTS), str(TESTS), spec],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err

    con = connect(catalog, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM deliveries").fetchone() == (2 * NIGHTS * 3,)
        assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (
            5 * NIGHTS,
            5 * NIGHTS,
        )
        assert_each_load_is_its_runs_snapshot(con, 2 * NIGHTS)
    finally:
        con.close()
    # a night's few rows are inlined in the catalog; more than ducklake's inlining limit go to data files
    con = connect(catalog)
    try:
        con.execute("CREATE TABLE bulk AS SELECT range AS n FROM range(1000)")
        files = [
            r[0] for r in con.execute("SELECT data_file FROM ducklake_list_files('wh', 'bulk')").fetchall()
        ]
    finally:
        con.close()
    assert files and all(f.startswith(prefix) for f in files)  # the data files are on object storage
    lake = Lake(prefix, s3)
    assert all(lake.fs.exists(f) for f in files)


def test_a_stopped_session_server_is_started_again_for_the_next_test(
    postgres_cluster: tuple[Path, int], postgres: str
) -> None:
    """Whatever stops the session's server (a crash, another session's cleanup), the next test has it."""
    from warehouse import pgserver

    folder, port = postgres_cluster
    pgserver.stop(folder)
    assert pgserver.start(folder, port) == postgres
    import psycopg

    with psycopg.connect(postgres.removeprefix("postgres:"), connect_timeout=30) as con:
        assert con.execute("SELECT 1").fetchone() == (1,)
