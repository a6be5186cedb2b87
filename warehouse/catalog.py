"""Where the warehouse lives: a DuckLake catalog database plus the folder of its Parquet data files.

DuckDB alone allows one writing process and no reader beside it; a DuckLake keeps
its tables as Parquet files (written once, never changed in place) and its
metadata in a catalog database, so readers and writers in many processes each see
whole snapshots. Two catalogs are supported:

* ``sqlite:<file>`` (the default, one machine, nothing to start). The file is
  put in WAL mode before DuckLake first opens it: in SQLite's default journal
  mode an open reader blocks every commit, in WAL mode it never does.
* ``postgres:<libpq string>`` (many machines), with the data files on object
  storage (the lake's fsspec URL, e.g. ``s3://bucket/lake/curated/``).

The DuckDB extensions come from the Python packages pinned in ``pyproject.toml``
(``duckdb-extension-*``), installed into DuckDB's extension folder on first use,
so nothing is downloaded at run time and the ``duckdb`` shell of the environment
finds them too (the README's one-line command relies on that).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

ALIAS = "wh"
"""The name the warehouse is attached under; every connection then ``USE``s it."""

EXTENSIONS = ("ducklake", "sqlite_scanner", "postgres_scanner", "fts", "httpfs")
"""Extensions the warehouse uses, each shipped by a ``duckdb-extension-<name>`` package.

All are installed into DuckDB's extension folder on a process's first connection, so that the
environment's ``duckdb`` shell finds them offline too; each connection loads only those it needs.
"""

_INSTALLED: set[str] = set()
"""Extensions this process has already installed (installing copies a file: once is enough)."""


@dataclass(frozen=True, slots=True)
class Catalog:
    """A DuckLake: its catalog database and its data path. Pickles as plain strings (for Dask workers).

    Attributes:
        metadata: ``sqlite:<file>`` or ``postgres:<libpq connection string>``.
        data_path: Folder or URL of the Parquet data files, used when the lake is created (DuckLake
            stores it in the catalog and refuses another one later); empty: as stored, or
            ``<catalog file>.files/`` for a new one.
        storage_options: The lake's fsspec options; for ``s3://`` data paths, ``endpoint_url``,
            ``key`` and ``secret`` become a DuckDB S3 secret.
    """

    metadata: str
    data_path: str
    storage_options: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def sqlite(cls, path: Path | str, data_path: str | None = None) -> Catalog:
        """The default mode: a SQLite catalog file; data files in ``data_path`` (default: as stored)."""
        return cls(f"sqlite:{Path(path).resolve()}", data_path or "")

    @property
    def sqlite_file(self) -> Path | None:
        """The catalog file in SQLite mode, None for PostgreSQL."""
        return Path(self.metadata.removeprefix("sqlite:")) if self.metadata.startswith("sqlite:") else None

    @property
    def is_remote(self) -> bool:
        """Data files on object storage (they need the httpfs extension and a secret)."""
        return "://" in self.data_path and not self.data_path.startswith("file://")

    def exists(self) -> bool:
        """Whether the catalog exists already (always assumed for PostgreSQL: the server says)."""
        file = self.sqlite_file
        return file is None or file.is_file()

    def describe(self) -> str:
        """How to name this warehouse to a person (a path, or the catalog string without secrets)."""
        file = self.sqlite_file
        if file is not None:
            return str(file)
        return " ".join(p for p in self.metadata.split() if not p.startswith("password"))

    def describe_for_attach(self) -> str:
        """The catalog as ``ATTACH 'ducklake:…'`` takes it, without a password (for printing)."""
        file = self.sqlite_file
        return f"sqlite:{file}" if file is not None else self.describe()

    def local_dirs(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        """Local folders a confined (analyst) connection must still read: the data files' folder.

        The data path is read from the attached catalog (it is the one DuckLake uses). The
        catalog file's folder is not one of them: it may be ``/srv`` or a home folder, whose
        other files are none of an analyst's business (see :meth:`local_files`).
        """
        data = stored_data_path(con) or self.data_path
        if data and "://" not in data.removeprefix("file://"):
            return [str(Path(data.removeprefix("file://")).resolve())]
        return []

    def local_files(self) -> list[str]:
        """Single files a confined connection must still read: the SQLite catalog and SQLite's companions."""
        file = self.sqlite_file
        if file is None:
            return []
        return [str(file), *(f"{file}{suffix}" for suffix in ("-wal", "-shm", "-journal"))]


def as_catalog(target: Catalog | Path | str) -> Catalog:
    """A catalog from what callers hold: a :class:`Catalog`, or the path of a SQLite catalog file."""
    return target if isinstance(target, Catalog) else Catalog.sqlite(target)


def load_extensions(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> None:
    """Load the extensions every connection to ``catalog`` needs: ducklake and its catalog's scanner.

    Each ``LOAD`` verifies the extension file's signature, which costs about a quarter of a CPU
    second per extension and per connection (a night opens several), so the others are loaded
    where they are used: httpfs with the S3 secret (:func:`_s3_secret`), fts by
    :func:`warehouse.search.enable_search`.
    """
    scanner = "sqlite_scanner" if catalog.sqlite_file is not None else "postgres_scanner"
    for name in ("ducklake", scanner):
        load_extension(con, name)


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Load ``name`` on ``con``, first installing every warehouse extension (once per process)."""
    import duckdb_extensions

    for each in EXTENSIONS:
        if each not in _INSTALLED:
            duckdb_extensions.import_extension(each, con=con)
            _INSTALLED.add(each)
    con.execute(f"LOAD {name}")


def prepare_sqlite(file: Path) -> None:
    """Create the SQLite catalog file in WAL mode (persistent), so readers never block a commit.

    Only a new file is touched: WAL mode stays with the file once set. Opening an existing
    catalog here would put Python's own SQLite library beside DuckDB's in one process, and
    closing it drops every POSIX lock the process holds on the file, DuckDB's included; with
    backfill workers committing at once that corrupted the catalog ("database disk image is
    malformed"). The connection is closed explicitly (``with`` only commits).
    """
    if file.is_file():
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(file)
    try:
        if db.execute("PRAGMA journal_mode").fetchone() != ("wal",):
            db.execute("PRAGMA journal_mode=WAL")
    finally:
        db.close()


def attach(
    con: duckdb.DuckDBPyConnection,
    catalog: Catalog,
    *,
    read_only: bool = False,
    snapshot: int | None = None,
) -> None:
    """Attach the DuckLake as :data:`ALIAS` and make it the default database.

    Data files on object storage get a DuckDB S3 secret from the catalog's storage options, or, for a
    catalog opened by its path alone, from ``WIREFACTS_LAKE_OPTIONS`` and the ``AWS_*`` variables (the
    settings' own sources), before anything reads them.

    Args:
        con: A connection with :func:`load_extensions` done.
        catalog: The lake.
        read_only: Refuse writes (an analyst session).
        snapshot: Attach the lake as it was at this snapshot id (read-only time travel).
    """
    if catalog.is_remote:
        _s3_secret(con, catalog.storage_options)
    options = [f"DATA_PATH {_quote(catalog.data_path)}"] if catalog.data_path else []
    if read_only or snapshot is not None:
        options.append("READ_ONLY")
    if snapshot is not None:
        options.append(f"SNAPSHOT_VERSION {int(snapshot)}")
    listed = f" ({', '.join(options)})" if options else ""
    con.execute(f"ATTACH {_quote('ducklake:' + catalog.metadata)} AS {ALIAS}{listed}")
    con.execute(f"USE {ALIAS}")
    stored = stored_data_path(con)
    if not catalog.is_remote and stored and "://" in stored.removeprefix("file://"):
        _s3_secret(con, catalog.storage_options or _environment_options())


def stored_data_path(con: duckdb.DuckDBPyConnection) -> str:
    """The data path the attached lake records (empty before it is created)."""
    row = con.execute(
        f"SELECT value FROM __ducklake_metadata_{ALIAS}.ducklake_metadata WHERE key = 'data_path'"
    ).fetchone()
    return str(row[0]) if row else ""


def _environment_options() -> dict[str, Any]:
    """The lake's storage options as the settings would read them from the environment."""
    text = os.environ.get("WIREFACTS_LAKE_OPTIONS")
    loaded = json.loads(text) if text else {}
    return dict(loaded) if isinstance(loaded, dict) else {}


def attach_command(catalog: Catalog) -> str:
    """The SQL an analyst types in the ``duckdb`` shell to open the warehouse read-only."""
    return f"ATTACH {_quote('ducklake:' + catalog.metadata)} AS {ALIAS} (READ_ONLY); USE {ALIAS};"


def _s3_secret(con: duckdb.DuckDBPyConnection, options: Mapping[str, Any]) -> None:
    """A DuckDB S3 secret from the lake's fsspec options (endpoint, keys), for ``s3://`` data paths."""
    load_extension(con, "httpfs")
    client = dict(options.get("client_kwargs") or {})
    endpoint = str(options.get("endpoint_url") or client.get("endpoint_url") or "")
    parts = ["TYPE s3"]
    key = options.get("key") or os.environ.get("AWS_ACCESS_KEY_ID")  # s3fs reads the same variables
    secret = options.get("secret") or os.environ.get("AWS_SECRET_ACCESS_KEY")
    if key:
        parts.append(f"KEY_ID {_quote(str(key))}")
    if secret:
        parts.append(f"SECRET {_quote(str(secret))}")
    if endpoint:
        scheme, _, host = endpoint.partition("://")
        parts += [f"ENDPOINT {_quote(host or scheme)}", "URL_STYLE 'path'"]
        parts.append(f"USE_SSL {'true' if scheme == 'https' else 'false'}")
    region = options.get("region") or client.get("region_name") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        parts.append(f"REGION {_quote(str(region))}")
    con.execute(f"CREATE OR REPLACE SECRET wirefacts_lake ({', '.join(parts)})")


def _quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
