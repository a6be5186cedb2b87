"""A load with 4 concurrent readers on the DuckLake warehouse: does reading slow or break loading?

    .venv/bin/python -m benchmarks.lakehouse_bench [--readers 4] [--loads 5] \
        [--start 1987-03-05 --end 1987-03-05]

It backfills a night (or a few) of Reuters-21578 into a fresh lake and warehouse (the
real pipeline, one worker), then re-loads the busiest of them ``--loads`` times
(each a whole replace, one snapshot) first alone, then while ``--readers``
reader processes run analyst queries in a loop (``facts_by_day``,
``fact_series``, per-night counts). Printed: seconds per load (median, max)
without and with readers, the readers' queries per second and their median and
95th-percentile latency, and the number of reads that saw a partial night or
failed (both must be 0). Needs ../shared; prints a message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.backfill_bench import CORPUS
from warehouse.connection import connect
from warehouse.loader import REPLACED_TABLES, NightBatch, load_night

_READER = """
import json, sys, time
from pathlib import Path
from warehouse.connection import connect
path, stop = Path(sys.argv[1]), Path(sys.argv[2])
night, whole = sys.argv[3], int(sys.argv[4])
con = connect(path, read_only=True)
latencies, partial, failed = [], 0, 0
queries = [
    "SELECT count(*) FROM facts_by_day",
    "SELECT count(*) FROM fact_series",
    "SELECT count(*) FROM articles WHERE ingest_date = DATE '" + night + "'",
]
while not stop.exists():
    for sql in queries:
        began = time.perf_counter()
        try:
            value = con.execute(sql).fetchone()[0]
        except Exception:
            failed += 1
            continue
        latencies.append(time.perf_counter() - began)
        if sql.startswith("SELECT count(*) FROM articles") and value != whole:
            partial += 1
print(json.dumps({"latencies": latencies, "partial": partial, "failed": failed}))
"""


def main() -> int:
    """Print the figures (see the module docstring)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--start", type=date.fromisoformat, default=date(1987, 3, 5))
    parser.add_argument("--end", type=date.fromisoformat, default=date(1987, 3, 5))
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory(prefix="wirefacts-lakebench-", ignore_cleanup_errors=True) as tmp:
        home = Path(tmp)
        warehouse = home / "w.sqlite"
        began = time.perf_counter()
        _backfill(home, args.start, args.end)
        print(f"backfilled {args.start}..{args.end} in {time.perf_counter() - began:.1f} s")
        batch = _busiest_night(warehouse)
        print(f"night {batch.ingest_date}: {batch.articles.num_rows} articles, {batch.facts.num_rows} facts")
        alone = _loads(warehouse, batch, args.loads)
        stop = home / "stop"
        readers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _READER,
                    str(warehouse),
                    str(stop),
                    str(batch.ingest_date),
                    str(batch.articles.num_rows),
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(args.readers)
        ]
        time.sleep(3)  # let the readers start querying (start-up is not what is measured)
        read_began = time.perf_counter()
        beside = _loads(warehouse, batch, args.loads)
        stop.write_text("")
        reports = [_report(r.communicate(timeout=300)[0]) for r in readers]
        read_seconds = time.perf_counter() - read_began
    _print(alone, beside, reports, read_seconds, args.readers)
    return 0


def _report(out: str) -> dict[str, Any]:
    """A reader's JSON line (the last line of its output: the libraries may print before it)."""
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return report


def _backfill(home: Path, start: date, end: date) -> None:
    """The real pipeline over the corpus's nights in the range, one worker."""
    from flows.backfill import run_backfill
    from flows.settings import load_settings

    settings = load_settings(source=str(CORPUS), lake=str(home / "lake"), warehouse=str(home / "w.sqlite"))
    run_backfill(settings, start, end, workers=1, reextract=False)


def _busiest_night(warehouse: Path) -> NightBatch:
    """The stored night with the most articles, as the batch that loaded it."""
    con = connect(warehouse, read_only=True)
    try:
        row = con.execute(
            "SELECT ingest_date FROM articles GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
        ).fetchone()
        assert row is not None, "the backfill loaded nothing"
        night = row[0]
        tables = {
            name: con.execute(f"SELECT * FROM {name} WHERE ingest_date = ?", [night]).to_arrow_table()
            for name in (*REPLACED_TABLES, "quarantine")
        }
        run = con.execute(
            "SELECT * FROM runs WHERE ingest_date = ? AND status = 'success' LIMIT 1", [night]
        ).to_arrow_table()
    finally:
        con.close()
    run_row: dict[str, Any] = run.to_pylist()[0]
    run_row.pop("snapshot_id", None)
    run_row["stage_seconds"] = dict(run_row["stage_seconds"] or [])  # Arrow gives a MAP as (key, value) pairs
    return NightBatch(ingest_date=night, run=run_row, **tables)


def _loads(warehouse: Path, batch: NightBatch, count: int) -> list[float]:
    """Seconds of each of ``count`` re-loads of the night (new run id each time, same rows)."""
    con = connect(warehouse)
    seconds = []
    try:
        for _ in range(count):
            run = dict(batch.run, run_id=uuid.uuid4().hex)
            began = time.perf_counter()
            load_night(con, replace(batch, run=run))
            seconds.append(time.perf_counter() - began)
    finally:
        con.close()
    return seconds


def _print(
    alone: list[float], beside: list[float], reports: list[dict[str, Any]], read_seconds: float, readers: int
) -> None:
    latencies = sorted(x for r in reports for x in r["latencies"])
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    print(f"load alone                 median {statistics.median(alone):.2f} s   max {max(alone):.2f} s")
    print(
        f"load beside {readers} readers     median {statistics.median(beside):.2f} s   "
        f"max {max(beside):.2f} s"
    )
    print(
        f"reader queries             {len(latencies)} in {read_seconds:.1f} s "
        f"({len(latencies) / read_seconds:.1f}/s), median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms"
        if latencies
        else "reader queries             none"
    )
    print(
        f"partial nights seen        {sum(r['partial'] for r in reports)}   "
        f"failed reads {sum(r['failed'] for r in reports)}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
