"""The ``wirefacts`` command line.

Heavy imports (Prefect, Great Expectations, DuckDB) happen inside the commands
that need them, so ``wirefacts --help`` and ``wirefacts extract`` start fast.
User errors (a missing source, a bad date, a range that ends before it starts, a
folder that cannot be created, a night another run holds) are found before
Prefect is imported, and said in one line on stderr with exit code 2 (1 for a
held night), instead of a minute of server start-up and two tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, NoReturn

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

if TYPE_CHECKING:
    from flows.settings import Settings

USAGE_ERROR = 2
"""Exit code of a user error (and of a night refused by the quality gate)."""
RUN_FAILED = 1
"""Exit code of a run that failed: a held night, an error, a source that yielded no article."""

DateOption = Annotated[
    str | None,
    typer.Option(
        "--date", metavar="YYYY-MM-DD", help="The night to process (logical date). Default: yesterday, UTC."
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
    night = _parse_date(date_, "--date")
    settings = _checked_settings(source, lake, warehouse)
    if night is None:
        from flows.settings import default_night

        night = default_night()
    _refuse_held_night(settings, night)
    _prefect_defaults()
    from flows.io.locks import NightLockedError
    from flows.nightly import NightFailedError, NightRejectedError, nightly_flow

    try:
        result = nightly_flow(date=night, settings=settings)
    except NightRejectedError as exc:
        console.print(f"[bold red]night refused:[/] {exc}")
        raise typer.Exit(code=USAGE_ERROR) from exc
    except (NightFailedError, NightLockedError) as exc:
        _fail(f"night {night} failed: {exc}", RUN_FAILED)
    except Exception as exc:
        from flows.runs import describe

        _fail(
            f"night {night} failed: {describe(exc)} (recorded in runs; details in the log above)", RUN_FAILED
        )
    _print_summary(result)


@app.command()
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
    first, last = _parse_date(start, "--start"), _parse_date(end, "--end")
    assert first is not None and last is not None  # required options
    if last < first:
        _fail(f"--end {last} is before --start {first}")
    if workers < 1:
        _fail(f"--workers must be 1 or more, not {workers}")
    settings = _checked_settings(source, lake, warehouse, needs_source=not reextract)
    _prefect_defaults()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from flows.backfill import run_backfill
    from flows.progress import on_night_done

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
            try:
                result = run_backfill(settings, first, last, workers=workers, reextract=reextract)
            except Exception as exc:
                from flows.runs import describe

                _fail(f"backfill {first} to {last} failed: {describe(exc)}", RUN_FAILED)
    not_loaded = [n for n in result["nights"] if n["status"] != "success"]
    out = Console()
    out.print(
        f"backfill {result['start']} to {result['end']}: {len(result['nights'])} nights loaded "
        f"({result['empty_nights']} without stories, {result['undated_or_outside']} stories undated or "
        f"outside the range), {totals['stories']} stories, {totals['facts']} facts "
        f"in {result['seconds']:.1f} s"
    )
    out.print(_backfill_table(result["nights"]))
    for night in not_loaded:
        verb = "failed" if night["status"] == "failed" else "refused"
        out.print(f"[red]night {night['ingest_date']} {verb}:[/] {night['error']}")
    if any(n["status"] == "failed" for n in not_loaded):
        raise typer.Exit(code=RUN_FAILED)
    if not_loaded:
        raise typer.Exit(code=USAGE_ERROR)


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
    settings = _checked_settings(source, lake, warehouse)
    _prefect_defaults()
    from flows.serve import NoPrefectServerError, serve_nightly

    schedule = settings.schedule.model_copy(
        update={k: v for k, v in {"cron": cron, "timezone": timezone}.items() if v is not None}
    )
    try:
        serve_nightly(settings.model_copy(update={"schedule": schedule}))
    except NoPrefectServerError as exc:
        console.print(f"[bold red]{exc}[/]")
        raise typer.Exit(code=2) from exc


@app.command()
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

    settings = _checked_settings(None, lake, warehouse, needs_source=False)
    raise typer.Exit(code=print_status(settings, _parse_date(since, "--since")))


EXTRACT_TABLE_COLUMNS = (
    "id",
    "surface",
    "value",
    "qualifier",
    "unit",
    "kind",
    "subject",
    "subject_head",
    "about",
    "place",
)
"""What ``extract --format table`` shows of each fact; ``--format jsonl`` prints every field."""


@app.command()
def extract(
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.jsonl,
    input_jsonl: Annotated[
        bool,
        typer.Option(
            "--input-jsonl",
            help='Read one {"id": ..., "text": ..., "headline": ..., "dateline": ...} object per line '
            "(headline and dateline optional).",
        ),
    ] = False,
) -> None:
    """Extract numeric facts from text on stdin and print one JSON object per fact.

    A text over the article limits (limits.* settings) is refused with one line on
    stderr and no facts, as the nightly run would quarantine it.
    """
    from flows.settings import load_settings
    from transforms.extract import extract as extract_facts
    from transforms.limits import over_limit

    limits = load_settings().limits.article_limits()
    records = _read_inputs(sys.stdin, input_jsonl)
    out = Table(*EXTRACT_TABLE_COLUMNS)
    refused = 0
    for record in records:
        reason = over_limit(record.text, limits)
        if reason is not None:
            refused += 1
            sys.stderr.write(f"wirefacts: {'input' if record.id is None else record.id}: {reason}\n")
            continue
        for fact in extract_facts(record.text, headline=record.headline, dateline=record.dateline):
            row: dict[str, Any] = {"id": record.id, **asdict(fact)}
            if output_format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.add_row(*("NULL" if row[c] is None else str(row[c]) for c in EXTRACT_TABLE_COLUMNS))
    if output_format is OutputFormat.table:
        Console(width=max(160, Console().width)).print(out)
    if refused and refused == len(records):
        raise typer.Exit(code=1)


def _backfill_table(nights: list[dict[str, Any]]) -> Table:
    """One row per night of a backfill, as the Prefect artifact shows them."""
    table = Table("night", "status", "articles", "facts", "duplicates", "quarantined", "seconds")
    for night in nights:
        table.add_row(
            str(night["ingest_date"]),
            str(night["status"]),
            str(night["articles_loaded"]),
            str(night["facts_loaded"]),
            str(night["duplicates"]),
            str(night["quarantined"]),
            f"{sum(night['stage_seconds'].values()):.2f}",
        )
    return table


def _fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """Say what is wrong in one plain line on stderr (no wrapping, no markup) and exit."""
    sys.stderr.write(f"wirefacts: {' '.join(message.split())}\n")
    raise typer.Exit(code=code)


def _parse_date(value: str | None, flag: str) -> date | None:
    """A YYYY-MM-DD flag value, or exit 2 naming the flag."""
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        _fail(f"{flag} {value!r} is not a date like 2026-11-23")


def _checked_settings(
    source: str | None, lake: str | None, warehouse: Path | None, *, needs_source: bool = True
) -> Settings:
    """Resolve the settings and check what a run needs, before Prefect starts; exit 2 when wrong.

    The source must be a configured name or an existing folder (and a configured drop
    folder must exist); the lake (when local) and the warehouse's folder must exist or
    be creatable.
    """
    from pydantic import ValidationError

    from flows.io.sources import DropFolderSource
    from flows.settings import load_settings

    try:
        settings = load_settings(source=source, lake=lake, warehouse=warehouse)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        _fail(f"invalid configuration: {problems}")
    if needs_source:
        try:
            name, config = settings.resolve_source()
        except ValueError as exc:
            _fail(str(exc))
        if isinstance(config, DropFolderSource) and not config.path.is_dir():
            _fail(f"source {name!r}: its drop folder {config.path} does not exist")
    try:
        lake_ = settings.open_lake()
    except Exception as exc:  # an unknown URL scheme, a missing fsspec package...
        _fail(f"lake {settings.lake!r} cannot be opened: {exc}")
    if lake_.is_local:
        _creatable(Path(lake_.root), "lake folder")
    _creatable(Path(settings.warehouse).parent, "warehouse folder")
    return settings


def _creatable(folder: Path, what: str) -> None:
    """Create ``folder`` (a run would) or exit 2 saying why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"the {what} {folder} cannot be created: {exc.strerror or exc}")
    if not os.access(folder, os.W_OK | os.X_OK):
        _fail(f"the {what} {folder} is not writable")


def _refuse_held_night(settings: Settings, night: date) -> None:
    """Exit 1 at once, recording a failed run, when another process holds the night (unless told to wait)."""
    from flows.io.locks import locked_message, night_held_elsewhere

    if (
        settings.lock_wait_seconds > 0
        or (holder := night_held_elsewhere(settings.locks_dir(), night)) is None
    ):
        return
    import uuid

    from flows.runs import record_failure, run_row

    message = locked_message(night, holder)
    source_name = settings.resolve_source()[0]
    now = datetime.now().astimezone()
    row = run_row(uuid.uuid4().hex, night, source_name, "failed", now, finished_at=now, error=message)
    record_failure(settings, row)
    _fail(message, RUN_FAILED)


def _prefect_defaults() -> None:
    """Settings that make Prefect's temporary local server dependable on a small machine.

    The temporary server can take more than Prefect's default 20 s to start on a
    busy two-core machine, and must not try to send analytics from an offline one.
    Values already set in the environment win.
    """
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


class ExtractInput(NamedTuple):
    """One text to extract from, with the story context that tells its facts' company and place."""

    id: Any
    text: str
    headline: str | None = None
    dateline: str | None = None


def _read_inputs(stream: Any, input_jsonl: bool) -> list[ExtractInput]:
    """The texts on stdin: the whole of it with id None, or one per JSONL line."""
    if not input_jsonl:
        return [ExtractInput(None, stream.read())]
    records = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            records.append(
                ExtractInput(obj.get("id"), str(obj["text"]), obj.get("headline"), obj.get("dateline"))
            )
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
        f'  {_duckdb_command()} -readonly {result["warehouse"]} "SELECT value, unit, qualifier, subject, '
        'surface FROM facts ORDER BY article_id, start LIMIT 20"',
        soft_wrap=True,
        markup=False,
        highlight=False,
    )


def _duckdb_command() -> str:
    """The DuckDB shell as a user can paste it: ``uv run duckdb`` in the checkout, else its full path.

    The project ships the shell (``duckdb-cli``) in its environment, which is not on ``PATH``:
    a bare ``duckdb`` would exit 127 on a fresh machine.
    """
    from flows.settings import PROJECT_ROOT

    if Path.cwd().resolve() == PROJECT_ROOT:
        return "uv run duckdb"
    return str(Path(sys.executable).parent / "duckdb")


from flows.sql_command import sql  # noqa: E402  (registered last; it imports DuckDB lazily)

app.command(name="sql")(sql)

if __name__ == "__main__":
    app()
