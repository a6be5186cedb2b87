"""The Parquet lake: raw landing zone, Hive-partitioned datasets, atomic writes.

The lake is a local folder or an object-storage prefix (any fsspec URL:
``s3://bucket/lake``, ``gs://...``, ``abfs://...``). :class:`Lake` knows the
layout (:mod:`flows.io.lake.zones`); :mod:`flows.io.lake.filesystem` knows how to
publish a file so that no reader ever sees half of it, on either kind of storage.
"""

from flows.io.lake.filesystem import is_local, open_filesystem
from flows.io.lake.zones import Lake, sha256_hex

__all__ = ["Lake", "is_local", "open_filesystem", "sha256_hex"]
