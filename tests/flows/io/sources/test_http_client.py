"""The HTTP helpers against a real server on 127.0.0.1: retries, timeouts, redirects, size cap."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.io.sources.http_feed import HttpFeedSource
from flows.io.sources.http_feed import client as http_client
from flows.io.sources.http_feed.client import FetchError, get, is_same_origin, make_client


def _config(url: str, **limits: object) -> HttpFeedSource:
    defaults: dict[str, object] = {
        "connect_timeout": 0.5,
        "read_timeout": 0.2,
        "retries": 2,
        "backoff_seconds": 0.01,
        "max_redirects": 3,
        "max_response_bytes": 1_000,
    }
    return HttpFeedSource.model_validate({"kind": "json_api", "url": url, **defaults, **limits})


def _get(url: str, **limits: object) -> http_client.Response:
    config = _config(url, **limits)
    with make_client(config) as client:
        return get(client, url, config)


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown so a hung handler returns and the (single-threaded) server serves again."""
    event = threading.Event()
    yield event
    event.set()


def test_ok_response_is_returned_whole(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/doc").respond_with_data(b"hello", headers={"ETag": '"v1"'})
    response = _get(httpserver.url_for("/doc"))
    assert (response.status, response.content, response.headers["etag"]) == (200, b"hello", '"v1"')
    assert response.url == httpserver.url_for("/doc") and response.next_link is None


def test_link_header_gives_the_next_page(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/doc").respond_with_data(b"[]", headers={"Link": '</doc?after=9>; rel="next"'})
    assert _get(httpserver.url_for("/doc")).next_link == httpserver.url_for("/doc?after=9")


def test_500_then_200_succeeds_after_one_retry(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/doc").respond_with_data("busy", status=500)
    httpserver.expect_request("/doc").respond_with_data(b"fine")
    assert _get(httpserver.url_for("/doc")).content == b"fine"
    assert [response.status_code for _, response in httpserver.log] == [500, 200]


def test_retries_back_off_exponentially(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []
    monkeypatch.setattr(time, "sleep", delays.append)  # the server thread never sleeps
    httpserver.expect_request("/doc").respond_with_data("down", status=503)
    url = httpserver.url_for("/doc")
    with pytest.raises(FetchError, match="HTTP 503"):
        _get(url, retries=3, backoff_seconds=0.5)
    assert delays == [0.5, 1.0, 2.0]
    assert len(httpserver.log) == 4


def test_always_500_gives_up_after_the_retries(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/doc").respond_with_data("down", status=500)
    url = httpserver.url_for("/doc")
    with pytest.raises(FetchError) as caught:
        _get(url)
    assert str(caught.value) == f"HTTP 500 from {url} after 2 retries"
    assert len(httpserver.log) == 3


def test_429_is_retried(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/doc").respond_with_data("slow down", status=429)
    httpserver.expect_request("/doc").respond_with_data(b"ok")
    assert _get(httpserver.url_for("/doc")).content == b"ok"
    assert len(httpserver.log) == 2


def test_404_is_not_retried(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    url = httpserver.url_for("/gone")
    with pytest.raises(FetchError) as caught:
        _get(url)
    assert str(caught.value) == f"HTTP 404 from {url}; not retried"
    assert len(httpserver.log) == 1


def test_hung_connection_times_out(httpserver: HTTPServer, release: threading.Event) -> None:
    def hang(request: Request) -> Response:
        release.wait(5)
        return Response("too late")

    httpserver.expect_request("/slow").respond_with_handler(hang)
    url = httpserver.url_for("/slow")
    with pytest.raises(FetchError) as caught:
        _get(url, retries=1)
    assert str(caught.value) == f"timed out after 0.2 s reading {url} after 1 retry"


def test_refused_connection_is_retried_then_reported() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/doc"
    with pytest.raises(FetchError, match=rf"^could not reach {url} \(ConnectError: .*\) after 2 retries$"):
        _get(url)


def test_redirect_loop_ends_at_the_limit(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    url = httpserver.url_for("/a")
    with pytest.raises(FetchError) as caught:
        _get(url)
    assert str(caught.value) == f"redirect loop: more than 3 redirects from {url}"
    assert len(httpserver.log) == 4  # the first request and three redirects, not retried


def test_redirect_within_the_limit_is_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(b"moved")
    response = _get(httpserver.url_for("/old"))
    assert (response.content, response.url) == (b"moved", httpserver.url_for("/new"))


def test_redirect_off_the_feed_origin_is_refused(httpserver: HTTPServer) -> None:
    away = "http://elsewhere.invalid/x"
    httpserver.expect_request("/doc").respond_with_data("", status=302, headers={"Location": away})
    origin = httpserver.url_for("/").rstrip("/")
    with pytest.raises(FetchError) as caught:
        _get(httpserver.url_for("/doc"))
    assert str(caught.value) == f"refused to leave {origin} for {away}"


def test_declared_oversized_body_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5_000)
    url = httpserver.url_for("/big")
    with pytest.raises(FetchError) as caught:
        _get(url)
    assert str(caught.value) == f"response from {url} exceeds the 1,000-byte limit; not kept"


def test_streamed_oversized_body_is_cut_off(httpserver: HTTPServer) -> None:
    """No Content-Length (chunked): the cap applies while streaming, long before the end."""
    sent: list[int] = []

    def endless(request: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for number in range(10_000):
                sent.append(number)
                yield b"y" * 100

        return Response(chunks())

    httpserver.expect_request("/stream").respond_with_handler(endless)
    url = httpserver.url_for("/stream")
    with pytest.raises(FetchError, match="exceeds the 1,000-byte limit; not kept"):
        _get(url)
    assert len(sent) < 10_000


def test_same_origin() -> None:
    config = _config("http://127.0.0.1:8000/feed")
    assert is_same_origin("http://127.0.0.1:8000/story/1", config)
    assert not is_same_origin("http://127.0.0.1:8001/story/1", config)
    assert not is_same_origin("https://127.0.0.1:8000/story/1", config)
    assert not is_same_origin("http://example.com/story/1", config)


# --- overall deadline ------------------------------------------------------------------------------


@pytest.fixture
def drip_server() -> Iterator[tuple[str, threading.Event]]:
    """A real 127.0.0.1 server that drips its answer, one byte every 0.3 s, for at most 40 bytes.

    Each byte arrives well within the read timeout, so only an overall deadline can end the
    request early. It serves a handful of connections and stops by itself (bounded loops).
    ``headers_too`` set before the request drips the status line as well.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(15)
    headers_too = threading.Event()

    def serve() -> None:
        for _ in range(3):
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n"
                try:
                    if not headers_too.is_set():
                        conn.sendall(head)
                    for byte in (head if headers_too.is_set() else b" " * 40)[:40]:
                        conn.sendall(bytes([byte]))
                        time.sleep(0.3)
                except OSError:
                    continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/items", headers_too
    listener.close()
    thread.join(timeout=20)


def test_a_dripping_body_ends_at_the_deadline(drip_server: tuple[str, threading.Event]) -> None:
    """Red-team finding: 1 byte every 5 s held a fetch for 449 s; no read timeout ever fired."""
    url, _ = drip_server
    with pytest.raises(FetchError, match=r"^deadline exceeded: .* within 1 s"):
        _get(url, read_timeout=5, deadline_seconds=1, max_response_bytes=10_000)


def test_dripping_headers_end_at_the_deadline(drip_server: tuple[str, threading.Event]) -> None:
    url, headers_too = drip_server
    headers_too.set()
    with pytest.raises(FetchError, match=r"^deadline exceeded"):
        _get(url, read_timeout=5, deadline_seconds=1, max_response_bytes=10_000)
