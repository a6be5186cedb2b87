"""``wirefacts backfill``: every night of a date range, transformed in parallel, loaded in date order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from flows.cli.common import (
    RUN_FAILED,
    USAGE_ERROR,
    LakeOption,
    SourceOption,
    WarehouseOption,
    checked_settings,
    console,
    fail,
    parse_date,
    prefect_defaults,
)
from flows.cli.prefect_server import prefect_api, start_early

if TYPE_CHECKING:
    from flows.results import RunSummary


def backfill(
    start: Annotated[str, typer.Option("--start", metavar="YYYY-MM-DD", help="First night.")],
    end: Annotated[str, typer.Option("--end", metavar="YYYY-MM-DD", help="Last night (included).")],
    workers: Annotated[int, typer.Option(help="Nights transformed at once (1 or more).")] = 2,
    reextract: Annotated[
        bool,
        typer.Option("--reextract", help="Replay each night's landed payloads; do not touch the source."),
    ] = False,
    source: SourceOption = None,
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Run every night of a date range: transforms in parallel, loads one after another, each idempotent."""
    first, last = parse_date(start, "--start"), parse_date(end, "--end")
    assert first is not None and last is not None  # required options
    if last < first:
        fail(f"--end {last} is before --start {first}")
    if workers < 1:
        fail(f"--workers must be 1 or more, not {workers}")
    settings = checked_settings(source, lake, warehouse, needs_source=not reextract)
    prefect_defaults()
    server = start_early()  # its start overlaps the imports below
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from flows.backfill import run_backfill
    from flows.progress import on_night_done

    totals = {"stories": 0, "facts": 0}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, redirect_stdout=False, redirect_stderr=False) as progress:
        bar = progress.add_task("nights", total=None)

        def advance(night: RunSummary, done: int, total: int) -> None:
            totals["stories"] += night.articles_loaded
            totals["facts"] += night.facts_loaded
            description = f"night {night.ingest_date} {night.status}: {totals['stories']} stories"
            description += f", {totals['facts']} facts"
            progress.update(bar, completed=done, total=total, description=description)

        with on_night_done(advance):
            try:
                with prefect_api(server):
                    result = run_backfill(settings, first, last, workers=workers, reextract=reextract)
            except Exception as exc:
                from flows.runs import describe

                fail(f"backfill {first} to {last} failed: {describe(exc)}", RUN_FAILED)
    not_loaded = [n for n in result.nights if n.status != "success"]
    out = Console()
    out.print(
        f"backfill {result.start} to {result.end}: {len(result.nights)} nights loaded "
        f"({result.empty_nights} without stories, {result.undated_or_outside} stories undated or "
        f"outside the range), {totals['stories']} stories, {totals['facts']} facts "
        f"in {result.seconds:.1f} s"
    )
    out.print(_backfill_table(result.nights))
    for night in not_loaded:
        verb = "failed" if night.status == "failed" else "refused"
        out.print(f"[red]night {night.ingest_date} {verb}:[/] {night.error}")
    if any(n.status == "failed" for n in not_loaded):
        raise typer.Exit(code=RUN_FAILED)
    if not_loaded:
        raise typer.Exit(code=USAGE_ERROR)


def _backfill_table(nights: list[RunSummary]) -> Table:
    """One row per night of a backfill, as the Prefect artifact shows them."""
    from flows.results import NIGHT_COLUMNS, night_cells

    table = Table(*(header for header, _ in NIGHT_COLUMNS))
    for night in nights:
        table.add_row(*night_cells(night))
    return table
