"""ninjs 1.x-3.x items, alone or in lists, and every way they go wrong."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from transforms.readers.ninjs import read_ninjs
from transforms.records import PubStatus, RawArticle, ReadResult, Reject

NINJS_3 = {
    "uri": "urn:newsml:dpa.com:20240305:rates",
    "version": "2",
    "firstCreated": "2024-03-05T10:15:00+01:00",
    "versionCreated": "2024-03-05T11:00:00+01:00",
    "pubStatus": "usable",
    "language": "de",
    "copyrightHolder": "dpa",
    "by": "Von Anna Schmidt, dpa",
    "located": "Frankfurt, Germany",
    "places": [{"name": "Frankfurt"}, {"name": "Hessen"}, {"uri": "no-name"}],
    "slugline": "ezb-zinsen",
    "headlines": [
        {"role": "sub", "value": "Subline"},
        {"role": "main", "value": "EZB lässt Zinsen bei 4,5 Prozent"},
    ],
    "bodies": [
        {"role": "text", "contentType": "text/plain", "value": "Plain version, one paragraph."},
        {
            "role": "html",
            "contentType": "text/html; charset=utf-8",
            "value": "<h1>EZB lässt Zinsen bei 4,5 Prozent</h1>"
            "<p>Die EZB hält den Leitzins bei 4,5 Prozent.</p>"
            "<h2>Ausblick</h2><p>Die Inflation fiel auf 2,6 Prozent.</p>",
        },
    ],
}


def _payload(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def test_ninjs_3_item_maps_every_field() -> None:
    result = read_ninjs(_payload(NINJS_3), "file:///drop/rates.json")
    assert result == ReadResult(
        articles=[
            RawArticle(
                format="ninjs",
                body=(
                    "Die EZB hält den Leitzins bei 4,5 Prozent.\n\n"
                    "Ausblick\n\nDie Inflation fiel auf 2,6 Prozent."
                ),
                headline="EZB lässt Zinsen bei 4,5 Prozent",
                subheads=["Ausblick"],
                agency="dpa",
                published_at=datetime(2024, 3, 5, 9, 15, tzinfo=UTC),
                agency_id="urn:newsml:dpa.com:20240305:rates",
                agency_version=2,
                pub_status="usable",
                language="de",
                byline="Von Anna Schmidt, dpa",
                item_ref="item 0",
                extra={
                    "located": "Frankfurt, Germany",
                    "places": "Frankfurt,Hessen",
                    "slugline": "ezb-zinsen",
                },
            )
        ]
    )


def test_ninjs_1_field_names_are_read() -> None:
    item = {
        "uri": "http://example.com/1",
        "version": 4,
        "versionCreated": "2014-01-02T03:04:05Z",
        "pubstatus": "usable",
        "headline": "Old style",
        "byline": "Jane Doe",
        "body_text": "Para one\nwraps.\n\nPara two.",
        "place": [{"name": "Oslo"}],
    }
    [article] = read_ninjs(_payload(item), "u").articles
    assert (article.headline, article.byline, article.agency_version, article.body, article.extra) == (
        "Old style",
        "Jane Doe",
        4,
        "Para one wraps.\n\nPara two.",
        {"places": "Oslo"},
    )
    assert article.published_at == datetime(2014, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_body_html_is_preferred_over_body_text() -> None:
    item = {"uri": "u1", "body_text": "A B", "body_html": "<p>A</p><p>B</p>"}
    assert read_ninjs(_payload(item), "u").articles[0].body == "A\n\nB"


def test_list_with_one_bad_item_keeps_the_good_ones() -> None:
    items = [
        {"uri": "u1", "headline": "Good", "body_text": "Body one."},
        {"headline": "No id", "body_text": "Body."},
        {"uri": "u3", "headline": "No body"},
        "not an object",
        {"uri": "u5", "body_text": "Body five."},
    ]
    result = read_ninjs(_payload(items), "u")
    assert [a.agency_id for a in result.articles] == ["u1", "u5"]
    assert [a.item_ref for a in result.articles] == ["item 0", "item 4"]
    assert result.rejects == [
        Reject("ninjs item has no uri (the agency's id)", "item 1"),
        Reject("ninjs item has no body", "item 2"),
        Reject("ninjs item is not a JSON object (it is a string)", "item 3"),
    ]


def test_feed_page_items_are_read() -> None:
    page = {"items": [{"uri": "u1", "body_text": "One."}], "next": "?page=2"}
    assert [a.agency_id for a in read_ninjs(_payload(page), "u").articles] == ["u1"]


def test_item_with_no_id_is_rejected() -> None:
    assert read_ninjs(_payload({"headline": "H", "body_text": "B"}), "u") == ReadResult(
        rejects=[Reject("ninjs item has no uri (the agency's id)", "item 0")]
    )


def test_item_with_no_body_is_rejected() -> None:
    item = {"uri": "u1", "headline": "H", "descriptions": [{"value": "A summary is not a body"}]}
    assert read_ninjs(_payload(item), "u") == ReadResult(rejects=[Reject("ninjs item has no body", "item 0")])


@pytest.mark.parametrize(
    ("raw", "status"), [("withheld", "withheld"), ("canceled", "canceled"), ("cancelled", "canceled")]
)
def test_withheld_and_canceled_items_are_kept_without_body(raw: str, status: PubStatus) -> None:
    item = {"uri": "urn:x:1", "version": "3", "pubStatus": raw}
    assert read_ninjs(_payload(item), "u").articles == [
        RawArticle(
            format="ninjs",
            body="",
            agency_id="urn:x:1",
            agency_version=3,
            pub_status=status,
            item_ref="item 0",
        )
    ]


def test_unknown_status_is_rejected_rather_than_guessed() -> None:
    item = {"uri": "u1", "pubStatus": "embargoed", "body_text": "B"}
    assert read_ninjs(_payload(item), "u").rejects == [
        Reject("ninjs item has an unknown pubStatus 'embargoed'", "item 0")
    ]


@pytest.mark.parametrize(
    ("cut", "detail"),
    [
        (150, "Unterminated string starting at (line 1, column 125)"),
        (165, "Expecting value (line 1, column 166)"),
        (1, "Expecting property name enclosed in double quotes (line 1, column 2)"),
    ],
)
def test_truncated_json_is_rejected(cut: int, detail: str) -> None:
    assert read_ninjs(_payload(NINJS_3)[:cut], "u") == ReadResult(
        rejects=[Reject(f"JSON is truncated: the document ends before it is complete ({detail})")]
    )


def test_malformed_json_is_rejected_with_position() -> None:
    assert read_ninjs(b'{"uri": "u1",, "x": 1}', "u") == ReadResult(
        rejects=[
            Reject("JSON is not valid: Expecting property name enclosed in double quotes (line 1, column 14)")
        ]
    )


def test_json_that_is_not_ninjs_is_rejected() -> None:
    assert read_ninjs(b'{"$schema": "x", "type": "object"}', "u").rejects == [
        Reject("JSON object is not a ninjs item (no uri, headline, body or version fields)", "item 0")
    ]


def test_json_scalar_and_empty_list_are_rejected() -> None:
    assert read_ninjs(b'"just a string"', "u").rejects == [
        Reject("JSON top level is a string, not a ninjs object or list")
    ]
    assert read_ninjs(b"[]", "u").rejects == [Reject("JSON list holds no ninjs items")]


def test_non_utf8_json_is_rejected() -> None:
    [reject] = read_ninjs('{"uri": "u", "headline": "Zürich"}'.encode("latin-1"), "u").rejects
    assert reject.reason.startswith("not valid UTF-8 and no declared charset worked")


def test_reader_refuses_empty_and_oversized_payloads_itself() -> None:
    assert read_ninjs(b"", "u").rejects == [Reject("payload is empty")]
    assert read_ninjs(b"[" + b" " * 2000 + b"]", "u", max_bytes=1000).rejects == [
        Reject("payload exceeds the 0 MB limit (0 MB)")
    ]
