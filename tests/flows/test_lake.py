"""The lake: content-addressed raw zone and atomic, replaceable night partitions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.lake import Lake

NIGHT = date(2026, 11, 23)


def _facts(*pub_dates: date) -> pa.Table:
    return pa.table({"fact_id": [f"f{i}" for i in range(len(pub_dates))], "pub_date": list(pub_dates)})


def test_landing_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    first, landed_at = lake.land(b"story")
    again, landed_again = lake.land(b"story")
    assert first == again and landed_at == landed_again
    assert lake.read_raw(first) == b"story"
    assert lake.raw_path(first).relative_to(tmp_path).parts[:2] == ("raw", first[:2])


def test_night_is_written_per_publication_date(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    written = lake.write_night("facts", _facts(date(2026, 11, 22), date(2026, 11, 23)), NIGHT)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        "facts/pub_date=2026-11-22/ingest-2026-11-23.parquet",
        "facts/pub_date=2026-11-23/ingest-2026-11-23.parquet",
    ]
    rows = duckdb.sql(
        f"SELECT fact_id, pub_date FROM read_parquet('{lake.dataset_glob('facts')}', hive_partitioning=true) "
        "ORDER BY fact_id"
    ).fetchall()
    assert rows == [("f0", date(2026, 11, 22)), ("f1", date(2026, 11, 23))]


def test_rewriting_a_night_replaces_it_and_removes_stale_partitions(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.write_night("facts", _facts(date(2026, 11, 22), date(2026, 11, 23)), NIGHT)
    lake.write_night("facts", _facts(date(2026, 11, 23)), NIGHT)
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert files == ["facts/pub_date=2026-11-23/ingest-2026-11-23.parquet"]


def test_other_nights_in_the_same_partition_survive(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.write_night("facts", _facts(date(2026, 11, 23)), date(2026, 11, 23))
    lake.write_night("facts", _facts(date(2026, 11, 23)), date(2026, 11, 24))
    lake.write_night("facts", _facts(date(2026, 11, 23)), date(2026, 11, 23))
    assert len(list((tmp_path / "facts" / "pub_date=2026-11-23").iterdir())) == 2


def test_leftovers_of_a_killed_write_are_invisible_and_swept(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.write_night("facts", _facts(NIGHT), NIGHT)
    partition = tmp_path / "facts" / f"pub_date={NIGHT}"
    (partition / f".tmp-ingest-{NIGHT}-abc.partial").write_bytes(b"half a parquet file")
    (partition / ".tmp-ingest-2026-11-24-xyz.partial").write_bytes(b"another night, still writing")
    count = duckdb.sql(f"SELECT count(*) FROM read_parquet('{lake.dataset_glob('facts')}')").fetchone()
    assert count == (1,)
    assert [p.name for p in lake.sweep_partials(NIGHT)] == [f".tmp-ingest-{NIGHT}-abc.partial"]
    assert sorted(p.name for p in partition.iterdir()) == [
        ".tmp-ingest-2026-11-24-xyz.partial",
        "ingest-2026-11-23.parquet",
    ]
