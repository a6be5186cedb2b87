"""The drop-folder source: agency files delivered into a directory.

Every file is landed unchanged in the lake's raw zone under its content hash.
A payload that another night already ingested is skipped, so the nightly run
is incremental; because the key is the content hash, moving, renaming or
touching a file does not ingest it again.

Symbolic links are refused, all of them, with a quarantine row naming the link:
whoever can write into a drop folder could otherwise point a link at any file
this process can read (``ln -s /etc/passwd drop/x.txt``) and have it copied into
the lake. A link that stays inside the folder would add nothing a plain file
cannot, so no link is followed rather than judging where each one leads. Files
are opened with ``O_NOFOLLOW`` so a file swapped for a link between the listing
and the read is refused too, and the size is checked on the open descriptor.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa

from flows.io.lake import Lake
from flows.io.sources.result import FetchResult
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
        uri = (path.parent.resolve() / path.name).as_uri()  # the link itself, never its target
        data = _read_regular(path, max_bytes)
        if isinstance(data, str):
            rejects.append(QuarantineEntry("fetch", data, source, item_ref=uri))
            continue
        size = len(data)
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


def folder_bytes(folder: Path) -> int | None:
    """How many bytes the folder's files hold, links not followed; None when it is no folder.

    An upper bound on what a fetch of it delivers (payloads other nights ingested are
    skipped), known from a listing without reading a file.
    """
    if not folder.is_dir():
        return None
    total = 0
    for path in _files(folder):
        try:
            info = path.lstat()
        except OSError:  # gone since the listing: the fetch reports what it finds
            continue
        if stat.S_ISREG(info.st_mode):
            total += info.st_size
    return total


def _read_regular(path: Path, max_bytes: int) -> bytes | str:
    """The bytes of a regular file, or why it is refused (a link, or over ``max_bytes``).

    ``O_NOFOLLOW`` makes the kernel refuse a link as the last component even if
    it appeared after the listing; ``O_NONBLOCK`` keeps a FIFO from hanging the open.
    """
    if path.is_symlink():
        return _link_reason(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:  # ELOOP: it became a link after the check
        if path.is_symlink():
            return _link_reason(path)
        return f"{path.name} could not be opened ({exc.strerror})"
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            return f"{path.name} is not a regular file; not read"
        if info.st_size > max_bytes:
            return f"{path.name} is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit; not read"
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while being read
        return f"{path.name} is over the {max_bytes:,}-byte limit; not read"
    return data


def _link_reason(path: Path) -> str:
    """The quarantine reason for a symbolic link, naming it and where it points."""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"{path.name} is a symbolic link (to {target}); links are refused, not followed"


def _files(folder: Path) -> Iterator[Path]:
    """Regular files and symbolic links (to be refused) under ``folder``, non-hidden, in a stable order.

    ``rglob`` does not descend into linked directories; a link to a directory is
    reported like any other link so the operator sees it.
    """
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.is_symlink() or path.is_file():
            yield path
