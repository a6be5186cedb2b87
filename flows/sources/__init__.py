"""Sources: thin I/O that finds payloads and lands them, unchanged, in the raw zone.

Each source kind has one module; :func:`fetch_source` picks it from the source's
configuration so the flow does not care where payloads come from.
"""

from __future__ import annotations

from datetime import date

from flows.lake import Lake
from flows.settings import DropFolderSource, HttpFeedSource
from flows.sources.drop_folder import fetch_drop_folder
from flows.sources.result import FetchResult

__all__ = ["FetchResult", "fetch_source"]


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
        return fetch_drop_folder(
            config.path,
            source=name,
            lake=lake,
            ingest_date=ingest_date,
            already_ingested=already_ingested,
            max_bytes=max_bytes,
        )
    from flows.sources.http_feed import fetch_http_feed

    return fetch_http_feed(
        name, config, lake=lake, ingest_date=ingest_date, already_ingested=already_ingested, cursor=cursor
    )
