"""How long a night takes and how much of it is real work: issue 15's figures in one command.

    make bench-speed
    uv run --frozen python -m benchmarks.speed_bench [--only sample,sample-cold,reuters,backfill]

Each part runs the real command line in a subprocess, as an operator would, with a
fresh ``PREFECT_HOME`` prepared as ``make setup`` prepares one (Prefect's database
created and migrated, untimed: an operator's ``~/.prefect`` keeps it between runs),
so the temporary Prefect server starts as it does on every night but the first, and a
fresh lake and warehouse in a temporary folder (so nothing is skipped as already
ingested, and no other run's lock or Data Docs is touched):

* ``reuters``: all of Reuters-21578 as one night (``wirefacts run --source
  ../shared/corpora/reuters21578``): wall, the seconds of each stage (from the
  night's ``runs.stage_seconds``), the overhead share (wall minus the stages, over
  wall: imports, the Prefect server, flow and task bookkeeping), validation's share
  of the wall, and the peak RSS of the process tree;
* ``reuters-served``: the same night with a Prefect server already running (``make
  server``: started in the fresh home and waited for, untimed; the night names it in
  ``PREFECT_API_URL``), so no temporary server starts; the server's CPU is not counted;
* ``sample``: the bundled sample night (``wirefacts run --date 2026-11-23``);
* ``sample-cold``: the same night on a ``PREFECT_HOME`` never used (the very first
  run on a machine: Prefect migrates its database while the night waits); shown, no goal;
* ``backfill``: the corpus by its own dates, 58 nights from 1987-02-26 to 1987-10-20,
  with ``--workers 2`` (``wirefacts backfill``), wall and peak RSS.

CPU seconds are the process tree's user and system time (the command, the Prefect
server it starts, its workers), which a busy machine inflates far less than the wall.
RSS is sampled every ``--interval`` seconds over the command's whole process tree
(:class:`benchmarks.memwatch.TreeSampler`): ``total`` is the ETL (driver and
workers), the Prefect server is shown apart, as in the backfill benchmark.

Wall times depend on the machine: the load average is printed before and after, so
a figure measured while other work shares the cores says so. Reuters and the
backfill need ``../shared``; without it they are skipped with a message and the
sample still runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from benchmarks.memwatch import TreeSampler
from warehouse.connection import connect as connect_warehouse

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578"
WIREFACTS = Path(sys.executable).parent / "wirefacts"
SAMPLE_NIGHT = "2026-11-23"
BACKFILL_RANGE = ("1987-02-26", "1987-10-20")
"""The first and last publication dates of Reuters-21578: 58 nights with stories."""
PARTS = ("sample", "sample-cold", "reuters", "reuters-served", "backfill")
TIMEOUT_SECONDS = 1800

GOALS = {
    "reuters_wall": 30.0,
    "reuters_served_wall": 20.0,
    "sample_wall": 10.0,
    "backfill_wall": 60.0,
    "validation_share": 0.15,
    "peak_rss_mb": 1024.0,
}
"""Issue 15's budgets: seconds, a share of the night's wall, and MB of the ETL's processes."""


@dataclass(slots=True)
class Measured:
    """One command: wall seconds, exit code, RSS peaks (MB) and the stages its runs recorded."""

    wall: float
    code: int
    cpu: float = 0.0
    peak_total: float = 0.0
    peak_server: float = 0.0
    peak_driver: float = 0.0
    peak_workers: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    tail: str = ""

    @property
    def stage_sum(self) -> float:
        """Seconds inside the recorded stages."""
        return sum(self.stages.values())

    @property
    def overhead_share(self) -> float:
        """The share of the wall outside every stage (start-up, Prefect, bookkeeping)."""
        return (self.wall - self.stage_sum) / self.wall if self.wall else 0.0

    @property
    def validation_share(self) -> float:
        """The validate stage's share of the wall."""
        return self.stages.get("validate", 0.0) / self.wall if self.wall else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the parts asked for and print the table; 0 even when a goal is missed (it is a measurement)."""
    args = _parser().parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        print(f"unknown part(s) {', '.join(unknown)}: choose among {', '.join(PARTS)}", file=sys.stderr)
        return 2
    if not CORPUS.is_dir() and {"reuters", "reuters-served", "backfill"} & set(parts):
        print(f"{CORPUS} is absent: skipping the Reuters night and the backfill (they need ../shared)")
        parts = [p for p in parts if p == "sample"]
    print(f"{psutil.cpu_count()} cores, load average before: {_load()}")
    measured: dict[str, Measured] = {}
    for part in parts:
        print(f"running {part} ...", flush=True)
        measured[part] = _run_part(part, args.interval)
        if measured[part].code != 0:
            print(f"  {part} exited {measured[part].code}; last output:\n{measured[part].tail}")
    print(f"load average after: {_load()}")
    print(_table(measured))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.speed_bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help="comma-separated parts to run: " + ", ".join(PARTS) + " (default: all)",
    )
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between RSS samples")
    return parser


def _run_part(part: str, interval: float) -> Measured:
    """Run one part in a fresh temporary folder (Prefect home, lake, warehouse)."""
    with tempfile.TemporaryDirectory(prefix=f"wirefacts-speed-{part}-") as tmp:
        root = Path(tmp)
        lake, warehouse = root / "lake", root / "wirefacts.duckdb"
        places = ["--lake", str(lake), "--warehouse", str(warehouse)]
        env = _environment(root)
        if part != "sample-cold":
            _prepare_prefect_home(env)
        if part in {"sample", "sample-cold"}:
            command = [str(WIREFACTS), "run", "--date", SAMPLE_NIGHT, *places]
        elif part in {"reuters", "reuters-served"}:
            command = [str(WIREFACTS), "run", "--source", str(CORPUS), *places]
        else:
            start, end = BACKFILL_RANGE
            command = [str(WIREFACTS), "backfill", "--start", start, "--end", end, "--workers", "2"]
            command += ["--source", str(CORPUS), *places]
        with _running_server(env, enabled=part == "reuters-served") as served:
            result = _measure(command, served, root, interval)
        if warehouse.exists() and part != "backfill":
            result.stages = _stage_seconds(warehouse)
        return result


@contextmanager
def _running_server(env: Mapping[str, str], *, enabled: bool) -> Iterator[Mapping[str, str]]:
    """With ``enabled``, a real Prefect server on a free local port (as ``make server`` starts one),
    up before the night starts and stopped after; yields the environment that names it."""
    if not enabled:
        yield env
        return
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    prefect = Path(sys.executable).parent / "prefect"
    server = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=dict(env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server for reuters-served did not come up at {url}")
            time.sleep(0.5)
        yield {**env, "PREFECT_API_URL": url}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _healthy(url: str) -> bool:
    """Whether the Prefect API at ``url`` answers its health check."""
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


def _environment(root: Path) -> dict[str, str]:
    """The caller's environment without wirefacts settings, with a fresh Prefect home under ``root``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WIREFACTS_", "PREFECT_"))}
    env.update(
        PREFECT_HOME=str(root / "prefect"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120",
        GX_ANALYTICS_ENABLED="false",
        WIREFACTS_CONFIG=str(root / "absent.toml"),  # defaults only: no operator's config file
    )
    return env


def _prepare_prefect_home(env: Mapping[str, str]) -> None:
    """Create and migrate the fresh home's Prefect database, as ``make setup`` does (untimed)."""
    prefect = Path(sys.executable).parent / "prefect"
    subprocess.run(
        [str(prefect), "server", "database", "upgrade", "-y"],
        env=dict(env),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _measure(command: list[str], env: Mapping[str, str], root: Path, interval: float) -> Measured:
    """Run a command, sampling its process tree's RSS until it exits; keep the end of its output."""
    log = root / "output.log"
    with log.open("wb") as out:
        began, cpu_before = time.perf_counter(), _children_cpu()
        process = subprocess.Popen(command, cwd=REPO, env=dict(env), stdout=out, stderr=subprocess.STDOUT)
        sampler = TreeSampler(interval=interval, process=psutil.Process(process.pid))
        while process.poll() is None:
            try:
                sampler.sample()
            except psutil.Error:  # the command exited between poll() and the reading
                break
            if time.perf_counter() - began > TIMEOUT_SECONDS:
                process.kill()
            time.sleep(interval)
        code = process.wait()
        wall, cpu = time.perf_counter() - began, _children_cpu() - cpu_before
    tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:])
    peaks = sampler.peaks
    return Measured(wall, code, cpu, sampler.peak_total, peaks.server, peaks.driver, peaks.workers, tail=tail)


def _children_cpu() -> float:
    """User and system seconds of every waited-for descendant (a grandchild counts once its parent
    reaped it: the server and the workers are)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _stage_seconds(warehouse: Path) -> dict[str, float]:
    """The stage seconds of the warehouse's latest run (``runs.stage_seconds``)."""
    con = connect_warehouse(warehouse, read_only=True)
    try:
        row = con.execute("SELECT stage_seconds FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
    finally:
        con.close()
    value: Any = row[0] if row else None
    if isinstance(value, dict) and set(value) == {"key", "value"}:  # older DuckDB clients
        value = dict(zip(value["key"], value["value"], strict=True))
    return {str(k): float(v) for k, v in (value or {}).items()}


def _load() -> str:
    """The 1, 5 and 15 minute load averages."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _verdict(value: float, goal: float) -> str:
    return "ok" if value < goal else "MISSED"


def _table(measured: Mapping[str, Measured]) -> str:
    """Figures beside their goals, one line each."""
    rows: list[tuple[str, str, str, str]] = []
    if (night := measured.get("reuters")) is not None:
        rows.append(_row("Reuters night wall", night.wall, "s", GOALS["reuters_wall"]))
        rows += _night_rows(night, "process tree")
        share = night.validation_share
        rows.append(
            (
                "  validation share",
                f"{share:.1%}",
                f"< {GOALS['validation_share']:.0%}",
                _verdict(share, 0.15),
            )
        )
        rows.append(_row("  peak RSS (ETL)", night.peak_total, "MB", GOALS["peak_rss_mb"]))
        rows.append(("  peak RSS (Prefect server)", f"{night.peak_server:.0f} MB", "", "apart"))
    if (served := measured.get("reuters-served")) is not None:
        rows.append(_row("Reuters night, server running", served.wall, "s", GOALS["reuters_served_wall"]))
        rows += _night_rows(served, "the night's processes")
    if (sample := measured.get("sample")) is not None:
        rows.append(_row("sample night wall", sample.wall, "s", GOALS["sample_wall"]))
        rows.append(("  CPU (process tree)", f"{sample.cpu:.1f} s", "", ""))
        stages = ", ".join(f"{k} {v:.2f}" for k, v in sample.stages.items()) or "(none recorded)"
        rows.append(("  stages (s)", stages, "", ""))
        rows.append(
            (
                "  validate",
                f"{sample.stages.get('validate', 0.0):.2f} s",
                "< 1 s",
                _verdict(sample.stages.get("validate", 0.0), 1.0),
            )
        )
    if (cold := measured.get("sample-cold")) is not None:
        rows.append(("sample night, first run ever", f"{cold.wall:.1f} s", "", "fresh PREFECT_HOME"))
        rows.append(("  CPU (process tree)", f"{cold.cpu:.1f} s", "", ""))
    if (backfill := measured.get("backfill")) is not None:
        rows.append(_row("backfill 58 nights, 2 workers", backfill.wall, "s", GOALS["backfill_wall"]))
        rows.append(("  CPU (process tree)", f"{backfill.cpu:.1f} s", "", ""))
        rows.append(
            (
                "  peak RSS (ETL)",
                f"{backfill.peak_total:.0f} MB",
                "bounded",
                f"driver {backfill.peak_driver:.0f} MB, 2 workers {backfill.peak_workers:.0f} MB together; "
                "flat as the range grows: benchmarks.backfill_bench --memory",
            )
        )
    for name, result in measured.items():
        if result.code != 0:
            rows.append((f"{name} exit code", str(result.code), "0", "FAILED"))
    width = max((len(r[0]) for r in rows), default=10)
    measured_width = max((len(r[1]) for r in rows), default=10)
    lines = [f"{'figure':<{width}}  {'measured':<{measured_width}}  {'goal':<10}  verdict"]
    lines += [f"{a:<{width}}  {b:<{measured_width}}  {c:<10}  {d}" for a, b, c, d in rows]
    return "\n".join(lines)


def _night_rows(night: Measured, whose: str) -> list[tuple[str, str, str, str]]:
    """A Reuters night's CPU, stage seconds, their sum and the overhead share."""
    stages = ", ".join(f"{k} {v:.1f}" for k, v in night.stages.items()) or "(none recorded)"
    return [
        (f"  CPU ({whose})", f"{night.cpu:.1f} s", "", ""),
        ("  stages (s)", stages, "", ""),
        ("  sum of stages", f"{night.stage_sum:.1f} s", "", ""),
        ("  overhead share", f"{night.overhead_share:.0%}", "", "(wall - stages) / wall"),
    ]


def _row(label: str, value: float, unit: str, goal: float) -> tuple[str, str, str, str]:
    shown = f"{value:.0f} {unit}" if unit == "MB" else f"{value:.1f} {unit}"
    target = f"< {goal:.0f} {unit}" if unit == "MB" else f"< {goal:g} {unit}"
    return label, shown, target, _verdict(value, goal)


if __name__ == "__main__":
    sys.exit(main())
