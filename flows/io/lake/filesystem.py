"""Where the lake's bytes live: a local folder or any fsspec file system (S3, GCS, Azure, memory).

The lake's contract is that a reader never sees half a file. How that is kept
depends on the storage:

* A local (or shared POSIX) folder: write to a temporary name beside the target,
  then ``os.replace`` over it. A killed writer leaves only a ``.partial`` file,
  which readers' ``*.parquet`` globs skip and the next run of the night sweeps.
* Object storage: an object becomes visible only when its upload completes, so
  the whole file is rendered in memory and published with one ``pipe_file`` call
  (a single PUT, or a multipart upload completed at the end). A killed writer
  leaves nothing behind. Object stores have no rename, which is why the two
  paths differ.

Files in a lake are a night's partition of one dataset, so rendering one in
memory costs what that night costs, never the corpus.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from fsspec import AbstractFileSystem
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem


def open_filesystem(
    location: str, options: Mapping[str, Any] | None = None
) -> tuple[AbstractFileSystem, str]:
    """The file system a lake location names, and the root path inside it.

    Args:
        location: A folder (``/srv/lake``, ``var/lake``) or an fsspec URL
            (``s3://bucket/lake``, ``gs://bucket/lake``, ``memory://lake``).
        options: Keyword arguments for the file system (for S3: ``endpoint_url``,
            ``key``, ``secret``, ``client_kwargs``...). Credentials may also come from
            the usual environment (``AWS_*``) or fsspec's ``FSSPEC_<PROTOCOL>_<ARG>``.

    Returns:
        The file system and the root path in the form its methods take.

    Raises:
        ValueError: The URL's protocol has no fsspec implementation installed
            (for S3, install the ``s3`` extra: ``uv sync --extra s3``).
    """
    try:
        fs, root = url_to_fs(location, **dict(options or {}))
    except (ImportError, ValueError) as error:
        raise ValueError(f"cannot open the lake at {location!r}: {error}") from error
    return fs, root.rstrip("/") or "/"


def is_local(fs: AbstractFileSystem) -> bool:
    """Whether the file system is this machine's own (so rename is atomic and flock works)."""
    return isinstance(fs, LocalFileSystem)


def publish(
    fs: AbstractFileSystem,
    path: str,
    render: Callable[[], bytes],
    *,
    partial_prefix: str,
    before_publish: Callable[[], None] = lambda: None,
) -> None:
    """Write a whole file so that readers see either the old version or the new one.

    Args:
        fs: The lake's file system.
        path: The file's path in ``fs``.
        render: Produces the file's bytes.
        partial_prefix: Name prefix of the local temporary file, so a sweep can
            find what a killed writer left (local folders only).
        before_publish: Called once the bytes are written but not yet visible
            (the crash-safety tests pause here).
    """
    data = render()
    if not is_local(fs):
        before_publish()
        fs.pipe_file(path, data)
        return
    parent = os.path.dirname(path)
    os.makedirs(parent, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=parent, prefix=partial_prefix, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        before_publish()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def modified_at(fs: AbstractFileSystem, path: str) -> datetime:
    """When a file was last written, in UTC, whatever the file system reports it as."""
    moment: datetime = fs.modified(path)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
