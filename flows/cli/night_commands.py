"""``wirefacts run``, ``serve`` and ``status``: one night now, nights on a schedule, how they went."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from flows.cli.common import (
    RUN_FAILED,
    USAGE_ERROR,
    DateOption,
    LakeOption,
    SourceOption,
    WarehouseOption,
    checked_settings,
    console,
    fail,
    parse_date,
    prefect_defaults,
    refuse_held_night,
)
from flows.cli.prefect_server import EarlyServer, prefect_api, start_early

if TYPE_CHECKING:
    from datetime import date

    from flows.results import RunSummary
    from flows.settings import Settings
    from warehouse.catalog import Catalog


def run(
    date_: DateOption = None,
    source: SourceOption = None,
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Run the nightly job for one night: fetch → normalise → dedupe → extract → validate → load."""
    night = parse_date(date_, "--date")
    settings = checked_settings(source, lake, warehouse)
    if night is None:
        from flows.settings import default_night

        night = default_night()
    refuse_held_night(settings, night)
    prefect_defaults()
    server = start_early()  # its start overlaps the imports below and the warm-up
    from flows.warm_up import night_workers, warm_up_extractor
    from transforms.parallel import kept_processes

    # the night's parse and extract processes load while Prefect is imported and the flow run starts
    with kept_processes(night_workers(settings), warm=warm_up_extractor):
        result = _run_night(settings, night, server)
    _print_summary(result, settings.warehouse_target())


def _run_night(settings: Settings, night: date, server: EarlyServer | None) -> RunSummary:
    """The nightly flow for one night, its errors said in one line (:func:`run` after its checks)."""
    from flows.io.locks import NightLockedError
    from flows.nightly import NightFailedError, NightRejectedError, nightly_flow
    from flows.warm_up import warm_up_in_background

    # Prefect is imported now: the one-off costs of the night overlap the temporary server's start.
    warm_up_in_background(settings.data_docs_dir(), settings.warehouse_target())
    try:
        with prefect_api(server):
            return nightly_flow(date=night, settings=settings)
    except NightRejectedError as exc:
        console.print(f"[bold red]night refused:[/] {exc}")
        raise typer.Exit(code=USAGE_ERROR) from exc
    except (NightFailedError, NightLockedError) as exc:
        fail(f"night {night} failed: {exc}", RUN_FAILED)
    except Exception as exc:
        from flows.runs import describe

        fail(
            f"night {night} failed: {describe(exc)} (recorded in runs; details in the log above)", RUN_FAILED
        )


def serve(
    cron: Annotated[
        str | None, typer.Option(help="Cron schedule of the nightly run. Default: 0 2 * * *.")
    ] = None,
    timezone: Annotated[str | None, typer.Option(help="Time zone of the schedule. Default: UTC.")] = None,
    source: SourceOption = None,
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Register the nightly deployment on a Prefect server with its cron schedule and serve it."""
    settings = checked_settings(source, lake, warehouse)
    prefect_defaults()
    from flows.serve import NoPrefectServerError, serve_nightly

    schedule = settings.schedule.model_copy(
        update={k: v for k, v in {"cron": cron, "timezone": timezone}.items() if v is not None}
    )
    try:
        serve_nightly(settings.model_copy(update={"schedule": schedule}))
    except NoPrefectServerError as exc:
        console.print(f"[bold red]{exc}[/]")
        raise typer.Exit(code=2) from exc


def status(
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="YYYY-MM-DD",
            help="First night to show. Default: two weeks back from yesterday.",
        ),
    ] = None,
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
) -> None:
    """One line per night: loaded, refused, failed, crashed or not run, with counts and a page to open."""
    from flows.status import print_status

    settings = checked_settings(None, lake, warehouse, needs_source=False)
    raise typer.Exit(code=print_status(settings, parse_date(since, "--since")))


def _print_summary(result: RunSummary, catalog: Catalog) -> None:
    """Where things are, what happened, and a query to paste into duckdb."""
    from flows.results import COUNT_LABELS

    table = Table(title=f"wirefacts night {result.ingest_date}: {result.status}", show_header=False)
    table.add_column("what", no_wrap=True)
    table.add_column("value", overflow="fold")
    for key, count in result.counts().items():
        table.add_row(COUNT_LABELS[key], str(count))
    table.add_row("seconds", ", ".join(f"{k} {v:.2f}" for k, v in result.stage_seconds.items()))
    table.add_row("lake", result.lake)
    table.add_row("warehouse", result.warehouse)
    if result.data_docs:
        table.add_row("data docs", result.data_docs)
    out = Console()
    out.print(table)
    out.print("See the facts:")
    out.print(
        f"  {facts_query_command(catalog)}",
        soft_wrap=True,
        markup=False,
        highlight=False,
    )


FACTS_QUERY = "SELECT value, unit, qualifier, subject, surface FROM facts ORDER BY article_id, start LIMIT 20"
"""The first query the run's summary offers to paste."""


def facts_query_command(catalog: Catalog, query: str = FACTS_QUERY) -> str:
    """A shell command that opens the warehouse read-only in the ``duckdb`` shell and runs ``query``.

    The shell finds the DuckLake and SQLite extensions the pipeline installed from the
    pinned packages; a PostgreSQL catalog is named without its password (libpq reads
    ``PGPASSWORD`` or ``~/.pgpass``).
    """
    from warehouse.catalog import ALIAS

    attach = f"ATTACH 'ducklake:{catalog.describe_for_attach()}' AS {ALIAS} (READ_ONLY); USE {ALIAS}"
    return f'{_duckdb_command()} -c "{attach}; {query}"'


def _duckdb_command() -> str:
    """The DuckDB shell as a user can paste it: ``uv run duckdb`` in the checkout, else its full path.

    The project ships the shell (``duckdb-cli``) in its environment, which is not on ``PATH``:
    a bare ``duckdb`` would exit 127 on a fresh machine.
    """
    from flows.settings import PROJECT_ROOT

    if Path.cwd().resolve() == PROJECT_ROOT:
        return "uv run duckdb"
    return str(Path(sys.executable).parent / "duckdb")
