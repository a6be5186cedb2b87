"""The HTTP feed source against a real server on 127.0.0.1: paging, cursors, conditional GET, faults."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.io.lake import Lake, sha256_hex
from flows.io.sources.http_feed import HttpFeedSource
from flows.io.sources.http_feed.feed import fetch_http_feed
from flows.io.sources.result import FetchResult
from transforms.quarantine import QuarantineEntry

NIGHT = date(2026, 11, 23)
EARLIER = "2026-11-01T00:00:00Z"


def _item(number: int, stamp: str) -> dict[str, Any]:
    return {
        "uri": f"urn:test:harbour-{number}",
        "version": "1",
        "versionCreated": stamp,
        "firstCreated": "2026-11-20T06:00:00Z",
        "pubStatus": "usable",
        "headlines": [{"role": "main", "value": f"Harbour report {number}"}],
        "body_text": f"The harbour handled {number}00 containers on Friday, the port authority said.",
    }


def _page(*items: dict[str, Any], **extra: Any) -> bytes:
    return json.dumps({"items": list(items), **extra}).encode()


PAGE_1 = _page(_item(1, "2026-11-22T08:00:00Z"), _item(2, "2026-11-22T09:30:00+01:00"))
PAGE_2 = _page(_item(3, "2026-11-22T10:15:00Z"), _item(4, "2026-11-21T23:00:00Z"))
EMPTY = _page()


def _config(url: str, kind: str = "json_api", **limits: Any) -> HttpFeedSource:
    defaults = {"read_timeout": 0.2, "retries": 2, "backoff_seconds": 0.01, "max_redirects": 3}
    return HttpFeedSource.model_validate({"kind": kind, "url": url, **defaults, **limits})


def _fetch(
    config: HttpFeedSource, lake: Lake, cursor: str | None = None, already: set[str] | None = None
) -> FetchResult:
    return fetch_http_feed(
        "wire", config, lake=lake, ingest_date=NIGHT, already_ingested=already or set(), cursor=cursor
    )


def _serve_page(server: HTTPServer, page: int, body: bytes, since: str | None = None, **headers: str) -> None:
    query = {"page": str(page)} if since is None else {"since": since, "page": str(page)}
    server.expect_request("/items", query_string=query).respond_with_data(
        body, content_type="application/json", headers=headers
    )


def _fetch_reject(entry: QuarantineEntry, reason: str, url: str) -> bool:
    return (entry.stage, entry.reason, entry.source, entry.item_ref) == ("fetch", reason, "wire", url)


@pytest.fixture
def lake(tmp_path: Path) -> Lake:
    return Lake(tmp_path / "lake")


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown so a hung handler returns and the (single-threaded) server serves again."""
    event = threading.Event()
    yield event
    event.set()


# --- json_api paging ------------------------------------------------------------------------------


def test_pages_are_landed_until_an_empty_page(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, PAGE_1, ETag='"p1"', **{"Last-Modified": "Sun, 22 Nov 2026 10:00:00 GMT"})
    _serve_page(httpserver, 2, PAGE_2)
    _serve_page(httpserver, 3, EMPTY)
    result = _fetch(_config(httpserver.url_for("/items")), lake)

    assert (result.seen, result.skipped, result.rejects) == (2, 0, [])
    first, second = result.manifest.to_pylist()
    assert first["source_uri"] == httpserver.url_for("/items?page=1")
    assert second["source_uri"] == httpserver.url_for("/items?page=2")
    for row, body in ((first, PAGE_1), (second, PAGE_2)):
        assert row["raw_hash"] == sha256_hex(body) and row["size_bytes"] == len(body)
        assert Path(row["raw_path"]).read_bytes() == body == lake.read_raw(row["raw_hash"])
        assert (row["source"], row["ingest_date"], row["http_status"]) == ("wire", NIGHT, 200)
    headers = json.loads(first["http_headers"])
    assert headers["content-type"] == "application/json"
    assert (headers["etag"], headers["last-modified"]) == ('"p1"', "Sun, 22 Nov 2026 10:00:00 GMT")
    assert set(headers) == {"content-type", "etag", "last-modified", "date"}
    # the latest versionCreated, compared as instants (09:30+01:00 is 08:30Z), in the API's own notation
    assert result.cursor == "2026-11-22T10:15:00Z"
    assert [request.args.get("since") for request, _ in httpserver.log] == [None, None, None]


def test_the_next_night_asks_since_the_cursor(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, EMPTY, since="2026-11-22T10:15:00Z")
    result = _fetch(_config(httpserver.url_for("/items")), lake, cursor="2026-11-22T10:15:00Z")
    assert (result.manifest.num_rows, result.seen, result.rejects) == (0, 0, [])
    assert result.cursor == "2026-11-22T10:15:00Z"
    assert len(httpserver.log) == 1


def test_configured_query_is_kept(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/items", query_string={"desk": "eco", "page": "1"}).respond_with_data(EMPTY)
    result = _fetch(_config(httpserver.url_for("/items?desk=eco")), lake)
    assert result.rejects == [] and len(httpserver.log) == 1


def test_pages_another_night_ingested_are_skipped(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, PAGE_1, since=EARLIER)
    _serve_page(httpserver, 2, PAGE_2, since=EARLIER)
    _serve_page(httpserver, 3, EMPTY, since=EARLIER)
    config = _config(httpserver.url_for("/items"))
    result = _fetch(config, lake, cursor=EARLIER, already={sha256_hex(PAGE_1)})
    assert (result.seen, result.skipped) == (2, 1)
    assert result.manifest.column("raw_hash").to_pylist() == [sha256_hex(PAGE_2)]
    assert result.cursor == "2026-11-22T10:15:00Z"  # skipped pages still count for the cursor


def test_next_link_in_the_body_is_followed(httpserver: HTTPServer, lake: Lake) -> None:
    first = _page(_item(1, "2026-11-22T08:00:00Z"), next="/items/after-1")
    last = _page(_item(2, "2026-11-22T09:00:00Z"))
    _serve_page(httpserver, 1, first)
    httpserver.expect_request("/items/after-1").respond_with_data(last)
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    assert result.manifest.column("source_uri").to_pylist() == [
        httpserver.url_for("/items?page=1"),
        httpserver.url_for("/items/after-1"),
    ]
    assert result.cursor == "2026-11-22T09:00:00Z"
    assert len(httpserver.log) == 2  # no page=2: a linked feed ends where its links end


def test_link_header_is_followed(httpserver: HTTPServer, lake: Lake) -> None:
    next_url = httpserver.url_for("/items/cursor/abc")
    _serve_page(httpserver, 1, PAGE_1, Link=f'<{next_url}>; rel="next"')
    httpserver.expect_request("/items/cursor/abc").respond_with_data(PAGE_2)
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    assert result.manifest.column("source_uri").to_pylist() == [httpserver.url_for("/items?page=1"), next_url]
    assert result.cursor == "2026-11-22T10:15:00Z"


def test_paging_stops_at_max_pages(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, PAGE_1)
    _serve_page(httpserver, 2, PAGE_2)
    result = _fetch(_config(httpserver.url_for("/items"), max_pages=1), lake)
    assert result.manifest.num_rows == 1 and len(httpserver.log) == 1


def test_a_next_link_back_to_a_visited_page_ends_paging(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, _page(_item(1, "2026-11-22T08:00:00Z"), next="/items?page=1"))
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    assert result.manifest.num_rows == 1 and len(httpserver.log) == 1


def test_an_api_that_ignores_page_is_landed_once(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/items").respond_with_data(PAGE_1)
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    assert (result.manifest.num_rows, result.seen, result.rejects) == (1, 1, [])
    assert len(httpserver.log) == 2 and result.cursor == "2026-11-22T09:30:00+01:00"


# --- json_api faults ------------------------------------------------------------------------------


def test_500_then_200_is_retried_and_landed(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_oneshot_request("/items", query_string={"page": "1"}).respond_with_data("", status=500)
    _serve_page(httpserver, 1, PAGE_1)
    _serve_page(httpserver, 2, EMPTY)
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    assert result.rejects == [] and result.manifest.column("http_status").to_pylist() == [200]
    assert [(r.args["page"], resp.status_code) for r, resp in httpserver.log] == [
        ("1", 500),
        ("1", 200),
        ("2", 200),
    ]
    assert result.cursor == "2026-11-22T09:30:00+01:00"


def test_always_500_is_quarantined_and_the_cursor_stays(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, PAGE_1, since=EARLIER)
    httpserver.expect_request("/items", query_string={"since": EARLIER, "page": "2"}).respond_with_data(
        "", status=500
    )
    result = _fetch(_config(httpserver.url_for("/items")), lake, cursor=EARLIER)
    url = httpserver.url_for("/items") + "?since=2026-11-01T00%3A00%3A00Z&page=2"
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"HTTP 500 from {url} after 2 retries", url)
    assert result.cursor == EARLIER  # the next night asks again from the same point
    (row,) = result.manifest.to_pylist()  # what was landed before the failure is kept
    assert lake.read_raw(row["raw_hash"]) == PAGE_1
    assert len(httpserver.log) == 4  # page 1, then page 2 three times


def test_failure_on_the_first_run_stores_no_cursor(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/items").respond_with_data("", status=503)
    result = _fetch(_config(httpserver.url_for("/items"), retries=0), lake)
    url = httpserver.url_for("/items?page=1")
    assert [r.reason for r in result.rejects] == [f"HTTP 503 from {url} after 0 retries"]
    assert result.cursor is None and result.manifest.num_rows == 0


def test_hung_page_times_out(httpserver: HTTPServer, lake: Lake, release: threading.Event) -> None:
    def hang(request: Request) -> Response:
        release.wait(5)
        return Response(PAGE_1)

    httpserver.expect_request("/items").respond_with_handler(hang)
    result = _fetch(_config(httpserver.url_for("/items"), retries=1), lake, cursor=EARLIER)
    url = httpserver.url_for("/items") + "?since=2026-11-01T00%3A00%3A00Z&page=1"
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"timed out after 0.2 s reading {url} after 1 retry", url)
    assert result.cursor == EARLIER and result.manifest.num_rows == 0


def test_redirect_loop_is_quarantined(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/items").respond_with_data("", status=302, headers={"Location": "/loop"})
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/items"})
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    url = httpserver.url_for("/items?page=1")
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"redirect loop: more than 3 redirects from {url}", url)


def test_oversized_page_is_refused_and_not_kept(httpserver: HTTPServer, lake: Lake) -> None:
    _serve_page(httpserver, 1, PAGE_1)
    result = _fetch(_config(httpserver.url_for("/items"), max_response_bytes=100), lake)
    url = httpserver.url_for("/items?page=1")
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"response from {url} exceeds the 100-byte limit; not kept", url)
    assert result.manifest.num_rows == 0 and not (Path(lake.root) / "raw").exists()


def test_404_is_quarantined_without_retry(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/items").respond_with_data("no such feed", status=404)
    result = _fetch(_config(httpserver.url_for("/items")), lake)
    url = httpserver.url_for("/items?page=1")
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"HTTP 404 from {url}; not retried", url)
    assert len(httpserver.log) == 1


def test_page_that_is_not_json_is_landed_but_holds_the_cursor(httpserver: HTTPServer, lake: Lake) -> None:
    body = b'{"items": [{"uri": "urn:test:cut'
    _serve_page(httpserver, 1, body, since=EARLIER)
    result = _fetch(_config(httpserver.url_for("/items")), lake, cursor=EARLIER)
    url = httpserver.url_for("/items") + "?since=2026-11-01T00%3A00%3A00Z&page=1"
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"page {url} is not a JSON feed page; paging stopped", url)
    assert lake.read_raw(result.manifest.column("raw_hash")[0].as_py()) == body  # the reader says why
    assert result.cursor == EARLIER


# --- rss ------------------------------------------------------------------------------------------


def _rss(*links: str) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{link}</link></item>" for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour wire</title>'
        f"<link>http://127.0.0.1/</link>{items}</channel></rss>"
    ).encode()


def test_rss_lands_the_feed_and_its_items_then_304(httpserver: HTTPServer, lake: Lake) -> None:
    story_1, story_2 = _page(_item(1, "2026-11-22T08:00:00Z")), _page(_item(2, "2026-11-22T09:00:00Z"))
    feed = _rss(httpserver.url_for("/story/1"), "/story/2", "http://elsewhere.invalid/story/3")
    validators = {"ETag": '"feed-v7"', "Last-Modified": "Sun, 22 Nov 2026 10:00:00 GMT"}
    httpserver.expect_oneshot_request("/feed.rss").respond_with_data(
        feed, content_type="application/rss+xml", headers=validators
    )
    httpserver.expect_request("/story/1").respond_with_data(story_1, content_type="application/json")
    httpserver.expect_request("/story/2").respond_with_data(story_2, content_type="application/json")
    config = _config(httpserver.url_for("/feed.rss"), kind="rss")

    first = _fetch(config, lake)
    assert (first.seen, first.rejects) == (3, [])
    rows = first.manifest.to_pylist()
    assert [row["source_uri"] for row in rows] == [
        httpserver.url_for("/feed.rss"),
        httpserver.url_for("/story/1"),
        httpserver.url_for("/story/2"),
    ]
    assert [lake.read_raw(row["raw_hash"]) for row in rows] == [feed, story_1, story_2]
    assert json.loads(rows[0]["http_headers"])["etag"] == '"feed-v7"'
    assert json.loads(first.cursor or "") == {
        "etag": '"feed-v7"',
        "last_modified": "Sun, 22 Nov 2026 10:00:00 GMT",
    }

    conditional = {"If-None-Match": '"feed-v7"', "If-Modified-Since": "Sun, 22 Nov 2026 10:00:00 GMT"}
    httpserver.expect_request("/feed.rss", headers=conditional).respond_with_data("", status=304)
    second = _fetch(config, lake, cursor=first.cursor)
    assert (second.manifest.num_rows, second.seen, second.rejects) == (0, 0, [])
    assert second.cursor == first.cursor
    assert httpserver.log[-1][1].status_code == 304 and len(httpserver.log) == 4


def test_atom_entries_are_fetched(httpserver: HTTPServer, lake: Lake) -> None:
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        b'<entry><title>A</title><link rel="alternate" href="/story/a"/>'
        b'<link rel="edit" href="/edit/a"/></entry>'
        b'<entry><title>B</title><link href="/story/b"/></entry></feed>'
    )
    httpserver.expect_request("/atom").respond_with_data(feed, content_type="application/atom+xml")
    httpserver.expect_request("/story/a").respond_with_data(_page(_item(1, "2026-11-22T08:00:00Z")))
    httpserver.expect_request("/story/b").respond_with_data(_page(_item(2, "2026-11-22T08:00:00Z")))
    result = _fetch(_config(httpserver.url_for("/atom"), kind="rss"), lake)
    assert result.manifest.column("source_uri").to_pylist() == [
        httpserver.url_for("/atom"),
        httpserver.url_for("/story/a"),
        httpserver.url_for("/story/b"),
    ]
    assert result.cursor is None  # the server gave no validators


def test_rss_item_failure_keeps_the_others_and_the_old_cursor(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/feed.rss").respond_with_data(
        _rss("/story/1", "/story/2"), headers={"ETag": '"new"'}
    )
    httpserver.expect_request("/story/1").respond_with_data("gone", status=410)
    httpserver.expect_request("/story/2").respond_with_data(_page(_item(2, "2026-11-22T09:00:00Z")))
    old = json.dumps({"etag": '"old"'})
    result = _fetch(_config(httpserver.url_for("/feed.rss"), kind="rss"), lake, cursor=old)
    url = httpserver.url_for("/story/1")
    (reject,) = result.rejects
    assert _fetch_reject(reject, f"HTTP 410 from {url}; not retried", url)
    assert result.manifest.num_rows == 2 and result.cursor == old
    assert httpserver.log[0][0].headers["If-None-Match"] == '"old"'


def test_rss_with_entities_is_refused_unexpanded(httpserver: HTTPServer, lake: Lake) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b"<rss><channel><item><link>/story/&b;</link></item></channel></rss>"
    )
    httpserver.expect_request("/feed.rss").respond_with_data(bomb)
    result = _fetch(_config(httpserver.url_for("/feed.rss"), kind="rss"), lake)
    url = httpserver.url_for("/feed.rss")
    (reject,) = result.rejects
    reason = (
        f"feed {url} declares a DTD or entities (possible entity attack); refused; its items were not fetched"
    )
    assert _fetch_reject(reject, reason, url)
    assert len(httpserver.log) == 1


def test_rss_that_is_not_xml_is_refused(httpserver: HTTPServer, lake: Lake) -> None:
    httpserver.expect_request("/feed.rss").respond_with_data(b"<rss><channel>")
    result = _fetch(_config(httpserver.url_for("/feed.rss"), kind="rss"), lake)
    (reject,) = result.rejects
    assert reject.reason.startswith(f"feed {httpserver.url_for('/feed.rss')} is not well-formed XML (")


# --- future-dated items and the cursor -------------------------------------------------------------


FUTURE = "9999-12-31T00:00:00Z"


def _api_since(items: list[dict[str, Any]]) -> Any:
    """A handler honouring ``since`` (items strictly newer, oldest first, two a page) as cursor APIs do."""

    def handler(request: Request) -> Response:
        since = request.args.get("since")
        newer = [item for item in items if since is None or item["versionCreated"] > since]
        page = int(request.args.get("page", "1"))
        return Response(_page(*newer[(page - 1) * 2 : page * 2]), content_type="application/json")

    return handler


def test_a_future_dated_item_does_not_move_the_cursor_and_later_items_still_arrive(
    httpserver: HTTPServer, lake: Lake
) -> None:
    """Red-team finding: one ``versionCreated: 9999-12-31`` item silenced the source for good."""
    items = [_item(1, "2026-11-22T08:00:00Z"), _item(2, FUTURE), _item(3, "2026-11-22T10:15:00Z")]
    httpserver.expect_request("/items").respond_with_handler(_api_since(items))
    config = _config(httpserver.url_for("/items"))
    first = fetch_http_feed(
        "wire", config, lake=lake, ingest_date=NIGHT, already_ingested=set(), cursor=None,
        now=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
    )  # fmt: skip
    assert first.cursor == "2026-11-22T10:15:00Z"
    items.append(_item(4, "2026-11-23T07:00:00Z"))
    second = fetch_http_feed(
        "wire", config, lake=lake, ingest_date=date(2026, 11, 24), already_ingested=set(),
        cursor=first.cursor, now=datetime(2026, 11, 24, 2, 0, tzinfo=UTC),
    )  # fmt: skip
    landed = [json.loads(lake.read_raw(h)) for h in second.manifest["raw_hash"].to_pylist()]
    uris = {item["uri"] for page in landed for item in page["items"]}
    assert "urn:test:harbour-4" in uris
    assert second.cursor == "2026-11-23T07:00:00Z"


def test_the_cursor_never_passes_the_clock_plus_the_tolerance(httpserver: HTTPServer, lake: Lake) -> None:
    items = [_item(1, "2026-11-23T02:30:00Z"), _item(2, "2026-11-23T04:00:00Z")]
    httpserver.expect_request("/items").respond_with_handler(_api_since(items))
    config = _config(httpserver.url_for("/items"), cursor_tolerance_seconds=3600)
    result = fetch_http_feed(
        "wire", config, lake=lake, ingest_date=NIGHT, already_ingested=set(), cursor=None,
        now=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
    )  # fmt: skip
    assert result.cursor == "2026-11-23T02:30:00Z"  # 04:00 is past 02:00 + 1 h


def test_a_stored_cursor_in_the_far_future_is_not_sent_again(httpserver: HTTPServer, lake: Lake) -> None:
    """A source stuck by an older release (cursor 9999-12-31) recovers on its next night."""
    items = [_item(1, "2026-11-22T08:00:00Z")]
    httpserver.expect_request("/items").respond_with_handler(_api_since(items))
    result = _fetch(_config(httpserver.url_for("/items")), lake, cursor=FUTURE)
    assert result.manifest.num_rows == 1
    assert result.cursor == "2026-11-22T08:00:00Z"
    assert all(request.args.get("since") is None for request, _ in httpserver.log)


def test_a_dripping_page_is_quarantined_as_deadline_exceeded(lake: Lake) -> None:
    """A page served one byte at a time is refused at the request's deadline, with that reason."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(15)

    def drip() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n")
            for _ in range(50):  # at most 15 s, ends early once the client hangs up
                try:
                    conn.sendall(b" ")
                except OSError:
                    return
                time.sleep(0.3)

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/items"
    try:
        result = _fetch(_config(url, read_timeout=5, deadline_seconds=1, retries=0), lake)
    finally:
        listener.close()
        thread.join(timeout=20)
    (reject,) = result.rejects
    assert (reject.stage, reject.item_ref) == ("fetch", f"{url}?page=1")
    assert reject.reason.startswith("deadline exceeded")
    assert result.manifest.num_rows == 0 and result.cursor is None
