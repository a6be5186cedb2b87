"""Reuters-21578 SGML records: fields, entities, and records without a body."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.readers.reuters_sgml import parse_reuters_date, read_reuters_sgml
from transforms.records import RawArticle, ReadResult, Reject

HEADER = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
NORMAL = """<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D><D>grain</D></TOPICS>
<PLACES><D>argentina</D><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA &amp; GRAIN REVIEW</TITLE>
<DATELINE>    BAHIA BLANCA, Argentina, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia zone, Smith &amp; Co &lt;SMTH> said in Z\u00fcrich.
    Arrivals rose to 155,221 bags
of 60 kilos.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""
BRIEF = """<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5573" NEWID="30">
<DATE>26-FEB-1987 15:43:14.36</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
"""
UNPROC = """<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5580" NEWID="37">
<DATE>26-FEB-1987 16:07:47.41</DATE>
<TEXT TYPE="UNPROC">&#2;
FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26
 Net free reserves.............644 vs.....1,337
&#3;</TEXT>
</REUTERS>
"""


def _file(*records: str) -> bytes:
    return (HEADER + "".join(records)).encode("latin-1")


def test_record_maps_every_field() -> None:
    assert read_reuters_sgml(_file(NORMAL), "file:///corpus/reut2-000.sgm") == ReadResult(
        articles=[
            RawArticle(
                format="reuters_sgml",
                body=(
                    "Showers continued throughout the week in the Bahia zone, "
                    "Smith & Co <SMTH> said in Zürich.\n\nArrivals rose to 155,221 bags of 60 kilos."
                ),
                headline="BAHIA COCOA & GRAIN REVIEW",
                dateline_city="BAHIA BLANCA",
                agency="Reuters",
                published_at=datetime(1987, 2, 26, 15, 1, 1, 790_000, tzinfo=UTC),
                agency_id="reuters:1",
                language="en",
                item_ref="NEWID=1",
                extra={
                    "topics": "cocoa,grain",
                    "places": "argentina,usa",
                    "lewis_split": "TRAIN",
                    "old_id": "5544",
                },
            )
        ]
    )


def test_records_without_body_become_rejects_not_silence() -> None:
    result = read_reuters_sgml(_file(BRIEF, NORMAL, UNPROC), "u")
    assert [a.agency_id for a in result.articles] == ["reuters:1"]
    assert result.rejects == [
        Reject("Reuters record NEWID=30 has no body (TYPE=BRIEF: a title-only brief)", "NEWID=30"),
        Reject(
            "Reuters record NEWID=37 has no body "
            "(TYPE=UNPROC: unstructured text without title and body markup)",
            "NEWID=37",
        ),
    ]


def test_truncated_last_record_is_rejected() -> None:
    result = read_reuters_sgml(_file(NORMAL, NORMAL.replace('NEWID="1"', 'NEWID="2"')[:300]), "u")
    assert [a.agency_id for a in result.articles] == ["reuters:1"]
    assert result.rejects == [Reject("Reuters record NEWID=2 is truncated (no </REUTERS>)", "NEWID=2")]


def test_body_repeating_the_dateline_loses_the_copy() -> None:
    record = NORMAL.replace("<BODY>Showers", "<BODY>BAHIA BLANCA,  Argentina, Feb 26 -\nShowers")
    [article] = read_reuters_sgml(_file(record), "u").articles
    assert article.body.startswith("Showers continued")


def test_utf8_copy_of_the_corpus_reads_the_same() -> None:
    [article] = read_reuters_sgml((HEADER + NORMAL).encode(), "u").articles
    assert "Zürich" in article.body


def test_file_without_records_is_rejected() -> None:
    assert read_reuters_sgml(HEADER.encode(), "u") == ReadResult(
        rejects=[Reject("no <REUTERS> records found")]
    )


def test_reuters_dates() -> None:
    assert parse_reuters_date(" 5-MAR-1987 09:22:57.7") == datetime(
        1987, 3, 5, 9, 22, 57, 700_000, tzinfo=UTC
    )
    assert parse_reuters_date("31-FOO-1987 09:22:57.75") is None
    assert parse_reuters_date("31-FEB-1987 09:22:57.75") is None
