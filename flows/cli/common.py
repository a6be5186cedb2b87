"""What every ``wirefacts`` command shares: exit codes, options, and the checks made before Prefect starts."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

if TYPE_CHECKING:
    from flows.settings import Settings

console = Console(stderr=True)

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


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """Say what is wrong in one plain line on stderr (no wrapping, no markup) and exit."""
    sys.stderr.write(f"wirefacts: {' '.join(message.split())}\n")
    raise typer.Exit(code=code)


def parse_date(value: str | None, flag: str) -> date | None:
    """A YYYY-MM-DD flag value, or exit 2 naming the flag."""
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        fail(f"{flag} {value!r} is not a date like 2026-11-23")


def checked_settings(
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
        fail(f"invalid configuration: {problems}")
    if needs_source:
        try:
            name, config = settings.resolve_source()
        except ValueError as exc:
            fail(str(exc))
        if isinstance(config, DropFolderSource) and not config.path.is_dir():
            fail(f"source {name!r}: its drop folder {config.path} does not exist")
    try:
        lake_ = settings.open_lake()
    except Exception as exc:  # an unknown URL scheme, a missing fsspec package...
        fail(f"lake {settings.lake!r} cannot be opened: {exc}")
    if lake_.is_local:
        creatable(Path(lake_.root), "lake folder")
    creatable(Path(settings.warehouse).parent, "warehouse folder")
    return settings


def creatable(folder: Path, what: str) -> None:
    """Create ``folder`` (a run would) or exit 2 saying why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"the {what} {folder} cannot be created: {exc.strerror or exc}")
    if not os.access(folder, os.W_OK | os.X_OK):
        fail(f"the {what} {folder} is not writable")


def refuse_held_night(settings: Settings, night: date) -> None:
    """Exit 1 at once, recording a failed run, when another process holds the night (unless told to wait)."""
    from flows.io.locks import locked_message, night_held_elsewhere

    if (
        settings.lock_wait_seconds > 0
        or (holder := night_held_elsewhere(settings.night_locks(), night)) is None
    ):
        return
    import uuid

    from flows.runs import record_failure, run_row

    message = locked_message(night, holder)
    source_name = settings.resolve_source()[0]
    now = datetime.now().astimezone()
    row = run_row(uuid.uuid4().hex, night, source_name, "failed", now, finished_at=now, error=message)
    record_failure(settings, row)
    fail(message, RUN_FAILED)


def prefect_defaults() -> None:
    """Settings that make Prefect's temporary local server dependable on a small machine.

    The temporary server can take more than Prefect's default 20 s to start on a
    busy two-core machine, and must not try to send analytics from an offline one.
    Values already set in the environment win.
    """
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
