"""Resident memory of a process and of its children, sampled in a background thread.

``ru_maxrss`` is a lifetime maximum of one process (or of the largest child that
was waited for), so it cannot show how the memory of a backfill's process tree
moves while nights are loaded. :class:`TreeSampler` reads, every ``interval``
seconds, the RSS of this process (the driver) and of every descendant, and
keeps the peaks. Children are told apart by their command line:

* the Prefect ephemeral API server (a ``uvicorn`` subprocess; without
  ``PREFECT_API_URL`` every ``ProcessPoolTaskRunner`` worker starts one of its
  own too): a separate service in a deployment, so servers are reported on
  their own and left out of the total;
* everything else (the ``ProcessPoolTaskRunner`` workers and multiprocessing's
  resource tracker): the workers.

RSS counts shared pages (libraries, Arrow's memory-mapped files) once per
process, so the sum over processes somewhat overstates what the tree needs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from types import TracebackType

import psutil

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Reading:
    """Resident MB at one instant.

    Attributes:
        driver: This process: the flow, the loads and, with one worker, the transforms.
        workers: Every child process but the Prefect server.
        server: The Prefect ephemeral API server.
    """

    driver: float = 0.0
    workers: float = 0.0
    server: float = 0.0

    @property
    def total(self) -> float:
        """The ETL's own memory: the driver and its workers (the Prefect server left out)."""
        return self.driver + self.workers

    def peak(self, other: Reading) -> Reading:
        """The larger of each figure (the total's peak is tracked separately: it is not a sum of peaks)."""
        return Reading(
            max(self.driver, other.driver), max(self.workers, other.workers), max(self.server, other.server)
        )


def rss_mb(process: psutil.Process | None = None) -> float:
    """Resident MB of a process (this one by default)."""
    return float((process or psutil.Process()).memory_info().rss) / MB


class TreeSampler:
    """Samples a process tree's RSS in a daemon thread and keeps its peaks; a context manager."""

    def __init__(self, interval: float = 0.2, process: psutil.Process | None = None) -> None:
        """Watch ``process`` (this one by default) and its descendants every ``interval`` seconds."""
        self.interval = interval
        self.process = process or psutil.Process()
        self.peaks = Reading()
        self.peak_total = 0.0
        self.samples = 0
        self._roles: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="rss-sampler", daemon=True)
        self._lock = threading.Lock()

    def __enter__(self) -> TreeSampler:
        """Take a first sample and start the thread."""
        self.sample()
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Stop the thread and take a last sample."""
        self._stop.set()
        self._thread.join()
        self.sample()

    def sample(self) -> Reading:
        """Read the tree now and fold the reading into the peaks."""
        reading = self.read()
        with self._lock:
            self.peaks = self.peaks.peak(reading)
            self.peak_total = max(self.peak_total, reading.total)
            self.samples += 1
        return reading

    def read(self) -> Reading:
        """Resident MB of the driver, its workers and the Prefect server, now."""
        workers = server = 0.0
        for child in self.process.children(recursive=True):
            try:
                rss = rss_mb(child)
                role = self._role(child)
            except psutil.Error:  # exited between the listing and the reading
                continue
            if role == "server":
                server += rss
            else:
                workers += rss
        return Reading(rss_mb(self.process), workers, server)

    def _loop(self) -> None:
        """Sample until stopped."""
        while not self._stop.wait(self.interval):
            self.sample()

    def _role(self, child: psutil.Process) -> str:
        """``server`` for the Prefect API server, ``worker`` for anything else (cached by pid)."""
        if child.pid not in self._roles:
            self._roles[child.pid] = "server" if "uvicorn" in " ".join(child.cmdline()) else "worker"
        return self._roles[child.pid]
