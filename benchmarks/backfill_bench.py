"""Backfill Reuters-21578 by its own dates with 1 and 2 workers; print speed, overhead and memory.

    .venv/bin/python -m benchmarks.backfill_bench [--workers 1 2] [--start 1987-02-01 --end 1987-10-31]
    .venv/bin/python -m benchmarks.backfill_bench --memory [--workers 1 2] [--ranges START:END ...]

For each worker count it backfills the whole corpus into a fresh lake and
warehouse, then backfills it again and checks that no row changed. Printed:
stories per second, seconds per night (each worker transforms and commits its own nights, in
date order), Prefect overhead (flow wall time minus
the staging time and the per-night stage times, divided by the workers that
ran them in parallel) and the peak resident memory of the driver and of the
worker processes during its two runs (sampled every 0.2 s; the Prefect server
is left out), and the CPU seconds of the first run (this process and its ended children).
Needs ../shared; prints a message and exits 0 without it.

``--memory`` shows that a backfill's memory is bounded by a night, not by the
corpus: it backfills growing date ranges (no stories, the first week, month,
three months, the whole corpus), each in a fresh process (``ru_maxrss`` is a
lifetime maximum), while a thread samples every 0.2 s the RSS of the driver,
of its worker processes and of the Prefect server(s) (see
:mod:`benchmarks.memwatch`). It prints the resident memory of start-up (the
fixed cost of the imports), the peaks of each range (``maxrss`` is the
driver's exact peak, a check on the sampling; ``total`` is driver plus
workers), and the driver's and the total's RSS after each night loaded, as a
least-squares slope in MB per 1,000 stories loaded: flat peaks and a slope
near zero while the corpus grows several-fold mean bounded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.memwatch import Reading, TreeSampler, rss_mb
from warehouse.connection import connect as connect_warehouse

if TYPE_CHECKING:
    from flows.backfill import BackfillSummary

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578"
TABLES = ("articles", "facts", "deliveries", "quarantine", "raw_files", "kill_notices")
DateRange = tuple[date, date]
DEFAULT_RANGES: tuple[DateRange, ...] = (
    (date(1987, 1, 1), date(1987, 1, 31)),  # no stories: start-up and the staging pass only
    (date(1987, 2, 1), date(1987, 3, 7)),  # the first week with stories
    (date(1987, 2, 1), date(1987, 3, 31)),  # the first month
    (date(1987, 2, 1), date(1987, 4, 30)),  # three months
    (date(1987, 2, 1), date(1987, 10, 31)),  # the whole corpus
)


def main() -> int:
    """Run the benchmark."""
    args = _parser().parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: the Reuters-21578 corpus is needed for this benchmark")
        return 0
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    if args.probe == "startup":
        return _probe_startup(args.probe_out)
    if args.probe:
        return _probe_range(_date_range(args.probe), args.workers[0], args.interval, args.probe_out)
    if args.memory:
        _memory_tables(args.ranges, args.workers, args.interval)
    else:
        _speed_table(args.start, args.end, args.workers, args.interval)
    return 0


def _parser() -> argparse.ArgumentParser:
    """The command line (``--probe`` and ``--probe-out`` are internal: one memory run)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--start", type=date.fromisoformat, default=date(1987, 2, 1))
    parser.add_argument("--end", type=date.fromisoformat, default=date(1987, 10, 31))
    parser.add_argument("--memory", action="store_true", help="memory over growing ranges, not speed")
    parser.add_argument(
        "--ranges",
        type=_date_range,
        nargs="+",
        default=list(DEFAULT_RANGES),
        metavar="START:END",
        help="date ranges of --memory, smallest first",
    )
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between RSS samples")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--probe-out", type=Path, help=argparse.SUPPRESS)
    return parser


def _date_range(text: str) -> DateRange:
    """``1987-02-01:1987-03-31`` as a pair of dates."""
    start, _, end = text.partition(":")
    return date.fromisoformat(start), date.fromisoformat(end)


def _speed_table(start: date, end: date, workers_counts: Sequence[int], interval: float) -> None:
    """Backfill the range twice per worker count (the second run must change no row); one line each.

    The memory columns are the peaks sampled during that line's two runs: the driver's RSS and
    the sum of its worker processes' (the Prefect server left out; see :mod:`benchmarks.memwatch`).
    """
    from flows.backfill import run_backfill
    from flows.settings import load_settings

    print(
        f"{'workers':>7} {'nights':>6} {'stories':>7} {'wall s':>7} {'stories/s':>9} {'s/night':>7} "
        f"{'overhead':>8} {'rerun same':>10} {'driver MB':>9} {'workers MB':>10} {'cpu s':>7}"
    )
    for workers in workers_counts:
        with tempfile.TemporaryDirectory(prefix="wirefacts-bench-") as tmp, TreeSampler(interval) as sampler:
            settings = load_settings(source=str(CORPUS), lake=f"{tmp}/lake", warehouse=f"{tmp}/w.sqlite")
            began, cpu_began = time.perf_counter(), _cpu_seconds()
            result = run_backfill(settings, start, end, workers=workers, reextract=False)
            wall, cpu = time.perf_counter() - began, _cpu_seconds() - cpu_began
            before = _fingerprint(Path(tmp) / "w.sqlite")
            run_backfill(settings, start, end, workers=workers, reextract=False)
            same = _fingerprint(Path(tmp) / "w.sqlite") == before
        _print_row(workers, result, wall, same, sampler.peaks, cpu)


def _cpu_seconds() -> float:
    """CPU seconds of this process and its ended children (the worker processes, once the run is over).

    On a machine shared with other work, wall time moves with the load; CPU time says what the
    backfill itself cost (worker pools end with their flow, so their time is counted).
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _print_row(
    workers: int, result: BackfillSummary, wall: float, same: bool, peaks: Reading, cpu: float
) -> None:
    """One line of the table.

    Overhead is the run's wall time minus the staging time and the sum of the
    stage times of every night, as a share of the wall time. With one worker the
    nights run strictly one after another, so the difference is what Prefect and
    the glue cost; with more workers nights overlap and it is not defined.
    """
    nights = result.nights
    stories = sum(n.articles_loaded for n in nights)
    stages = sum(sum(n.stage_seconds.values()) for n in nights)
    overhead = f"{(wall - result.staging_seconds - stages) / wall:.1%}" if workers == 1 else "n/a"
    print(
        f"{workers:>7} {len(nights):>6} {stories:>7} {wall:>7.1f} {stories / wall:>9.1f} "
        f"{wall / max(len(nights), 1):>7.2f} {overhead:>8} {same!s:>10} "
        f"{peaks.driver:>9.0f} {peaks.workers:>10.0f} {cpu:>7.1f}"
    )
    sys.stdout.flush()


def _fingerprint(path: Path) -> str:
    """A hash of every row of the data tables (runs excluded: each run adds one)."""
    con = connect_warehouse(path, read_only=True)
    try:
        digest = hashlib.sha256()
        for table in TABLES:
            digest.update(repr(con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()).encode())
        return digest.hexdigest()
    finally:
        con.close()


def _memory_tables(ranges: Sequence[DateRange], workers_counts: Sequence[int], interval: float) -> None:
    """Print the start-up cost, then the peaks and the per-night trend of every range, fresh process each."""
    _print_startup(_run_probe("startup", 1, interval))
    runs = []
    print(
        f"\n{'workers':>7} {'range':<22} {'nights':>6} {'stories':>7} {'max night':>9} {'start MB':>8} "
        f"{'driver MB':>9} {'maxrss MB':>9} {'workers MB':>10} {'total MB':>8} {'server MB':>9} "
        f"{'wall s':>6}"
    )
    for workers in workers_counts:
        for span in ranges:
            runs.append(_run_probe(f"{span[0]}:{span[1]}", workers, interval))
            _print_peaks(runs[-1])
    print(
        f"\nRSS after each night loaded: after the first and the last night, and the least-squares slope"
        f"\nover the nights against the stories loaded so far (MB per 1,000 stories; 0 = no growth)."
        f"\n{'workers':>7} {'range':<22} {'driver 1st':>10} {'driver last':>11} {'driver slope':>12} "
        f"{'total 1st':>9} {'total last':>10} {'total slope':>11}"
    )
    for run in runs:
        _print_trend(run)


def _run_probe(span: str, workers: int, interval: float) -> dict[str, Any]:
    """Run one probe in a fresh interpreter with its own Prefect home; return what it measured."""
    with tempfile.TemporaryDirectory(prefix="wirefacts-membench-") as tmp:
        out = Path(tmp) / "probe.json"
        command = [sys.executable, "-m", "benchmarks.backfill_bench", "--probe", span]
        command += ["--workers", str(workers), "--interval", str(interval), "--probe-out", str(out)]
        env = {**os.environ, "PREFECT_HOME": f"{tmp}/prefect"}
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"probe {span} with {workers} worker(s) failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(out.read_text())
        return result


def _print_startup(probe: dict[str, Any]) -> None:
    """The fixed cost: resident MB of the driver after each group of imports."""
    print(f"{'start-up, one process':<52} {'RSS MB':>6}")
    for step, mb in probe["steps"]:
        print(f"{step:<52} {mb:>6.0f}")
    sys.stdout.flush()


def _print_peaks(run: dict[str, Any]) -> None:
    """One line of the peaks table."""
    peaks = run["peaks"]
    print(
        f"{run['workers']:>7} {run['range']:<22} {run['nights']:>6} {run['stories']:>7} "
        f"{run['max_night']:>9} {run['start_mb']:>8.0f} {peaks['driver']:>9.0f} {run['maxrss_mb']:>9.0f} "
        f"{peaks['workers']:>10.0f} {run['peak_total']:>8.0f} {peaks['server']:>9.0f} {run['wall']:>6.0f}"
    )
    sys.stdout.flush()


def _print_trend(run: dict[str, Any]) -> None:
    """One line of the per-night trend table (dashes when fewer than two nights loaded)."""
    trend = run["trend"]
    head = f"{run['workers']:>7} {run['range']:<22}"
    if len(trend) < 2:
        print(f"{head} {'-':>10} {'-':>11} {'-':>12} {'-':>9} {'-':>10} {'-':>11}")
        return
    stories = [row[0] / 1000 for row in trend]
    driver = [row[1] for row in trend]
    total = [row[2] for row in trend]
    print(
        f"{head} {driver[0]:>10.0f} {driver[-1]:>11.0f} {_slope(stories, driver):>12.1f} "
        f"{total[0]:>9.0f} {total[-1]:>10.0f} {_slope(stories, total):>11.1f}"
    )


def _slope(x: list[float], y: list[float]) -> float:
    """Least-squares slope of y over x (0 when x does not vary)."""
    return statistics.linear_regression(x, y).slope if len(set(x)) > 1 else 0.0


def _probe_startup(out: Path) -> int:
    """Measure the resident memory after each group of imports a backfill needs; write it as JSON."""
    steps = [("python, duckdb, psutil, this benchmark", rss_mb())]
    import flows.backfill  # noqa: F401  (Prefect, pyarrow, pandas and the transforms)

    steps.append(("+ flows.backfill (Prefect, pyarrow, pandas, ...)", rss_mb()))
    import great_expectations  # noqa: F401  (imported by the first validation)

    steps.append(("+ great_expectations (first validation)", rss_mb()))
    from transforms.extract.units import _registry

    _registry()  # the pint registry the extractor builds on first use
    steps.append(("+ pint unit registry (first extraction)", rss_mb()))
    out.write_text(json.dumps({"steps": steps}))
    return 0


def _probe_range(span: DateRange, workers: int, interval: float, out: Path) -> int:
    """Backfill one range in this (fresh) process while sampling its tree's RSS; write the figures as JSON."""
    from flows.backfill import run_backfill
    from flows.progress import on_night_done
    from flows.settings import load_settings

    start_mb = rss_mb()
    trend: list[tuple[int, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="wirefacts-bench-") as tmp, TreeSampler(interval) as sampler:

        def night_loaded(night: Any, done: int, total: int) -> None:
            reading = sampler.sample()
            loaded = (trend[-1][0] if trend else 0) + night.articles_loaded
            trend.append((loaded, reading.driver, reading.total))

        settings = load_settings(source=str(CORPUS), lake=f"{tmp}/lake", warehouse=f"{tmp}/w.sqlite")
        began = time.perf_counter()
        with on_night_done(night_loaded):
            result = run_backfill(settings, span[0], span[1], workers=workers, reextract=False)
        wall = time.perf_counter() - began
    loaded = [n.articles_loaded for n in result.nights]
    figures = {
        "range": f"{span[0]}..{span[1]}",
        "workers": workers,
        "nights": len(loaded),
        "stories": sum(loaded),
        "max_night": max(loaded, default=0),
        "wall": wall,
        "start_mb": start_mb,
        "peaks": asdict(sampler.peaks),
        "peak_total": sampler.peak_total,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "samples": sampler.samples,
        "trend": trend,
    }
    out.write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
