"""The entry point: screening, format detection and dispatch for any payload."""

from __future__ import annotations

import json

import pytest

import transforms.readers as readers
from transforms.readers import read_payload
from transforms.records import ReadResult, Reject

NAR = "http://iptc.org/std/nar/2006-10-01/"


def _boom(*_args: object, **_kwargs: object) -> ReadResult:
    raise AssertionError("the payload must not reach a parser")


def test_ninjs_is_detected_and_read() -> None:
    data = json.dumps({"uri": "u1", "headline": "H", "body_text": "B."}).encode()
    [article] = read_payload(data, "http://feed.example.com/items?page=1").articles
    assert (article.format, article.agency_id) == ("ninjs", "u1")


def test_newsml_is_detected_even_with_a_misleading_name() -> None:
    content = "<contentSet><inlineData>Text.</inlineData></contentSet>"
    data = f'<newsItem xmlns="{NAR}" guid="g1">{content}</newsItem>'.encode()
    [article] = read_payload(data, "file:///drop/story.json").articles
    assert (article.format, article.agency_id, article.body) == ("newsml_g2", "g1", "Text.")


def test_reuters_sgml_is_detected() -> None:
    data = b'<REUTERS NEWID="7"><DATE>1-MAR-1987 10:00:00.00</DATE><TEXT><BODY>Text.</BODY></TEXT></REUTERS>'
    [article] = read_payload(data, "u").articles
    assert (article.format, article.agency_id, article.body) == ("reuters_sgml", "reuters:7", "Text.")


def test_plain_text_goes_to_the_afp_reader() -> None:
    data = "Beirut blast kills 3\n\nBeirut (AFP) - A blast killed 3 people.".encode("cp1252")
    [article] = read_payload(data, "u").articles
    assert (article.format, article.headline, article.dateline_city) == (
        "afp_text",
        "Beirut blast kills 3",
        "Beirut",
    )


def test_plain_text_in_windows_1252_is_decoded_before_the_afp_reader() -> None:
    text = (
        "Paris : l’économie progresse\n\n"
        "Paris (AFP) - L’économie française a progressé de 1,5 % en 2024, a déclaré le ministre."
    )
    [article] = read_payload(text.encode("cp1252"), "u").articles
    assert article.headline == "Paris : l’économie progresse"


def test_unknown_xml_is_rejected_without_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(readers._READERS, "newsml_g2", _boom)
    assert read_payload(b"<html><body>x</body></html>", "u") == ReadResult(
        rejects=[
            Reject(
                "XML root <html> is not a NewsML-G2 newsItem or newsMessage (in the IPTC namespace) "
                "nor Reuters SGML; not read"
            )
        ]
    )


def test_50_mb_body_is_refused_by_size_before_any_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "detect_format", _boom)
    for name in ("ninjs", "newsml_g2", "reuters_sgml"):
        monkeypatch.setitem(readers._READERS, name, _boom)
    data = b'{"uri": "u1", "body_text": "' + b"a" * 50_000_000 + b'"}'
    assert read_payload(data, "u") == ReadResult(rejects=[Reject("payload exceeds the 20 MB limit (50 MB)")])


def test_size_limit_is_configurable() -> None:
    data = json.dumps({"uri": "u1", "body_text": "x" * 200}).encode()
    assert read_payload(data, "u", max_bytes=100).rejects == [Reject("payload exceeds the 0 MB limit (0 MB)")]
    assert len(read_payload(data, "u", max_bytes=1000).articles) == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "payload is empty"),
        (b"\n  \n", "payload is empty (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "payload looks binary (a PNG image)"),
        (bytes(range(256)) * 4, "payload looks binary (NUL bytes)"),
    ],
)
def test_empty_and_binary_payloads_are_refused(data: bytes, reason: str) -> None:
    assert read_payload(data, "u") == ReadResult(rejects=[Reject(reason)])


def test_reader_bug_becomes_a_reject_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> ReadResult:
        raise KeyError("oops")

    monkeypatch.setitem(readers._READERS, "ninjs", broken)
    assert read_payload(b'{"uri": "u"}', "u") == ReadResult(
        rejects=[Reject("the ninjs reader failed unexpectedly (KeyError: 'oops')")]
    )


def test_plain_news_of_any_publisher_is_read_and_a_licence_is_not() -> None:
    story = (
        "River festival draws record crowds\n\n"
        "More than 40,000 people lined the riverbanks on Sunday for the annual boat festival.\n\n"
        "Organisers said the numbers were the highest since the event began in 1998.\n\n"
        "Roads near the bridge stayed closed until the evening."
    )
    [article] = read_payload(story.encode(), "file:///drop/river.txt").articles
    assert (article.format, article.headline) == ("plain_text", "River festival draws record crowds")
    licence = b"MIT License\n\nPermission is hereby granted, free of charge, to any person."
    result = read_payload(licence, "file:///drop/LICENSE")
    assert result.articles == []
    assert "software licence" in result.rejects[0].reason
