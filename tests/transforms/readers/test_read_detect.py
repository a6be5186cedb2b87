"""Format detection from content, not file names."""

from __future__ import annotations

import codecs

import pytest

from transforms.readers.detect import Detected, detect_format

NAR = "http://iptc.org/std/nar/2006-10-01/"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"uri": "urn:x", "headline": "H"}', Detected("ninjs")),
        (b'  [ {"uri": "urn:x"} ]', Detected("ninjs")),
        (b'{"uri": "urn:x", "head', Detected("ninjs")),
        (f'<?xml version="1.0"?>\n<!-- c -->\n<newsItem xmlns="{NAR}" guid="g"/>'.encode(),
         Detected("newsml_g2", "newsItem")),
        (f'<nar:newsMessage xmlns:nar="{NAR}"/>'.encode(), Detected("newsml_g2", "nar:newsMessage")),
        (b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1">', Detected("reuters_sgml", "REUTERS")),
        (b"<REUTERS NEWID=\"1\">", Detected("reuters_sgml", "REUTERS")),
        (b'<newsItem guid="g"/>', Detected("other_xml", "newsItem")),
        (b"<contentSet><inlineXML/></contentSet>", Detected("other_xml", "contentSet")),
        (b"Beirut blast\n\nBeirut (AFP) - A blast...", Detected("afp_text")),
        (b"[UPDATE 2] Oil rises\n\nLondon (AFP) - Oil rose.", Detected("afp_text")),
    ],
)  # fmt: skip
def test_detects_format_from_content(payload: bytes, expected: Detected) -> None:
    assert detect_format(payload) == expected


def test_utf16_xml_with_bom_is_detected() -> None:
    data = codecs.BOM_UTF16_LE + f'<newsItem xmlns="{NAR}"/>'.encode("utf-16-le")
    assert detect_format(data) == Detected("newsml_g2", "newsItem")


def test_entity_bomb_larger_than_the_sniffed_head_goes_to_the_refusing_reader() -> None:
    entities = "".join(f'<!ENTITY e{i} "{"x" * 100}">' for i in range(1000))
    data = f'<!DOCTYPE newsItem [{entities}]><newsItem xmlns="{NAR}"/>'.encode()
    assert detect_format(data) == Detected("newsml_g2", "newsItem")


def test_feed_index_documents_are_neither_stories_nor_rejects() -> None:
    from transforms.readers import read_payload

    for feed in (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
    ):
        result = read_payload(feed, "http://127.0.0.1/feed.xml")
        assert (result.articles, result.rejects) == ([], [])
