"""HTTP helpers for the feed sources: bounded GETs with timeouts, retries and a size cap.

Agency endpoints hang, flap and occasionally send far more than they should, and
one bad response must cost neither the night nor the machine. So every request
has connect and read timeouts, a redirect limit (loops end there), stays on the
configured origin, streams its body and gives up past a byte limit instead of
buffering it, and is retried with exponential backoff only where a retry can
help: 5xx, 429, timeouts and broken connections, never another 4xx. A request
that fails for good raises :class:`FetchError`, whose message is the reason a
human reads in the quarantine.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from flows.settings import HttpFeedSource

USER_AGENT = "wirefacts/0.1 (news wire ETL)"


class FetchError(Exception):
    """A request that failed for good; ``str(error)`` says why in plain words."""


@dataclass(frozen=True, slots=True)
class Response:
    """A complete response: status 2xx or 304, the final URL after redirects, and the whole body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes
    next_link: str | None = None


def make_client(config: HttpFeedSource) -> httpx.Client:
    """A client with the source's timeouts and redirect limit, confined to the feed's origin.

    ``trust_env`` is off so no proxy, ``.netrc`` or certificate setting from the
    environment changes where requests go.
    """
    origin = _origin(httpx.URL(config.url))

    def stay_on_origin(request: httpx.Request) -> None:
        if _origin(request.url) != origin:
            raise FetchError(f"refused to leave {origin} for {request.url}")

    return httpx.Client(
        timeout=httpx.Timeout(config.read_timeout, connect=config.connect_timeout),
        follow_redirects=True,
        max_redirects=config.max_redirects,
        trust_env=False,
        headers={"User-Agent": USER_AGENT},
        event_hooks={"request": [stay_on_origin]},
    )


def is_same_origin(url: str, config: HttpFeedSource) -> bool:
    """Whether ``url`` is on the feed's scheme, host and port (the only place requests may go)."""
    try:
        return _origin(httpx.URL(url)) == _origin(httpx.URL(config.url))
    except httpx.InvalidURL:
        return False


def get(
    client: httpx.Client, url: str, config: HttpFeedSource, headers: dict[str, str] | None = None
) -> Response:
    """GET ``url``, retrying transient failures with exponential backoff.

    Args:
        client: A client from :func:`make_client`.
        url: What to fetch.
        config: The source (retries, backoff, size limit, timeouts for messages).
        headers: Extra request headers (conditional GET validators).

    Returns:
        The response, when its status is 2xx or 304.

    Raises:
        FetchError: A 4xx, a redirect loop, an oversized body, or a transient failure
            that outlived every retry.
    """
    failure = ""
    for attempt in range(config.retries + 1):
        if attempt:
            time.sleep(config.backoff_seconds * 2 ** (attempt - 1))
        try:
            response = _get_once(client, url, config, headers or {})
        except httpx.TimeoutException as exc:
            failure = _timeout_reason(exc, url, config)
        except httpx.TransportError as exc:
            failure = f"could not reach {url} ({type(exc).__name__}: {exc})"
        except httpx.TooManyRedirects:
            raise FetchError(
                f"redirect loop: more than {config.max_redirects} redirects from {url}"
            ) from None
        except httpx.RequestError as exc:
            raise FetchError(f"request to {url} failed ({type(exc).__name__}: {exc})") from exc
        else:
            if not _is_transient(response.status):
                return response
            failure = f"HTTP {response.status} from {url}"
    retries = "1 retry" if config.retries == 1 else f"{config.retries} retries"
    raise FetchError(f"{failure} after {retries}")


def _get_once(client: httpx.Client, url: str, config: HttpFeedSource, headers: dict[str, str]) -> Response:
    """One GET; the body is read only for a usable status, and never past the byte limit."""
    with client.stream("GET", url, headers=headers) as response:
        status = response.status_code
        if _is_transient(status):
            return Response(str(response.url), status, response.headers, b"")
        if not (200 <= status < 300 or status == 304):
            raise FetchError(f"HTTP {status} from {url}; not retried")
        body = _read_capped(response, url, config.max_response_bytes)
        return Response(str(response.url), status, response.headers, body, _next_link(response))


def _next_link(response: httpx.Response) -> str | None:
    """The absolute URL of a ``Link: <...>; rel="next"`` header, if there is a usable one."""
    target = response.links.get("next", {}).get("url")
    try:
        return str(response.url.join(target)) if target else None
    except httpx.InvalidURL:
        return None


def _read_capped(response: httpx.Response, url: str, limit: int) -> bytes:
    """The body, refused as soon as it (or its declared length) passes ``limit`` bytes."""
    too_big = FetchError(f"response from {url} exceeds the {limit:,}-byte limit; not kept")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise too_big
    return bytes(body)


def _is_transient(status: int) -> bool:
    """Statuses a later attempt may not get: server errors and rate limiting."""
    return status >= 500 or status == 429


def _timeout_reason(exc: httpx.TimeoutException, url: str, config: HttpFeedSource) -> str:
    """``timed out after 0.3 s reading http://...`` (or connecting to it)."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out after {config.connect_timeout} s connecting to {url}"
    return f"timed out after {config.read_timeout} s reading {url}"


def _origin(url: httpx.URL) -> str:
    """``scheme://host:port``, with the scheme's default port made explicit."""
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return f"{url.scheme}://{url.host}:{port}"
