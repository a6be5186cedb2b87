"""HTTP helpers for the feed sources: bounded GETs with timeouts, retries and a size cap.

Agency endpoints hang, flap and occasionally send far more than they should, and
one bad response must cost neither the night nor the machine. So every request
has connect and read timeouts, a redirect limit (loops end there), stays on the
configured origin, streams its body and gives up past a byte limit instead of
buffering it, and is retried with exponential backoff only where a retry can
help: 5xx, 429, timeouts and broken connections, never another 4xx. A request
that fails for good raises :class:`FetchError`, whose message is the reason a
human reads in the quarantine.

Timeouts bound each wait for a byte, not the request: a server that drips one
byte every few seconds never trips a read timeout and held a fetch for 449 s.
So each attempt also has an overall deadline (``deadline_seconds``) that covers
connecting, the headers and the body. A timer thread enforces it by shutting
the connection's socket down, which wakes a read blocked inside httpx at once;
a deadline that passes is not retried (the same server would drip again).
Connections are not kept alive between requests, so each request has its own
socket and the timer never cuts another request's connection.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx

from flows.io.sources.http_feed.config import HttpFeedSource

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
        limits=httpx.Limits(max_keepalive_connections=0),
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
        config: The source (retries, backoff, size limit, timeouts, deadline).
        headers: Extra request headers (conditional GET validators).

    Returns:
        The response, when its status is 2xx or 304.

    Raises:
        FetchError: A 4xx, a redirect loop, an oversized body, a passed deadline, or a
            transient failure that outlived every retry.
    """
    failure = ""
    for attempt in range(config.retries + 1):
        if attempt:
            time.sleep(config.backoff_seconds * 2 ** (attempt - 1))
        deadline = _Deadline(config.deadline_seconds)
        try:
            with deadline:
                response = _get_once(client, url, config, headers or {}, deadline)
        except (httpx.HTTPError, FetchError) as exc:
            if deadline.expired.is_set():
                raise FetchError(
                    f"deadline exceeded: {url} did not complete within {config.deadline_seconds:g} s "
                    "(setting deadline_seconds); not retried"
                ) from exc
            if isinstance(exc, FetchError):
                raise
            failure = _transient_reason(exc, url, config)
        else:
            if not _is_transient(response.status):
                return response
            failure = f"HTTP {response.status} from {url}"
    retries = "1 retry" if config.retries == 1 else f"{config.retries} retries"
    raise FetchError(f"{failure} after {retries}")


def _transient_reason(exc: httpx.HTTPError, url: str, config: HttpFeedSource) -> str:
    """Why an attempt failed when a retry may help; raises :class:`FetchError` when it cannot."""
    if isinstance(exc, httpx.TimeoutException):
        return _timeout_reason(exc, url, config)
    if isinstance(exc, httpx.TransportError):
        return f"could not reach {url} ({type(exc).__name__}: {exc})"
    if isinstance(exc, httpx.TooManyRedirects):
        raise FetchError(f"redirect loop: more than {config.max_redirects} redirects from {url}") from None
    raise FetchError(f"request to {url} failed ({type(exc).__name__}: {exc})") from exc


class _Deadline:
    """An overall time limit on one request, enforced by shutting its socket down from a timer.

    httpcore reports each new TCP connection through the ``trace`` request
    extension; the deadline keeps those sockets and, when the timer fires,
    shuts them down, so a read blocked on a dripping server returns at once
    and the request fails. ``expired`` tells that failure from the others.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember the socket of each connection this request opens."""
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
                if self.expired.is_set():
                    _shut(sock)

    def check(self) -> None:
        """Raise once the deadline has passed (between chunks, for data that keeps coming)."""
        if self.expired.is_set():
            raise FetchError("deadline exceeded")

    def _expire(self) -> None:
        with self._lock:
            self.expired.set()
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Shut a socket down in both directions; one already closed is fine."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _get_once(
    client: httpx.Client, url: str, config: HttpFeedSource, headers: dict[str, str], deadline: _Deadline
) -> Response:
    """One GET; the body is read only for a usable status, never past the byte limit or the deadline."""
    with client.stream("GET", url, headers=headers, extensions={"trace": deadline.trace}) as response:
        status = response.status_code
        if _is_transient(status):
            return Response(str(response.url), status, response.headers, b"")
        if not (200 <= status < 300 or status == 304):
            raise FetchError(f"HTTP {status} from {url}; not retried")
        body = _read_capped(response, url, config.max_response_bytes, deadline)
        return Response(str(response.url), status, response.headers, body, _next_link(response))


def _next_link(response: httpx.Response) -> str | None:
    """The absolute URL of a ``Link: <...>; rel="next"`` header, if there is a usable one."""
    target = response.links.get("next", {}).get("url")
    try:
        return str(response.url.join(target)) if target else None
    except httpx.InvalidURL:
        return None


def _read_capped(response: httpx.Response, url: str, limit: int, deadline: _Deadline) -> bytes:
    """The body, refused as soon as it (or its declared length) passes ``limit`` bytes or the deadline."""
    too_big = FetchError(f"response from {url} exceeds the {limit:,}-byte limit; not kept")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    for chunk in response.iter_bytes():
        deadline.check()
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
