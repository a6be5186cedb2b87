"""``wirefacts maintain``: expire old snapshots and delete the files nothing needs any more."""

from __future__ import annotations

from typing import Annotated

import typer

from flows.cli.common import LakeOption, WarehouseOption, checked_settings, fail


def maintain(
    lake: LakeOption = None,
    warehouse: WarehouseOption = None,
    retention_days: Annotated[
        float | None,
        typer.Option(
            "--retention-days",
            help="Expire snapshots older than this many days (default: maintenance.retention_days, 30).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only say what would be expired and deleted.")
    ] = False,
) -> None:
    """Expire snapshots older than the retention (each night's latest load is kept), delete old files."""
    from datetime import timedelta

    if retention_days is not None and retention_days < 0:
        fail(f"--retention-days {retention_days} must not be negative")
    settings = checked_settings(None, lake, warehouse, needs_source=False)
    if not settings.warehouse_target().exists():
        fail(f"no warehouse at {settings.warehouse_target().describe()}: nothing to maintain")
    from flows.maintain import describe, run_maintenance

    retention = timedelta(days=retention_days) if retention_days is not None else None
    report = run_maintenance(settings, dry_run=dry_run, retention=retention)
    typer.echo(describe(report))
    if report.expired:
        typer.echo(f"snapshots: {', '.join(str(s) for s in report.expired)}")
