"""The lake on object storage: a real S3 API (moto's server on 127.0.0.1) reached through s3fs.

The same flows run with ``--lake s3://bucket/prefix``: backfills whose worker
processes reopen the lake from its URL, a re-extraction that reads only the
bucket, DuckDB reading the Hive-partitioned dataset where it lies, and a run
killed mid-write that leaves no object behind.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from backfill_helpers import backfill, warehouse_state

from flows.io.lake import Lake
from flows.nightly import nightly_flow
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]
BUCKET = "wirefacts-lake"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """An S3 server on a free loopback port, with the credentials and lake options in the environment."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("AWS_ACCESS_KEY_ID", "wirefacts-test")
        env.setenv("AWS_SECRET_ACCESS_KEY", "wirefacts-test")
        env.setenv("AWS_DEFAULT_REGION", "us-east-1")
        env.setenv("WIREFACTS_LAKE_OPTIONS", json.dumps({"endpoint_url": url}))
        Lake(f"s3://{BUCKET}", {"endpoint_url": url}).fs.mkdir(BUCKET)
        yield url
    server.stop()


def _lake_url() -> str:
    return f"s3://{BUCKET}/{uuid.uuid4().hex}"


def _objects(lake: Lake) -> list[str]:
    """Every object under the lake's prefix, relative to it."""
    lake.fs.invalidate_cache()
    return sorted(path[len(lake.root) + 1 :] for path in lake.fs.find(lake.root))


@pytest.fixture(scope="module")
def local_backfill(sample_drop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same backfill with a local lake: what the object-storage runs must equal."""
    home = tmp_path_factory.mktemp("local-lake")
    backfill(sample_drop, str(home / "lake"), home / "w.sqlite")
    return home / "w.sqlite"


def test_backfill_on_object_storage_loads_the_same_rows(
    endpoint: str, sample_drop: Path, tmp_path: Path, local_backfill: Path
) -> None:
    drop = tmp_path / "drop"
    shutil.copytree(sample_drop, drop)
    lake_url = _lake_url()
    result = backfill(drop, lake_url, tmp_path / "w.sqlite", workers=2)  # worker processes reopen the URL
    assert len(result.nights) == 4
    assert warehouse_state(tmp_path / "w.sqlite") == warehouse_state(local_backfill)

    lake = Lake(lake_url, {"endpoint_url": endpoint})
    objects = _objects(lake)
    assert not [o for o in objects if o.startswith("staging/")]  # dropped once the nights loaded
    local = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert local == ["_locks", "data_docs", "drop", "w.sqlite"]  # the catalog is the only local state

    # articles and facts are written once: as the warehouse's data files, in the bucket's curated zone
    con = connect_warehouse(tmp_path / "w.sqlite", read_only=True)
    try:
        files = [
            str(f)
            for table in ("articles", "facts")
            for (f,) in con.execute("SELECT data_file FROM ducklake_list_files('wh', ?)", [table]).fetchall()
        ]
        raw_paths = con.sql("SELECT DISTINCT raw_path FROM raw_files").fetchall()
    finally:
        con.close()
    assert files and all(f.startswith(f"{lake_url}/curated/") for f in files)
    assert {f.removeprefix(f"{lake_url}/") for f in files} <= set(objects)
    assert not [o for o in objects if o.startswith(("facts/", "articles/"))]
    assert all(path.startswith(f"{lake_url}/raw/") for (path,) in raw_paths)

    # the source is gone: a re-extraction into a new warehouse reads only the bucket
    shutil.rmtree(drop)
    replayed = backfill(tmp_path / "nowhere", lake_url, tmp_path / "replayed.sqlite", reextract=True)
    assert len(replayed.nights) == 4
    assert warehouse_state(tmp_path / "replayed.sqlite") == warehouse_state(local_backfill)


def test_run_killed_mid_write_leaves_no_object_and_the_next_run_recovers(
    endpoint: str, sample_drop: Path, tmp_path: Path
) -> None:
    from prefect.settings import PREFECT_API_URL

    night, lake_url = date(2026, 11, 23), _lake_url()
    lake = Lake(lake_url, {"endpoint_url": endpoint})
    marker = tmp_path / "paused"
    env = {**os.environ, "WIREFACTS_FAULT_PAUSE": "parquet", "WIREFACTS_FAULT_MARKER": str(marker)}
    env["PREFECT_API_URL"] = str(PREFECT_API_URL.value())
    cmd = [sys.executable, "-m", "flows.cli", "run", "--date", str(night), "--source", str(sample_drop)]
    cmd += ["--lake", lake_url, "--warehouse", str(tmp_path / "w.sqlite")]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while not marker.exists():
        assert proc.poll() is None, "the run ended before reaching the fault point"
        assert time.monotonic() < deadline, "the run never reached the parquet fault point"
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    # payloads landed, no lake file; the killed load's data files under curated/ belong to no snapshot
    assert all(o.startswith(("raw/", "curated/")) for o in _objects(lake))
    con = connect_warehouse(tmp_path / "w.sqlite", read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM facts").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM ducklake_list_files('wh', 'facts')").fetchone() == (0,)
    finally:
        con.close()

    result = nightly_flow(
        date=night,
        settings=load_settings(source=str(sample_drop), lake=lake_url, warehouse=str(tmp_path / "w.sqlite")),
    )
    assert result.status == "success" and result.facts_loaded > 0
    objects = _objects(lake)
    assert f"quarantine/ingest_date={night}/quarantine.parquet" in objects
    assert f"raw/_manifest/ingest_date={night}/manifest.parquet" in objects
