"""Scheduled warehouse maintenance: expire old snapshots, delete the files nothing needs any more.

``wirefacts maintain`` runs it once (no Prefect needed); ``wirefacts serve`` also serves
it as the ``wirefacts-maintain/maintain`` deployment on ``maintenance.cron``. What is
kept and deleted is :func:`warehouse.maintenance.maintain`'s rule.
"""

from __future__ import annotations

from datetime import timedelta

from prefect import flow

from flows.settings import Settings, load_settings
from warehouse.connection import connect
from warehouse.maintenance import MaintenanceReport, maintain


def run_maintenance(
    settings: Settings, *, dry_run: bool = False, retention: timedelta | None = None
) -> MaintenanceReport:
    """Expire snapshots older than the retention and delete old files (see :mod:`warehouse.maintenance`).

    Args:
        settings: The warehouse and ``maintenance`` settings.
        dry_run: Only report what would go.
        retention: Override of ``maintenance.retention_days``.
    """
    con = connect(settings.warehouse_target())
    try:
        return maintain(
            con,
            retention=settings.maintenance.retention() if retention is None else retention,
            file_grace=settings.maintenance.file_grace(),
            dry_run=dry_run,
        )
    finally:
        con.close()


@flow(name="wirefacts-maintain", log_prints=True)
def maintain_flow(settings: Settings | None = None, dry_run: bool = False) -> MaintenanceReport:
    """The served maintenance run (settings resolved like the nightly deployment's)."""
    report = run_maintenance(settings or load_settings(), dry_run=dry_run)
    print(describe(report))
    return report


def describe(report: MaintenanceReport) -> str:
    """One line saying what maintenance did."""
    verb = "would expire" if report.dry_run else "expired"
    gone = "would delete" if report.dry_run else "deleted"
    return (
        f"{verb} {len(report.expired)} snapshot(s), kept {len(report.kept_for_runs)} "
        "for nights' latest loads; "
        f"{gone} {len(report.files_deleted)} old file(s) and {len(report.orphans_deleted)} orphan file(s)"
    )
