"""``wirefacts sql``: query the warehouse read-only from the shell.

A rich table for people, CSV or JSON lines for pipes. DuckDB and the settings
are imported inside the command, so ``wirefacts --help`` and the other commands
do not pay for them.
"""

from __future__ import annotations

import csv as csv_module
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from flows.settings import Settings

_errors = Console(stderr=True, soft_wrap=True)


def sql(
    query: Annotated[str, typer.Argument(help="One read-only statement; ? marks a --param.")],
    warehouse: Annotated[
        Path | None,
        typer.Option(
            "--warehouse", help="The warehouse's SQLite catalog file. Default: the configured warehouse."
        ),
    ] = None,
    at_snapshot: Annotated[
        int | None,
        typer.Option(
            "--at-snapshot",
            min=0,
            help="Query the warehouse as it was at this snapshot (see runs.snapshot_id).",
        ),
    ] = None,
    csv: Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print one JSON object per row.")] = False,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", help="A value bound to the next ? (repeatable); never pasted into SQL."),
    ] = None,
) -> None:
    """Run a read-only SQL query on the warehouse and print the rows (exit 2 if refused, invalid or too slow).

    The query sees only the warehouse (no files, URLs or extensions) and is stopped
    after ``sql.timeout_seconds`` (default 60 s). It never holds up a load: it reads one
    snapshot, the newest or the one ``--at-snapshot`` names.
    """
    from warehouse.sql import QueryError
    from warehouse.sql import query as run_query

    if csv and json_:
        _fail("choose one of --csv and --json")
    settings = _settings()
    target = warehouse if warehouse is not None else settings.warehouse_target()
    try:
        columns, rows = run_query(
            target, query, param or [], timeout_seconds=settings.sql.timeout_seconds, snapshot=at_snapshot
        )
    except QueryError as exc:
        _fail(str(exc))
    if csv:
        _print_csv(columns, rows)
    elif json_:
        _print_json(columns, rows)
    else:
        _print_table(columns, rows)


def _settings() -> Settings:
    """The same settings ``wirefacts run`` uses: the default warehouse and the query time limit."""
    from flows.settings import load_settings

    return load_settings()


def _fail(message: str) -> NoReturn:
    """One red line on stderr and exit code 2, so scripts can tell a refusal from a crash."""
    _errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code=2)


def _print_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], console: Console | None = None
) -> None:
    """A rich table; NULL shown as NULL so it is not mistaken for an empty string.

    In a terminal the table fits the window (long values wrap). Piped to a file,
    ``less`` or ``grep`` there is no window to fit, and rich would otherwise squeeze the
    table into 80 columns and cut values ("2026-…"): the table is then as wide as its
    longest values, every value whole on one line.
    """
    table = Table(*columns, caption=f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    for row in rows:
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    console = console or Console()
    if not console.is_terminal:
        width = Console(width=_UNBOUNDED_WIDTH, file=console.file).measure(table).maximum
        console = Console(width=max(width, 1), file=console.file, no_color=True, highlight=False)
    console.print(table, crop=False)


_UNBOUNDED_WIDTH = 1_000_000
"""A width no table reaches, to measure a table's natural width."""


def _print_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """RFC 4180 CSV with a header; NULL is an empty field."""
    writer = csv_module.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)


def _print_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """One JSON object per row; dates, timestamps and decimals as strings."""
    for row in rows:
        sys.stdout.write(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
        sys.stdout.write("\n")
