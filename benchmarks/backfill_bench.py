"""Backfill Reuters-21578 by its own dates with 1 and 2 workers; print speed, overhead and memory.

    .venv/bin/python -m benchmarks.backfill_bench [--workers 1 2] [--start 1987-02-01 --end 1987-10-31]

For each worker count it backfills the whole corpus into a fresh lake and
warehouse, then backfills it again and checks that no row changed. Printed:
stories per second, seconds per night, Prefect overhead (flow wall time minus
the staging time and the per-night stage times, divided by the workers that
ran them in parallel) and the peak resident memory of the driver and of the
worker processes. Needs ../shared; prints a message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578"
TABLES = ("articles", "facts", "deliveries", "quarantine", "raw_files", "kill_notices")


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--start", type=date.fromisoformat, default=date(1987, 2, 1))
    parser.add_argument("--end", type=date.fromisoformat, default=date(1987, 10, 31))
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: the Reuters-21578 corpus is needed for this benchmark")
        return 0
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.backfill import run_backfill
    from flows.settings import load_settings

    print(
        f"{'workers':>7} {'nights':>6} {'stories':>7} {'wall s':>7} {'stories/s':>9} {'s/night':>7} "
        f"{'overhead':>8} {'rerun same':>10} {'driver MB':>9} {'workers MB':>10}"
    )
    for workers in args.workers:
        with tempfile.TemporaryDirectory(prefix="wirefacts-bench-") as tmp:
            settings = load_settings(source=str(CORPUS), lake=f"{tmp}/lake", warehouse=f"{tmp}/w.duckdb")
            began = time.perf_counter()
            result = run_backfill(settings, args.start, args.end, workers=workers, reextract=False)
            wall = time.perf_counter() - began
            before = _fingerprint(Path(tmp) / "w.duckdb")
            run_backfill(settings, args.start, args.end, workers=workers, reextract=False)
            same = _fingerprint(Path(tmp) / "w.duckdb") == before
            _print_row(workers, result, wall, same)
    return 0


def _print_row(workers: int, result: dict[str, Any], wall: float, same: bool) -> None:
    """One line of the table.

    Overhead is the run's wall time minus the staging time and the sum of the
    stage times of every night, as a share of the wall time. With one worker the
    nights run strictly one after another, so the difference is what Prefect and
    the glue cost; with more workers nights overlap and it is not defined.
    """
    nights = result["nights"]
    stories = sum(n["articles_loaded"] for n in nights)
    stages = sum(sum(n["stage_seconds"].values()) for n in nights)
    overhead = f"{(wall - result['staging_seconds'] - stages) / wall:.1%}" if workers == 1 else "n/a"
    driver_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{workers:>7} {len(nights):>6} {stories:>7} {wall:>7.1f} {stories / wall:>9.1f} "
        f"{wall / max(len(nights), 1):>7.2f} {overhead:>8} {same!s:>10} "
        f"{driver_mb:>9.0f} {children_mb:>10.0f}"
    )
    sys.stdout.flush()


def _fingerprint(path: Path) -> str:
    """A hash of every row of the data tables (runs excluded: each run adds one)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        digest = hashlib.sha256()
        for table in TABLES:
            digest.update(repr(con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()).encode())
        return digest.hexdigest()
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
