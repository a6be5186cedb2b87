"""``wirefacts status``: which nights ran, and how, one line each.

An operator's first question after a weekend is "did every night load?". The
``runs`` table answers it for nights that ran, but a night the scheduler never
started has no row at all, so it is easy to miss. This lists every night of a
range, the ones without a run included ("not run"), with the latest run's
verdict, counts, duration, quarantine count and the report page to open.

The CLI calls :func:`print_status`; the logic is here so the command stays a
few lines and the range and verdicts can be tested without a terminal.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from expectations.run_page import NightRun
    from flows.settings import Settings

DEFAULT_NIGHTS = 14
"""Nights shown without --since: two weeks ending yesterday (or at the last recorded night)."""
NOT_RUN = "not run"
NEEDS_ATTENTION = {"refused", "failed", "crashed", NOT_RUN}
"""Verdicts that make the command exit 1, so a monitor can run it and alert."""
EXIT_OK, EXIT_ATTENTION, EXIT_NO_WAREHOUSE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class NightLine:
    """One night of the status: its verdict and, when it ran, the latest run's numbers."""

    night: date
    verdict: str
    run: NightRun | None
    page: Path | None


def night_lines(
    runs: list[NightRun],
    *,
    since: date | None,
    until: date | None,
    today: date,
    page_of: dict[date, Path] | None = None,
) -> list[NightLine]:
    """Every night from ``since`` to ``until``, with the latest run of each or "not run".

    Args:
        runs: The latest run of every recorded night (``expectations.run_page.night_runs``).
        since: First night; default: ``DEFAULT_NIGHTS`` nights back from ``until``, but not
            before the first recorded night (a new warehouse does not list weeks of "not run").
        until: Last night; default: yesterday (the night a schedule runs next) or the last
            recorded night if later.
        today: Today's date (UTC), which fixes "yesterday".
        page_of: The report page of each night that has one.
    """
    by_night = {run.night: run for run in runs}
    last = max(by_night, default=None)
    end = until or max(d for d in (today - timedelta(days=1), last) if d is not None)
    if since is None:
        start = end - timedelta(days=DEFAULT_NIGHTS - 1)
        first_recorded = min((d for d in by_night if d <= end), default=None)
        if first_recorded is not None and first_recorded > start:
            start = first_recorded
    else:
        start = since
    pages = page_of or {}
    lines = []
    night = start
    while night <= end:
        run = by_night.get(night)
        lines.append(NightLine(night, run.word if run else NOT_RUN, run, pages.get(night)))
        night += timedelta(days=1)
    return lines


def format_lines(lines: list[NightLine]) -> list[str]:
    """The lines as aligned plain text (a header, then one line per night); no colour, so it pipes."""
    header = ("night", "status", "runs", "articles", "facts", "quarantined", "duration", "page / why")
    table: list[tuple[str, ...]] = [header]
    for line in lines:
        run = line.run
        page = str(line.page) if line.page else "-"
        why = f"  ({_one_line(run.error)})" if run and run.error and line.verdict != "loaded" else ""
        if run is None:
            table.append((str(line.night), line.verdict, "0", "-", "-", "-", "-", "-"))
            continue
        duration = "-" if run.duration_seconds is None else f"{run.duration_seconds:.1f}s"
        table.append(
            (
                str(line.night),
                line.verdict,
                str(run.runs),
                str(run.articles_loaded),
                str(run.facts_loaded),
                str(run.quarantined),
                duration,
                page + why,
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in table
    ]


def print_status(
    target: Settings | Path,
    since: date | None,
    *,
    until: date | None = None,
    docs_root: Path | None = None,
    today: date | None = None,
    out: TextIO | None = None,
    write_pages: bool = True,
) -> int:
    """Print one line per night and return the exit code for the CLI.

    Args:
        target: The settings (warehouse and Data Docs folder from them) or a warehouse file.
        since: First night to show (see :func:`night_lines` for the default).
        until: Last night to show; default yesterday or the last recorded night.
        docs_root: Data Docs folder for the report pages; default from the settings, or
            ``data_docs`` beside a warehouse file given alone.
        today: Today's date (UTC); tests pass a fixed one.
        out: Where to print; default stdout.
        write_pages: Refresh the night report pages first, so every page printed exists
            and is current (they are written from the warehouse, read-only).

    Returns:
        0 when every night shown loaded (or is running), 1 when one was refused, failed,
        crashed or not run, 2 when there is no warehouse to read.
    """
    from expectations.run_page import night_page, night_runs, write_reports
    from warehouse.catalog import Catalog
    from warehouse.connection import connect

    stream = out or sys.stdout
    if isinstance(target, Path):
        catalog, docs = Catalog.sqlite(target), docs_root or target.resolve().parent / "data_docs"
    else:
        catalog, docs = target.warehouse_target(), docs_root or target.data_docs_dir()
    if not catalog.exists():
        stream.write(f"no warehouse at {catalog.describe()}: nothing has run yet (wirefacts run)\n")
        return EXIT_NO_WAREHOUSE
    con = connect(catalog, read_only=True)  # a reader never waits for a load (DuckLake snapshots)
    try:
        if write_pages:
            write_reports(con, docs)
        runs = night_runs(con)
    finally:
        con.close()
    pages = {run.night: night_page(docs, run.night) for run in runs}
    pages = {night: page for night, page in pages.items() if page.is_file()}
    lines = night_lines(
        runs, since=since, until=until, today=today or datetime.now(UTC).date(), page_of=pages
    )
    for text in format_lines(lines):
        stream.write(text.rstrip() + "\n")
    return EXIT_ATTENTION if any(line.verdict in NEEDS_ATTENTION for line in lines) else EXIT_OK


def _one_line(text: str, limit: int = 160) -> str:
    """An error on one short line for the status table."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
