"""NewsML-G2 items and messages, including hostile and broken XML."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.readers.newsml_g2 import read_newsml_g2
from transforms.readers.safe_xml import DTD_REASON, ENTITY_REASON
from transforms.records import PubStatus, RawArticle, ReadResult, Reject

NAR = "http://iptc.org/std/nar/2006-10-01/"

NITF_ITEM = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="{NAR}" guid="urn:newsml:example.com:20240305:rates" version="3"
    standard="NewsML-G2" standardversion="2.33" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:EXA"><name>Example Wire</name></provider>
    <versionCreated>2024-03-05T10:15:00+01:00</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <located qcode="geo:2950159"><name>Berlin</name></located>
    <infoSource qcode="is:EXA"><name>Example Wire</name></infoSource>
    <language tag="en-GB"/>
    <slugline>ECB-Rates</slugline>
    <headline role="hdl:sub">Rates unchanged for fifth meeting</headline>
    <headline role="hdl:main"> ECB holds rates at 4.5 percent </headline>
    <dateline>FRANKFURT, March 5 (Reuters) -</dateline>
    <by>By Anna Schmidt</by>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
        <body>
          <body.head><hedline><hl1>ECB holds</hl1></hedline></body.head>
          <body.content>
            <p>The European Central Bank kept its main rate at <b>4.5</b> percent.</p>
            <hl2>Inflation outlook</hl2>
            <p>Inflation fell to 2.6 percent
               in February.</p>
            <media media-type="image"><media-caption>Not story text</media-caption></media>
          </body.content>
        </body>
      </nitf>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def _item(guid: str = "urn:x:1", status: str = "stat:usable", content: str = "") -> str:
    guid_attr = f' guid="{guid}"' if guid else ""
    return (
        f'<newsItem{guid_attr} version="1"><itemMeta><pubStatus qcode="{status}"/></itemMeta>'
        f"<contentMeta><headline>H {guid}</headline></contentMeta>{content}</newsItem>"
    )


def _text_set(text: str) -> str:
    return f'<contentSet><inlineData contenttype="text/plain">{text}</inlineData></contentSet>'


def _message(*items: str) -> bytes:
    return f'<newsMessage xmlns="{NAR}"><header/><itemSet>{"".join(items)}</itemSet></newsMessage>'.encode()


def test_news_item_with_nitf_body_maps_every_field() -> None:
    assert read_newsml_g2(NITF_ITEM.encode(), "file:///drop/rates.xml") == ReadResult(
        articles=[
            RawArticle(
                format="newsml_g2",
                body=(
                    "The European Central Bank kept its main rate at 4.5 percent.\n\n"
                    "Inflation outlook\n\nInflation fell to 2.6 percent in February."
                ),
                headline="ECB holds rates at 4.5 percent",
                subheads=["Inflation outlook"],
                dateline_city="FRANKFURT",
                agency="Reuters",
                published_at=datetime(2024, 3, 5, 9, 15, tzinfo=UTC),
                agency_id="urn:newsml:example.com:20240305:rates",
                agency_version=3,
                pub_status="usable",
                language="en-GB",
                byline="By Anna Schmidt",
                item_ref="item 0",
                extra={"slugline": "ECB-Rates", "info_source": "Example Wire", "located": "Berlin"},
            )
        ]
    )


def test_fallbacks_located_city_provider_agency_and_xml_lang() -> None:
    data = (
        NITF_ITEM.replace("<dateline>FRANKFURT, March 5 (Reuters) -</dateline>", "")
        .replace('<language tag="en-GB"/>', "")
        .encode()
    )
    [article] = read_newsml_g2(data, "u").articles
    assert (article.dateline_city, article.agency, article.language) == ("Berlin", "Example Wire", "en")


def test_inline_plain_text_body() -> None:
    data = _message(_item(content=_text_set("\n  First para\n  wraps.\n\n  Second para.\n")))
    [article] = read_newsml_g2(data, "u").articles
    assert article.body == "First para wraps.\n\nSecond para."


def test_news_message_with_one_bad_item_keeps_the_good_one() -> None:
    data = _message(
        _item(guid="", content=_text_set("No guid.")),
        _item(guid="urn:good", content=_text_set("Good body.")),
        _item(guid="urn:empty"),
        '<packageItem guid="urn:pkg"/>',
    )
    result = read_newsml_g2(data, "u")
    assert [(a.agency_id, a.item_ref, a.headline, a.body) for a in result.articles] == [
        ("urn:good", "item 1", "H urn:good", "Good body.")
    ]
    assert result.rejects == [
        Reject("newsItem has no guid (the agency's id)", "item 0"),
        Reject("newsItem has no body (no contentSet)", "item 2"),
        Reject("newsMessage item is a packageItem, not a newsItem (only news items are read)", "item 3"),
    ]


def test_remote_content_is_not_fetched() -> None:
    content = '<contentSet><remoteContent href="http://example.com/story.xml"/></contentSet>'
    assert read_newsml_g2(_message(_item(content=content)), "u").rejects == [
        Reject(
            "newsItem has no body (only remoteContent 'http://example.com/story.xml', which is not fetched)",
            "item 0",
        )
    ]


@pytest.mark.parametrize(
    ("qcode", "status"),
    [("stat:withheld", "withheld"), ("stat:canceled", "canceled"),
     ("http://cv.iptc.org/newscodes/pubstatusg2/canceled", "canceled")],
)  # fmt: skip
def test_withheld_and_canceled_items_are_kept_as_kill_notices(qcode: str, status: PubStatus) -> None:
    assert read_newsml_g2(_message(_item(guid="urn:kill", status=qcode)), "u").articles == [
        RawArticle(
            format="newsml_g2",
            body="",
            headline="H urn:kill",
            agency_id="urn:kill",
            agency_version=1,
            pub_status=status,
            item_ref="item 0",
        )
    ]


def test_unknown_status_is_rejected() -> None:
    assert read_newsml_g2(_message(_item(status="stat:draft", content=_text_set("B"))), "u").rejects == [
        Reject("newsItem has an unknown pubStatus 'stat:draft'", "item 0")
    ]


def test_declared_latin1_charset_is_honoured() -> None:
    data = NITF_ITEM.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("Berlin", "Zürich")
    [article] = read_newsml_g2(data.encode("latin-1"), "u").articles
    assert article.extra["located"] == "Zürich"


def test_undecodable_xml_is_rejected() -> None:
    data = NITF_ITEM.replace("Berlin", "Zürich").encode("latin-1")
    [reject] = read_newsml_g2(data, "u").rejects
    assert reject.reason.startswith("not valid UTF-8 and no declared charset worked (as UTF-8: invalid")


def test_malformed_xml_is_rejected_with_position() -> None:
    data = f'<newsItem xmlns="{NAR}" guid="g">\n<itemMeta>\n</contentMeta>\n</newsItem>'.encode()
    assert read_newsml_g2(data, "u") == ReadResult(
        rejects=[Reject("XML is not well formed: mismatched tag at line 3, column 3")]
    )


def test_truncated_xml_is_rejected() -> None:
    [reject] = read_newsml_g2(NITF_ITEM.encode()[:400], "u").rejects
    assert reject.reason.startswith("XML is not well formed: unclosed token at line")


def test_billion_laughs_is_refused_not_expanded() -> None:
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    data = (
        f'<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY lol0 "lol">{lol}]>'
        f'<newsItem xmlns="{NAR}" guid="g"><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>'
    ).encode()
    assert read_newsml_g2(data, "u") == ReadResult(rejects=[Reject(ENTITY_REASON)])


def test_external_entity_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f'<newsItem xmlns="{NAR}" guid="g"><contentSet><inlineData>&xxe;</inlineData></contentSet></newsItem>'
    ).encode()
    result = read_newsml_g2(data, "u")
    assert result == ReadResult(rejects=[Reject(ENTITY_REASON)])
    assert "TOP-SECRET-MARKER" not in repr(result)


def test_external_dtd_is_refused() -> None:
    data = f'<!DOCTYPE newsItem SYSTEM "http://127.0.0.1:9/evil.dtd"><newsItem xmlns="{NAR}" guid="g"/>'
    assert read_newsml_g2(data.encode(), "u") == ReadResult(rejects=[Reject(DTD_REASON)])


def test_other_root_is_rejected() -> None:
    assert read_newsml_g2(b"<contentSet/>", "u") == ReadResult(
        rejects=[Reject("XML root <contentSet> is not a NewsML-G2 newsItem or newsMessage")]
    )


def test_empty_news_message_is_rejected() -> None:
    assert read_newsml_g2(_message(), "u") == ReadResult(rejects=[Reject("newsMessage holds no items")])


def test_binary_payload_is_refused() -> None:
    assert read_newsml_g2(b"<newsItem>\x00\x00\x00", "u") == ReadResult(
        rejects=[Reject("payload looks binary (NUL bytes)")]
    )
