"""The lake's zones and the one class that reads and writes them.

Layout under the lake root (a folder or an object-storage prefix)::

    raw/<aa>/<sha256>                                  payloads, unchanged, content-addressed
    raw/_manifest/ingest_date=D/manifest.parquet       what was landed on night D
    curated/main/<table>/ducklake-*.parquet            the warehouse's data files (DuckLake writes them)
    quarantine/ingest_date=D/quarantine.parquet
    staging/<backfill id>/night=D/<sha256>.parquet     a running backfill's articles by night

A night owns exactly the files named after it, so re-running night D replaces
them and never appends twice. Articles and facts are not written here any more:
they are the warehouse's own data files under ``curated/`` (:mod:`warehouse.catalog`).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from flows.faults import fault_point
from flows.io.lake.filesystem import is_local, modified_at, open_filesystem, publish

_PARTIAL_PREFIX = ".tmp-ingest-"
_RAW_PARTIAL_PREFIX = ".tmp-"
RAW_PARTIAL_MAX_AGE_SECONDS = 3600.0
"""A raw-zone temporary file older than this was left by a killed fetch.

The raw zone is shared by every night, so a night cannot tell its own leftovers
by name; landing one payload takes well under a second, so anything this old
is no other run's write in progress.
"""


def sha256_hex(data: bytes) -> str:
    """Content address of a payload."""
    return hashlib.sha256(data).hexdigest()


class Lake:
    """Access to the lake's files; the only place that writes them.

    A ``Lake`` pickles as its location and options, so it can be handed to a
    worker process or a Dask worker, which reopens the same storage.
    """

    def __init__(self, location: Any, options: Mapping[str, Any] | None = None) -> None:
        """Open a lake.

        Args:
            location: A folder or an fsspec URL (``s3://bucket/lake``); see
                :func:`flows.io.lake.filesystem.open_filesystem`.
            options: Keyword arguments for the URL's file system.
        """
        self.location = str(location)
        self.options = dict(options or {})
        self.fs, self.root = open_filesystem(self.location, self.options)
        self.is_local = is_local(self.fs)
        if self.is_local:
            self.fs.makedirs(self.root, exist_ok=True)

    def __reduce__(self) -> tuple[type[Lake], tuple[str, dict[str, Any]]]:
        """Pickle as the location, not the open file system."""
        return (Lake, (self.location, self.options))

    def __repr__(self) -> str:
        return f"Lake({self.url()!r})"

    def url(self, *parts: str) -> str:
        """A path under the lake as others should see it: a plain path locally, else a URL.

        DuckDB, Spark and Trino take this form (with the storage registered or configured).
        """
        path = self._path(*parts)
        return path if self.is_local else self.fs.unstrip_protocol(path)

    def raw_path(self, raw_hash: str) -> str:
        """Where the payload with this hash lives."""
        return self.url(*self._raw_parts(raw_hash))

    def land(self, data: bytes) -> tuple[str, datetime]:
        """Store a payload unchanged, keyed by its hash; landing it twice is a no-op.

        Args:
            data: The payload's bytes.

        Returns:
            The payload's SHA-256 hex digest and when it was first landed, so a
            re-run reports the same landing time as the first run.
        """
        digest = sha256_hex(data)
        path = self._path(*self._raw_parts(digest))
        if not self.fs.exists(path):
            publish(self.fs, path, lambda: data, partial_prefix=".tmp-")
        return digest, modified_at(self.fs, path)

    def read_raw(self, raw_hash: str) -> bytes:
        """Bytes of a landed payload, for replay without the source."""
        data: bytes = self.fs.cat_file(self._path(*self._raw_parts(raw_hash)))
        return data

    def write_manifest(self, manifest: pa.Table, ingest_date: date) -> str:
        """Replace night ``ingest_date``'s raw manifest."""
        return self._write_table(manifest, ingest_date, *self._manifest_parts(ingest_date))

    def read_manifest(self, ingest_date: date) -> pa.Table | None:
        """Night ``ingest_date``'s raw manifest, or ``None`` when that night landed nothing."""
        path = self._path(*self._manifest_parts(ingest_date))
        return self._read_table(path) if self.fs.exists(path) else None

    def write_quarantine(self, table: pa.Table, ingest_date: date) -> str:
        """Replace night ``ingest_date``'s quarantine file."""
        return self._write_table(
            table, ingest_date, "quarantine", f"ingest_date={ingest_date}", "quarantine.parquet"
        )

    def stage(self, backfill_id: str, night: date, name: str, table: pa.Table) -> str:
        """Keep a backfill's articles of one night (from one payload) until the night is transformed."""
        return self._write_table(table, night, "staging", backfill_id, f"night={night}", f"{name}.parquet")

    def read_staged(self, backfill_id: str, night: date) -> pa.Table:
        """All articles a backfill staged for one night."""
        return self._read_table(self._path("staging", backfill_id, f"night={night}"))

    def drop_staging(self, backfill_id: str) -> None:
        """Remove what a backfill staged, once every night is loaded."""
        path = self._path("staging", backfill_id)
        if self.fs.exists(path):
            self.fs.rm(path, recursive=True)

    def sweep_partials(self, ingest_date: date, now: datetime | None = None) -> list[str]:
        """Remove temporary files killed runs left behind (call under the night's lock, at its start).

        This night's own leftovers go whatever their age; the raw zone's
        (``raw/<aa>/.tmp-*.partial``, from a fetch killed while landing) go once
        they are older than :data:`RAW_PARTIAL_MAX_AGE_SECONDS`, since another
        night may be landing right now. Only a local lake has them: on object
        storage an unfinished upload is never visible.
        """
        if not self.is_local:
            return []
        leftovers = sorted(self.fs.glob(self._path("**", f"{_PARTIAL_PREFIX}{ingest_date}-*.partial")))
        cutoff = (now or datetime.now(UTC)).timestamp() - RAW_PARTIAL_MAX_AGE_SECONDS
        for path in sorted(self.fs.glob(self._path("raw", "*", f"{_RAW_PARTIAL_PREFIX}*.partial"))):
            if path not in leftovers and modified_at(self.fs, path).timestamp() < cutoff:
                leftovers.append(path)
        for path in leftovers:
            self.fs.rm_file(path)
        return leftovers

    def _path(self, *parts: str) -> str:
        """A path in the file system's own form."""
        return "/".join((self.root.rstrip("/"), *parts)) if parts else self.root

    @staticmethod
    def _raw_parts(raw_hash: str) -> tuple[str, str, str]:
        return ("raw", raw_hash[:2], raw_hash)

    @staticmethod
    def _manifest_parts(ingest_date: date) -> tuple[str, str, str, str]:
        return ("raw", "_manifest", f"ingest_date={ingest_date}", "manifest.parquet")

    def _write_table(self, table: pa.Table, ingest_date: date, *parts: str) -> str:
        """Publish a Parquet file; a killed run's local leftover carries the night in its name."""

        def render() -> bytes:
            sink = io.BytesIO()
            pq.write_table(table, sink, compression="zstd")
            return sink.getvalue()

        publish(
            self.fs,
            self._path(*parts),
            render,
            partial_prefix=f"{_PARTIAL_PREFIX}{ingest_date}-",
            before_publish=lambda: fault_point("parquet"),
        )
        return self.url(*parts)

    def _read_table(self, path: str) -> pa.Table:
        """A Parquet file, or every Parquet file in a folder, with no partition columns added."""
        return pq.read_table(path, filesystem=self.fs, partitioning=None)
