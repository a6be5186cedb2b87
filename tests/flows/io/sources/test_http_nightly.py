"""End to end: the real nightly flow over an HTTP JSON API served on 127.0.0.1, through Prefect.

The source is configured the way an operator would, through ``WIREFACTS_SOURCES__<name>__<field>``
environment variables, and the API is a small fake that honours ``since`` and ``page`` (two items a
page, oldest first), so the cursor really decides what the next night gets.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.nightly import NightFailedError, nightly_flow
from flows.results import RunSummary
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]
NIGHT = date(2024, 5, 11)
NEXT_NIGHT = date(2024, 5, 12)
LATEST = "2024-05-10T16:45:00Z"
STORIES = [
    (
        "Ferry fares rise",
        "2024-05-10T07:00:00Z",
        "Ferry fares will rise by 4 percent from June, the operator said.",
    ),
    ("Grain harvest", "2024-05-10T09:20:00Z", "Farmers expect to harvest about 12 million tonnes of wheat."),
    ("Bridge reopens", LATEST, "The bridge reopened after 18 months of repairs costing 40 million euros."),
]


def _item(number: int, headline: str, stamp: str, body: str) -> dict[str, Any]:
    return {
        "uri": f"urn:test:coast-{number}",
        "version": "1",
        "firstCreated": stamp,
        "versionCreated": stamp,
        "pubStatus": "usable",
        "language": "en",
        "headlines": [{"role": "main", "value": headline}],
        "body_text": body,
    }


ITEMS = [_item(number, *story) for number, story in enumerate(STORIES, 1)]


def _api(request: Request) -> Response:
    """Items newer than ``since``, oldest first, two a page; a page past the end is empty."""
    since = request.args.get("since", "")
    newer = [item for item in ITEMS if item["versionCreated"] > since]
    page = int(request.args.get("page", "1"))
    body = json.dumps({"items": newer[(page - 1) * 2 : page * 2]})
    return Response(body, content_type="application/json", headers={"ETag": f'"{since}-{page}"'})


@pytest.fixture
def feed(httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ``feed`` source on the test server, configured through the environment; returns the work dir."""
    httpserver.expect_request("/v1/items").respond_with_handler(_api)
    monkeypatch.setenv("WIREFACTS_CONFIG", str(tmp_path / "absent.toml"))
    settings = {
        "kind": "json_api",
        "url": httpserver.url_for("/v1/items"),
        "read_timeout": "2",
        "retries": "1",
    }
    settings["backoff_seconds"] = "0.01"
    for key, value in settings.items():
        monkeypatch.setenv(f"WIREFACTS_SOURCES__feed__{key}", value)
    return tmp_path


def _night(tmp: Path, night: date) -> RunSummary:
    return nightly_flow(
        date=night,
        settings=load_settings(source="feed", lake=str(tmp / "lake"), warehouse=str(tmp / "w.sqlite")),
    )


def _query(tmp: Path, sql: str) -> list[tuple[Any, ...]]:
    con = connect_warehouse(tmp / "w.sqlite", read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_feed_is_loaded_and_the_next_night_fetches_nothing(feed: Path, httpserver: HTTPServer) -> None:
    first = _night(feed, NIGHT)
    assert first.status == "success"
    assert (first.new_payloads, first.articles_loaded, first.quarantined) == (2, 3, 0)
    assert _query(feed, "SELECT headline, format, source FROM articles ORDER BY headline") == [
        ("Bridge reopens", "ninjs", "feed"),
        ("Ferry fares rise", "ninjs", "feed"),
        ("Grain harvest", "ninjs", "feed"),
    ]
    raw = _query(feed, "SELECT source_uri, http_status, http_headers FROM raw_files ORDER BY source_uri")
    assert [(uri.rsplit("/", 1)[1], status) for uri, status, _ in raw] == [
        ("items?page=1", 200),
        ("items?page=2", 200),
    ]
    assert json.loads(raw[0][2])["etag"] == '"-1"'
    assert _query(feed, "SELECT source, cursor, ingest_date FROM source_cursors") == [("feed", LATEST, NIGHT)]

    second = _night(feed, NEXT_NIGHT)
    assert second.status == "success"
    assert (second.fetched, second.new_payloads, second.articles_loaded) == (0, 0, 0)
    assert httpserver.log[-1][0].args.to_dict() == {"since": LATEST, "page": "1"}
    assert _query(feed, "SELECT count(*) FROM articles") == [(3,)]
    assert _query(feed, "SELECT cursor FROM source_cursors") == [(LATEST,)]


def test_failing_feed_fails_the_night_without_moving_the_cursor(feed: Path, httpserver: HTTPServer) -> None:
    """A source that only answers 500 is a failed night (issue 12), not a success with nothing in it."""
    assert _night(feed, NIGHT).status == "success"
    httpserver.clear()
    httpserver.expect_request("/v1/items").respond_with_data("upstream down", status=500)

    with pytest.raises(NightFailedError, match="HTTP 500"):
        _night(feed, NEXT_NIGHT)
    assert _query(feed, f"SELECT status FROM runs WHERE ingest_date = DATE '{NEXT_NIGHT}'") == [("failed",)]
    url = httpserver.url_for("/v1/items") + "?since=2024-05-10T16%3A45%3A00Z&page=1"
    assert _query(feed, "SELECT ingest_date, stage, reason, item_ref FROM quarantine") == [
        (NEXT_NIGHT, "fetch", f"HTTP 500 from {url} after 1 retry", url)
    ]
    # the same watermark again (the loader re-stores the cursor the fetch returns), not a later one
    assert _query(feed, "SELECT source, cursor FROM source_cursors") == [("feed", LATEST)]
    assert _query(feed, "SELECT count(*) FROM articles") == [(3,)]
