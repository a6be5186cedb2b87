"""The IPTC examples and the Reuters-21578 corpus in ``../shared`` (skipped when absent)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.readers import read_payload
from transforms.records import ReadResult, Reject

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
FORMATS = SHARED / "formats"
REUTERS = SHARED / "corpora" / "reuters21578"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data folder {SHARED} is absent"),
]


def _read_folder(folder: Path) -> dict[str, ReadResult]:
    return {path.name: read_payload(path.read_bytes(), path.as_uri()) for path in sorted(folder.iterdir())
            if path.name != "LICENSE"}  # fmt: skip


def test_ninjs_examples() -> None:
    results = _read_folder(FORMATS / "ninjs")
    assert {name: (len(r.articles), len(r.rejects)) for name, r in results.items()} == {
        "3.0_dpa_text.json": (1, 0),
        "3.0_ninjsExSimpleText_3.json": (1, 0),
        "3.0_ntb_text.json": (0, 1),
        "3.0_tt_text_image_3.json": (1, 0),
        "doc_3.1_005_complex_text_article.json": (1, 0),
        "ninjs-schema_3.1.json": (0, 1),
    }
    dpa = results["3.0_dpa_text.json"].articles[0]
    assert (dpa.agency_id, dpa.agency_version, dpa.published_at, dpa.language, dpa.byline, dpa.agency) == (
        "urn:newsml:dpa.com:20090101:190510-99-167362",
        2,
        datetime(2019, 5, 10, 14, 2, 28, tzinfo=UTC),
        "de",
        "Von Christian Hollmann, dpa",
        "dpa",
    )
    assert len(dpa.body.split("\n\n")) == 9
    assert results["3.0_ntb_text.json"].rejects == [Reject("ninjs item has no body", "item 0")]
    tt = results["3.0_tt_text_image_3.json"].articles[0]
    assert tt.headline == "Militärövning i jätteformat hålls 2023"
    assert "Karl Melander" not in tt.body  # the photo byline inside <figure> is not story text
    assert tt.extra == {"places": "Sverige,Gotland,Finland", "slugline": "militärövning"}


def test_newsml_g2_examples() -> None:
    results = _read_folder(FORMATS / "newsml-g2")
    assert {name: (len(r.articles), len(r.rejects)) for name, r in results.items()} == {
        "LISTING_1_A_NewsML-G2_News_Item.xml": (0, 1),
        "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml": (0, 1),
        "LISTING_29_Hop_History.xml": (0, 1),
        "LISTING_2_NewsML-G2_Text_Document.xml": (1, 0),
        "ap_metadata_example.xml": (0, 1),
    }
    article = results["LISTING_2_NewsML-G2_Text_Document.xml"].articles[0]
    assert (article.agency_id, article.agency_version, article.published_at, article.headline) == (
        "urn:newsml:acmenews.com:20161121:US-FINANCE-FED",
        11,
        datetime(2018, 11, 21, 21, 25, 32, tzinfo=UTC),
        'Fed to halt QE to avert "bubble"',
    )
    assert (article.byline, article.language, article.extra) == (
        "By Meredith Jameson, Staff Reporter",
        "en-US",
        {"slugline": "US-Finance-Fed", "info_source": "Associated Press", "located": "New York, NY"},
    )
    assert len(article.body.split("\n\n")) == 2
    assert results["ap_metadata_example.xml"].rejects == [
        Reject("newsItem has no body (no contentSet; itemClass ninat:video)", "item 0")
    ]


@pytest.mark.skipif(not REUTERS.is_dir(), reason=f"Reuters-21578 corpus {REUTERS} is absent")
def test_reuters_21578_corpus_has_21578_records() -> None:
    files = sorted(REUTERS.glob("reut2-*.sgm"))
    assert len(files) == 22
    started = time.perf_counter()
    results = [read_payload(path.read_bytes(), path.as_uri()) for path in files]
    elapsed = time.perf_counter() - started
    articles = sum(len(r.articles) for r in results)
    rejects = [reject for r in results for reject in r.rejects]
    assert (articles, len(rejects), articles + len(rejects)) == (19_043, 2_535, 21_578)
    assert all(" has no body (TYPE=" in reject.reason for reject in rejects)
    assert elapsed < 30, f"parsing the corpus took {elapsed:.1f} s"
