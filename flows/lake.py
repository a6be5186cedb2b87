"""The Parquet lake: raw landing zone, Hive-partitioned datasets, atomic writes.

Layout under the lake root::

    raw/<aa>/<sha256>                                  payloads, unchanged, content-addressed
    raw/_manifest/ingest_date=D/manifest.parquet       what was landed on night D
    articles/pub_date=P/ingest-D.parquet               articles of night D published on P
    facts/pub_date=P/ingest-D.parquet
    quarantine/ingest_date=D/quarantine.parquet

A night owns exactly the files named after it, so re-running night D replaces
them (write to a temporary name, then rename) and never appends twice.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.faults import fault_point

PARTITIONED_DATASETS = ("articles", "facts")
_PARTIAL_PREFIX = ".tmp-ingest-"


def sha256_hex(data: bytes) -> str:
    """Content address of a payload."""
    return hashlib.sha256(data).hexdigest()


class Lake:
    """File-system access to the lake; the only place that writes its files."""

    def __init__(self, root: Path) -> None:
        """Open (and create) a lake rooted at ``root``."""
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def raw_path(self, raw_hash: str) -> Path:
        """Where the payload with this hash lives."""
        return self.root / "raw" / raw_hash[:2] / raw_hash

    def land(self, data: bytes) -> tuple[str, datetime]:
        """Store a payload unchanged, keyed by its hash; landing it twice is a no-op.

        Args:
            data: The payload's bytes.

        Returns:
            The payload's SHA-256 hex digest and when it was first landed, so a
            re-run reports the same landing time as the first run.
        """
        digest = sha256_hex(data)
        path = self.raw_path(digest)
        if not path.exists():
            _atomic_write_bytes(path, data)
        return digest, datetime.fromtimestamp(path.stat().st_mtime, UTC)

    def read_raw(self, raw_hash: str) -> bytes:
        """Bytes of a landed payload, for replay without the source."""
        return self.raw_path(raw_hash).read_bytes()

    def write_manifest(self, manifest: pa.Table, ingest_date: date) -> Path:
        """Replace night ``ingest_date``'s raw manifest."""
        path = self.root / "raw" / "_manifest" / f"ingest_date={ingest_date}" / "manifest.parquet"
        _atomic_write_table(path, manifest, ingest_date)
        return path

    def write_night(self, dataset: str, table: pa.Table, ingest_date: date) -> list[Path]:
        """Replace night ``ingest_date``'s files of a dataset partitioned by ``pub_date``.

        Files of this night in partitions that no longer get rows are removed,
        so a re-run that produces fewer rows leaves no stale data behind.

        Args:
            dataset: ``articles`` or ``facts``.
            table: Rows of this night, with a ``pub_date`` column.
            ingest_date: The night.

        Returns:
            The files written.
        """
        name = f"ingest-{ingest_date}.parquet"
        written: list[Path] = []
        data = table.drop_columns(["pub_date"])
        for pub_date in sorted(set(table["pub_date"].to_pylist())):
            path = self.root / dataset / f"pub_date={pub_date}" / name
            rows = data.filter(pc.equal(table["pub_date"], pa.scalar(pub_date)))
            _atomic_write_table(path, rows, ingest_date)
            written.append(path)
        for stale in set((self.root / dataset).glob(f"pub_date=*/{name}")) - set(written):
            stale.unlink()
        return written

    def write_quarantine(self, table: pa.Table, ingest_date: date) -> Path:
        """Replace night ``ingest_date``'s quarantine file."""
        path = self.root / "quarantine" / f"ingest_date={ingest_date}" / "quarantine.parquet"
        _atomic_write_table(path, table, ingest_date)
        return path

    def sweep_partials(self, ingest_date: date) -> list[Path]:
        """Remove temporary files a killed run of this night left behind (call under the night's lock)."""
        leftovers = sorted(self.root.glob(f"**/{_PARTIAL_PREFIX}{ingest_date}-*.partial"))
        for path in leftovers:
            path.unlink(missing_ok=True)
        return leftovers

    def dataset_glob(self, dataset: str) -> str:
        """A glob DuckDB's ``read_parquet(..., hive_partitioning=true)`` understands."""
        return str(self.root / dataset / "*" / "*.parquet")


def _atomic_write_table(path: Path, table: pa.Table, ingest_date: date) -> None:
    """Write Parquet to a temporary file beside ``path``, then rename over it.

    Readers glob ``*.parquet``, so a half-written ``.tmp-…partial`` file is never
    visible; the night's name in it lets :meth:`Lake.sweep_partials` remove what a
    killed run left behind without touching other nights' writes in progress.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{_PARTIAL_PREFIX}{ingest_date}-", suffix=".partial")
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        fault_point("parquet")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes to a temporary file beside ``path``, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
