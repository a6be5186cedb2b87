"""The drop-folder source: agency files delivered into a directory.

Every file is landed unchanged in the lake's raw zone under its content hash.
A payload that another night already ingested is skipped, so the nightly run
is incremental; because the key is the content hash, moving, renaming or
touching a file does not ingest it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa

from flows.lake import Lake
from flows.sources.result import FetchResult
from transforms.quarantine import QuarantineEntry
from transforms.schemas import RAW_FILES


def fetch_drop_folder(
    folder: Path,
    *,
    source: str,
    lake: Lake,
    ingest_date: date,
    already_ingested: set[str],
    max_bytes: int,
) -> FetchResult:
    """Land every new file of a drop folder in the raw zone.

    Args:
        folder: The drop folder (searched recursively; hidden files are ignored).
        source: Name recorded with every row.
        lake: Where to land payloads.
        ingest_date: The night that ingests them.
        already_ingested: Hashes that other nights ingested.
        max_bytes: Files larger than this are quarantined without being read.

    Returns:
        The manifest of this night's payloads and the rejects.

    Raises:
        FileNotFoundError: The drop folder does not exist (a configuration error, not bad data).
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"drop folder {folder} does not exist")
    rows, rejects, seen, skipped = [], [], 0, 0
    for path in _files(folder):
        seen += 1
        uri = path.resolve().as_uri()
        size = path.stat().st_size
        if size > max_bytes:
            reason = f"{path.name} is {size:,} bytes, over the {max_bytes:,}-byte limit; not read"
            rejects.append(QuarantineEntry("fetch", reason, source, item_ref=uri))
            continue
        data = path.read_bytes()
        raw_hash, landed_at = lake.land(data)
        if raw_hash in already_ingested:
            skipped += 1
            continue
        rows.append(
            {
                "raw_hash": raw_hash,
                "source": source,
                "source_uri": uri,
                "raw_path": str(lake.raw_path(raw_hash)),
                "size_bytes": size,
                "fetched_at": landed_at,
                "ingest_date": ingest_date,
            }
        )
    manifest = pa.Table.from_pylist(rows, schema=RAW_FILES)
    return FetchResult(manifest=manifest, rejects=rejects, seen=seen, skipped=skipped)


def _files(folder: Path) -> Iterator[Path]:
    """Regular, non-hidden files under ``folder`` in a stable order."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield path
