"""The HTTP feed source's configuration (a ``sources.<name>`` entry of the settings).

Its cursor (the stored watermark a JSON API is asked ``since``, or an RSS feed's
ETag and Last-Modified) is kept by the warehouse per source name; the rules that
move it are in :mod:`flows.io.sources.http_feed.feed`, bounded by
``cursor_tolerance_seconds`` here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class HttpFeedSource(BaseModel):
    """An HTTP feed: a JSON API paged by cursor (``json_api``) or an RSS/Atom feed (``rss``)."""

    kind: Literal["json_api", "rss"]
    url: str = Field(description="Feed URL; the JSON API receives ?since=<cursor>&page=N.")
    connect_timeout: float = Field(5.0, gt=0, description="Seconds to establish a connection.")
    read_timeout: float = Field(30.0, gt=0, description="Seconds to wait for data.")
    retries: int = Field(3, ge=0, description="Retries on 5xx and timeouts, with exponential backoff.")
    backoff_seconds: float = Field(0.5, ge=0, description="First backoff delay; doubles each retry.")
    max_pages: int = Field(100, gt=0, description="Stop paging after this many pages in one run.")
    max_redirects: int = Field(5, ge=0, description="A longer redirect chain is an error (loops end here).")
    max_response_bytes: int = Field(20_000_000, gt=0, description="Larger responses are cut off and refused.")
    deadline_seconds: float = Field(
        60.0, gt=0, description="Limit on a whole request (headers and body), so no drip holds it."
    )
    cursor_tolerance_seconds: float = Field(
        3600.0, ge=0, description="The cursor never moves past the run's clock plus this."
    )
