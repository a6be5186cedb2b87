"""Quarantine rows: what could not be loaded, where, and why.

The id of a quarantine row is derived from what it says (night, source, stage,
reason, raw reference, item, record), so re-running a night produces the same
ids and the warehouse can keep the row from the first run instead of adding a
second copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pyarrow as pa

from transforms.schemas import QUARANTINE


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    """One thing that did not load.

    Attributes:
        stage: Pipeline stage that refused it (``fetch``, ``read``, ``limit``, ``extract``, ``validate``).
        reason: A sentence a human understands, naming the failed expectation where there is one.
        source: The configured source it came from.
        raw_ref: Hash of the raw payload in the landing zone, when it was landed.
        item_ref: The item inside the payload (index, guid, file name).
        record_id: The article or fact id, for rows refused after parsing.
    """

    stage: str
    reason: str
    source: str
    raw_ref: str | None = None
    item_ref: str | None = None
    record_id: str | None = None


def quarantine_table(entries: list[QuarantineEntry], ingest_date: date, run_id: str) -> pa.Table:
    """Rows of the QUARANTINE schema with deterministic ids.

    Args:
        entries: What to quarantine.
        ingest_date: The night.
        run_id: The run that found them.

    Returns:
        The quarantine table.
    """
    rows = [
        {
            "quarantine_id": _entry_id(entry, ingest_date),
            "ingest_date": ingest_date,
            "run_id": run_id,
            "source": entry.source,
            "stage": entry.stage,
            "reason": entry.reason,
            "raw_ref": entry.raw_ref,
            "item_ref": entry.item_ref,
            "record_id": entry.record_id,
        }
        for entry in entries
    ]
    return pa.Table.from_pylist(rows, schema=QUARANTINE)


def _entry_id(entry: QuarantineEntry, ingest_date: date) -> str:
    """Hash of everything the entry says, so equal entries get equal ids."""
    parts = [str(ingest_date), entry.source, entry.stage, entry.reason]
    parts += [entry.raw_ref or "", entry.item_ref or "", entry.record_id or ""]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]
