"""The lake: content-addressed raw zone and atomic, replaceable night partitions.

Every contract test runs twice: on a local folder and on fsspec's in-memory file
system, which behaves like object storage (no rename, no folders, URLs with a
protocol). Tests of the local ``.partial`` files run on the folder only.
"""

from __future__ import annotations

import os
import pickle
import time
import uuid
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from flows.io.lake import Lake

NIGHT = date(2026, 11, 23)


@pytest.fixture(params=["folder", "memory"])
def lake(request: pytest.FixtureRequest, tmp_path: Path) -> Lake:
    if request.param == "folder":
        return Lake(tmp_path / "lake")
    return Lake(f"memory://lake-{uuid.uuid4().hex}")


def _files(lake: Lake) -> list[str]:
    """Every file in the lake, relative to its root."""
    return sorted(path[len(lake.root) + 1 :] for path in lake.fs.find(lake.root))


def _facts(*pub_dates: date) -> pa.Table:
    return pa.table({"fact_id": [f"f{i}" for i in range(len(pub_dates))], "pub_date": list(pub_dates)})


def test_landing_is_content_addressed_and_idempotent(lake: Lake) -> None:
    first, landed_at = lake.land(b"story")
    again, landed_again = lake.land(b"story")
    assert first == again and landed_at == landed_again
    assert lake.read_raw(first) == b"story"
    assert lake.raw_path(first) == lake.url("raw", first[:2], first)
    assert _files(lake) == [f"raw/{first[:2]}/{first}"]


def test_urls_name_the_storage(lake: Lake, tmp_path: Path) -> None:
    if lake.is_local:
        assert lake.url("facts") == str(tmp_path / "lake" / "facts")
    else:
        assert lake.url("facts") == f"memory://{lake.root}/facts"


def test_manifest_round_trips_and_a_night_without_one_reads_none(lake: Lake) -> None:
    manifest = pa.table({"raw_hash": ["ab12"], "size_bytes": [5]})
    lake.write_manifest(manifest, NIGHT)
    assert lake.read_manifest(NIGHT) == manifest
    assert lake.read_manifest(date(2026, 11, 24)) is None


def test_staged_payloads_of_a_night_are_read_together_then_dropped(lake: Lake) -> None:
    lake.stage("bf1", NIGHT, "payload-a", pa.table({"article_id": ["a1", "a2"]}))
    lake.stage("bf1", NIGHT, "payload-b", pa.table({"article_id": ["b1"]}))
    lake.stage("bf1", date(2026, 11, 24), "payload-b", pa.table({"article_id": ["b2"]}))
    staged = lake.read_staged("bf1", NIGHT)
    assert staged.column_names == ["article_id"]  # no partition column guessed from night=D
    assert sorted(staged["article_id"].to_pylist()) == ["a1", "a2", "b1"]
    lake.drop_staging("bf1")
    assert _files(lake) == []


def test_a_lake_pickles_as_its_location(lake: Lake) -> None:
    """Workers (processes, Dask) receive the lake and reopen the same storage."""
    digest, _ = lake.land(b"story")
    copy = pickle.loads(pickle.dumps(lake))
    assert (copy.location, copy.root) == (lake.location, lake.root)
    assert copy.read_raw(digest) == b"story"


def test_an_unknown_protocol_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"cannot open the lake at 'nosuchfs://bucket/lake'"):
        Lake("nosuchfs://bucket/lake")


def test_leftovers_of_a_killed_write_are_invisible_and_swept(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.write_quarantine(_facts(NIGHT), NIGHT)
    partition = tmp_path / "quarantine" / f"ingest_date={NIGHT}"
    (partition / f".tmp-ingest-{NIGHT}-abc.partial").write_bytes(b"half a parquet file")
    (partition / ".tmp-ingest-2026-11-24-xyz.partial").write_bytes(b"another night, still writing")
    count = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{lake.url('quarantine', '*', '*.parquet')}')"
    ).fetchone()
    assert count == (1,)
    assert [Path(p).name for p in lake.sweep_partials(NIGHT)] == [f".tmp-ingest-{NIGHT}-abc.partial"]
    assert sorted(p.name for p in partition.iterdir()) == [
        ".tmp-ingest-2026-11-24-xyz.partial",
        "quarantine.parquet",
    ]


def test_object_storage_publishes_whole_files_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """On object storage a file is put in one call once rendered: nothing partial is ever listed."""
    lake = Lake(f"memory://lake-{uuid.uuid4().hex}")
    seen_before_publish: list[list[str]] = []
    monkeypatch.setattr(
        "flows.io.lake.zones.fault_point", lambda name: seen_before_publish.append(_files(lake))
    )
    lake.write_quarantine(_facts(NIGHT), NIGHT)
    assert seen_before_publish == [[]]
    assert _files(lake) == [f"quarantine/ingest_date={NIGHT}/quarantine.parquet"]
    assert lake.sweep_partials(NIGHT) == []


def test_raw_leftovers_of_a_killed_fetch_are_swept_at_the_start_of_a_night(tmp_path: Path) -> None:
    """Red-team finding: ``lake/raw/<aa>/.tmp-*.partial`` from a fetch killed while landing stayed forever."""
    lake = Lake(tmp_path)
    digest, _ = lake.land(b"story")
    shard = tmp_path / "raw" / digest[:2]
    stale = shard / ".tmp-k1ll3d.partial"
    stale.write_bytes(b"half a pay")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    landing_now = shard / ".tmp-1nfl1ght.partial"  # another night landing at this moment
    landing_now.write_bytes(b"being written")
    swept = lake.sweep_partials(date(2026, 11, 30))
    assert [Path(p).name for p in swept] == [".tmp-k1ll3d.partial"]
    assert sorted(p.name for p in shard.iterdir()) == [".tmp-1nfl1ght.partial", digest]
    assert lake.read_raw(digest) == b"story"
