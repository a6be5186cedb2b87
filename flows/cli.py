"""The ``wirefacts`` command line.

Heavy imports (Prefect, Great Expectations, DuckDB) happen inside the commands
that need them, so ``wirefacts --help`` and ``wirefacts extract`` start fast.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    name="wirefacts",
    help="Batch ETL for news wire stories: fetch, normalise, deduplicate, extract numeric facts, "
    "validate with Great Expectations and load into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console(stderr=True)

DateOption = Annotated[
    datetime | None,
    typer.Option(
        "--date", formats=["%Y-%m-%d"], help="The night to process (logical date). Default: yesterday, UTC."
    ),
]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="A configured source name, or a drop-folder path.")
]
LakeOption = Annotated[
    str | None,
    typer.Option("--lake", help="Root of the Parquet lake: a folder or an fsspec URL (s3://b/lake)."),
]
WarehouseOption = Annotated[Path | None, typer.Option("--warehouse", help="DuckDB warehouse file.")]


class OutputFormat(StrEnum):
    """Output formats of ``wirefacts extract``."""

    jsonl = "jsonl"
    table = "table"


@app.command()
def run(
    date_: DateOption = None,
    source: SourceOption = None,
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Run the nightly job for one night: fetch → normalise → dedupe → extract → validate → load."""
    _prefect_defaults()
    from flows.nightly import NightRejectedError, nightly_flow

    night = date_.date() if date_ else None
    try:
        result = nightly_flow(
            date=night,
            source=source,
            lake=str(lake) if lake else None,
            warehouse=str(warehouse) if warehouse else None,
        )
    except NightRejectedError as exc:
        console.print(f"[bold red]night refused:[/] {exc}")
        raise typer.Exit(code=2) from exc
    _print_summary(result)


@app.command()
def backfill(
    start: Annotated[datetime, typer.Option("--start", formats=["%Y-%m-%d"], help="First night.")],
    end: Annotated[datetime, typer.Option("--end", formats=["%Y-%m-%d"], help="Last night (included).")],
    workers: Annotated[int, typer.Option(min=1, help="Nights transformed at once.")] = 2,
    reextract: Annotated[
        bool,
        typer.Option("--reextract", help="Replay each night's landed payloads; do not touch the source."),
    ] = False,
    source: SourceOption = None,
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Run every night of a date range: transforms in parallel, loads one after another, each idempotent."""
    _prefect_defaults()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from flows.backfill import run_backfill
    from flows.progress import on_night_done
    from flows.settings import load_settings

    settings = load_settings(source=source, lake=lake, warehouse=warehouse)
    totals = {"stories": 0, "facts": 0}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, redirect_stdout=False, redirect_stderr=False) as progress:
        bar = progress.add_task("nights", total=None)

        def advance(night: Any, done: int, total: int) -> None:
            totals["stories"] += night.articles_loaded
            totals["facts"] += night.facts_loaded
            description = f"night {night.ingest_date} {night.status}: {totals['stories']} stories"
            description += f", {totals['facts']} facts"
            progress.update(bar, completed=done, total=total, description=description)

        with on_night_done(advance):
            result = run_backfill(settings, start.date(), end.date(), workers=workers, reextract=reextract)
    refused = [n for n in result["nights"] if n["status"] != "success"]
    out = Console()
    out.print(
        f"backfill {result['start']} to {result['end']}: {len(result['nights'])} nights loaded "
        f"({result['empty_nights']} without stories, {result['undated_or_outside']} stories undated or "
        f"outside the range), {totals['stories']} stories, {totals['facts']} facts "
        f"in {result['seconds']:.1f} s"
    )
    for night in refused:
        out.print(f"[red]night {night['ingest_date']} refused:[/] {night['error']}")
    if refused:
        raise typer.Exit(code=2)


@app.command()
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
    _prefect_defaults()
    from flows.serve import NoPrefectServerError, serve_nightly
    from flows.settings import load_settings

    settings = load_settings(source=source, lake=lake, warehouse=warehouse)
    schedule = settings.schedule.model_copy(
        update={k: v for k, v in {"cron": cron, "timezone": timezone}.items() if v is not None}
    )
    try:
        serve_nightly(settings.model_copy(update={"schedule": schedule}))
    except NoPrefectServerError as exc:
        console.print(f"[bold red]{exc}[/]")
        raise typer.Exit(code=2) from exc


@app.command()
def extract(
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.jsonl,
    input_jsonl: Annotated[
        bool, typer.Option("--input-jsonl", help='Read one {"id": ..., "text": ...} object per line.')
    ] = False,
) -> None:
    """Extract numeric facts from text on stdin and print one JSON object per fact."""
    from transforms.extract import extract as extract_facts

    records = _read_inputs(sys.stdin, input_jsonl)
    out = Table("id", "surface", "value", "low", "high", "qualifier", "unit", "kind", "subject")
    for record_id, text in records:
        for fact in extract_facts(text):
            row: dict[str, Any] = {"id": record_id, **asdict(fact)}
            if output_format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.add_row(
                    *(
                        str(row[c])
                        for c in (
                            "id",
                            "surface",
                            "value",
                            "low",
                            "high",
                            "qualifier",
                            "unit",
                            "kind",
                            "subject",
                        )
                    )
                )
    if output_format is OutputFormat.table:
        Console().print(out)


def _prefect_defaults() -> None:
    """Settings that make Prefect's temporary local server dependable on a small machine.

    The temporary server can take more than Prefect's default 20 s to start on a
    busy two-core machine, and must not try to send analytics from an offline one.
    Values already set in the environment win.
    """
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


def _read_inputs(stream: Any, input_jsonl: bool) -> list[tuple[Any, str]]:
    """(id, text) pairs from stdin: the whole text with id None, or one per JSONL line."""
    if not input_jsonl:
        return [(None, stream.read())]
    records = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            records.append((obj.get("id"), str(obj["text"])))
        except (json.JSONDecodeError, KeyError, AttributeError) as exc:
            console.print(f'[red]line {number}: not a JSON object with a "text" field ({exc}); skipped[/]')
    return records


def _print_summary(result: dict[str, Any]) -> None:
    """Where things are, what happened, and a query to paste into duckdb."""
    table = Table(title=f"wirefacts night {result['ingest_date']}: {result['status']}", show_header=False)
    table.add_column("what", no_wrap=True)
    table.add_column("value", overflow="fold")
    for label, key in [
        ("stories fetched", "fetched"),
        ("new payloads", "new_payloads"),
        ("articles read", "articles_read"),
        ("duplicates", "duplicates"),
        ("stale versions ignored", "stale_versions"),
        ("kill notices", "kill_notices"),
        ("quarantined", "quarantined"),
        ("articles loaded", "articles_loaded"),
        ("facts loaded", "facts_loaded"),
    ]:
        table.add_row(label, str(result[key]))
    table.add_row("seconds", ", ".join(f"{k} {v:.2f}" for k, v in result["stage_seconds"].items()))
    table.add_row("lake", result["lake"])
    table.add_row("warehouse", result["warehouse"])
    if result.get("data_docs"):
        table.add_row("data docs", result["data_docs"])
    out = Console()
    out.print(table)
    out.print("See the facts:")
    out.print(
        f'  duckdb -readonly {result["warehouse"]} "SELECT value, unit, qualifier, subject, surface '
        'FROM facts ORDER BY article_id, start LIMIT 20"',
        soft_wrap=True,
    )


from flows.sql_command import sql  # noqa: E402  (registered last; it imports DuckDB lazily)

app.command(name="sql")(sql)

if __name__ == "__main__":
    app()
