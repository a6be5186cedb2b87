"""Sources: thin I/O that finds payloads and lands them, unchanged, in the raw zone.

One folder per source kind, as dlt's verified sources have it: its configuration
(``config.py``, composed by :class:`flows.settings.Settings` as a ``sources.<name>``
entry) beside the code that fetches it. :func:`fetch_source` picks the fetcher from
the source's configuration so the flow does not care where payloads come from.
Adding a kind: a folder here, its config class in :data:`SourceConfig`, a branch in
:func:`fetch_source`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from flows.io.lake import Lake
from flows.io.sources.drop_folder import DropFolderSource
from flows.io.sources.http_feed import HttpFeedSource
from flows.io.sources.result import FetchResult

__all__ = ["DropFolderSource", "FetchResult", "HttpFeedSource", "SourceConfig", "fetch_source", "size_bound"]

SourceConfig = Annotated[DropFolderSource | HttpFeedSource, Field(discriminator="kind")]
"""A configured source of any kind, told apart by its ``kind``."""


def fetch_source(
    name: str,
    config: DropFolderSource | HttpFeedSource,
    *,
    lake: Lake,
    ingest_date: date,
    already_ingested: set[str],
    cursor: str | None,
    max_bytes: int,
) -> FetchResult:
    """Fetch the night's new payloads from a configured source.

    Args:
        name: The source's configured name, recorded with every row.
        config: Its configuration.
        lake: Where payloads are landed.
        ingest_date: The night.
        already_ingested: Payload hashes other nights ingested.
        cursor: The source's stored watermark (HTTP feeds), None on the first run.
        max_bytes: Largest payload accepted.

    Returns:
        The night's manifest, rejects and the next cursor.
    """
    if isinstance(config, DropFolderSource):
        from flows.io.sources.drop_folder.fetch import fetch_drop_folder

        return fetch_drop_folder(
            config.path,
            source=name,
            lake=lake,
            ingest_date=ingest_date,
            already_ingested=already_ingested,
            max_bytes=max_bytes,
        )
    from flows.io.sources.http_feed.feed import fetch_http_feed

    return fetch_http_feed(
        name, config, lake=lake, ingest_date=ingest_date, already_ingested=already_ingested, cursor=cursor
    )


def size_bound(config: DropFolderSource | HttpFeedSource) -> int | None:
    """At most how many payload bytes a fetch of the source delivers, when a listing tells.

    A drop folder's file sizes (a stat each, nothing read); None for a feed, whose size is
    known only by fetching it, and for a folder that is not there (the fetch says so).
    """
    if isinstance(config, DropFolderSource):
        from flows.io.sources.drop_folder.fetch import folder_bytes

        return folder_bytes(config.path)
    return None
