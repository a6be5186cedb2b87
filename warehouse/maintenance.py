"""Snapshot expiry and file clean-up: what keeps a DuckLake warehouse from growing for ever.

Every load is a snapshot and DuckLake never deletes a data file by itself: a night
re-run, a re-extraction or a kill notice leaves the replaced rows' files behind for
time travel. :func:`maintain` (``wirefacts maintain``, and the served
``wirefacts-maintain`` deployment) does, in this order:

1. **expire** the snapshots older than the retention (``ducklake_expire_snapshots``
   with the ids listed), except the snapshot of each night's most recent load
   (``runs.snapshot_id``), so ``--at-snapshot`` of the snapshot a night's current rows
   came from keeps working, and except the newest snapshot (DuckLake keeps it anyway);
2. **delete the files** that only expired snapshots referenced, once they have been
   scheduled for deletion longer than the grace period (``ducklake_cleanup_old_files``):
   a reader that started on an expired snapshot may still be scanning them;
3. **delete orphan files** older than the grace period
   (``ducklake_delete_orphaned_files``): files in the data path no snapshot knows, left
   by a writer killed before it committed.

Current data is never touched: only history older than the retention goes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import duckdb

from warehouse.catalog import ALIAS


@dataclass(slots=True)
class MaintenanceReport:
    """What :func:`maintain` did (or would do, in a dry run)."""

    expired: list[int] = field(default_factory=list)
    kept_for_runs: list[int] = field(default_factory=list)
    files_deleted: list[str] = field(default_factory=list)
    orphans_deleted: list[str] = field(default_factory=list)
    dry_run: bool = False


def maintain(
    con: duckdb.DuckDBPyConnection,
    *,
    retention: timedelta,
    file_grace: timedelta,
    dry_run: bool = False,
    now: datetime | None = None,
) -> MaintenanceReport:
    """Expire snapshots older than ``retention`` (keeping each night's latest load), then delete old files.

    Args:
        con: A writable connection (:func:`warehouse.connection.connect`).
        retention: Snapshots older than this are expired, except the kept ones.
        file_grace: Files are deleted only once scheduled (or orphaned) for longer than this.
        dry_run: Only say what would be expired and deleted.
        now: The clock (tests); default: now, UTC.

    Raises:
        ValueError: A negative retention or grace period.
    """
    if retention < timedelta(0) or file_grace < timedelta(0):
        raise ValueError(f"retention ({retention}) and file grace ({file_grace}) must not be negative")
    now = now or datetime.now(UTC)
    report = MaintenanceReport(dry_run=dry_run)
    report.kept_for_runs = [
        int(snapshot)
        for (snapshot,) in con.execute(
            "SELECT max(snapshot_id) FROM runs WHERE snapshot_id IS NOT NULL GROUP BY ingest_date ORDER BY 1"
        ).fetchall()
    ]
    newest = con.execute(f"SELECT max(snapshot_id) FROM {ALIAS}.snapshots()").fetchone()
    keep = set(report.kept_for_runs) | {int(newest[0]) if newest and newest[0] is not None else -1}
    cutoff = now - retention
    old = con.execute(
        f"SELECT snapshot_id FROM {ALIAS}.snapshots() WHERE snapshot_time < ? ORDER BY snapshot_id", [cutoff]
    ).fetchall()
    report.expired = [int(s) for (s,) in old if int(s) not in keep]
    dry = "true" if dry_run else "false"
    if report.expired:
        listed = ", ".join(str(s) for s in report.expired)
        con.execute(f"CALL ducklake_expire_snapshots('{ALIAS}', versions => [{listed}], dry_run => {dry})")
    older_than = now - file_grace
    report.files_deleted = _paths(
        con.execute(
            f"CALL ducklake_cleanup_old_files('{ALIAS}', older_than => ?, dry_run => {dry})", [older_than]
        ).fetchall()
    )
    report.orphans_deleted = _paths(
        con.execute(
            f"CALL ducklake_delete_orphaned_files('{ALIAS}', older_than => ?, dry_run => {dry})", [older_than]
        ).fetchall()
    )
    return report


def _paths(rows: list[tuple[object, ...]]) -> list[str]:
    return sorted(str(row[0]) for row in rows)
