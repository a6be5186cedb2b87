"""Hostile stories against the real stages: quarantined with their references, the night goes on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pytest

from flows import stages
from flows.io.lake import Lake, sha256_hex
from flows.io.sources.drop_folder.fetch import fetch_drop_folder
from transforms.facts import extract_facts
from transforms.limits import ArticleLimits

NIGHT = date(2026, 11, 23)
GOOD = [
    ("Ferry fares rise", "Ferry fares will rise by 4 percent from June, the operator said."),
    ("Grain harvest", "Farmers expect to harvest about 12 million tonnes of wheat this year."),
    ("Bridge reopens", "The bridge reopened after 18 months of repairs costing 40 million euros."),
    ("Port traffic", "The port handled 2,500 containers on Friday, up from 1,900 a week earlier."),
    ("Rail strike", "About 70 percent of trains were cancelled on Tuesday, the rail company said."),
]


def _item(number: int, headline: str, body: str, stamp: str = "2026-11-22T08:00:00Z") -> dict[str, Any]:
    return {
        "uri": f"urn:test:story-{number}",
        "version": "1",
        "firstCreated": stamp,
        "versionCreated": stamp,
        "pubStatus": "usable",
        "language": "en",
        "headlines": [{"role": "main", "value": headline}],
        "body_text": body,
    }


def _night(tmp_path: Path, *extra: dict[str, Any]) -> tuple[Lake, Any, bytes]:
    """A drop folder with one ninjs page (the good stories and ``extra``), landed."""
    drop = tmp_path / "drop"
    drop.mkdir()
    items = [_item(n, h, b) for n, (h, b) in enumerate(GOOD, 1)] + list(extra)
    payload = json.dumps({"items": items}).encode()
    (drop / "page.json").write_bytes(payload)
    lake = Lake(tmp_path / "lake")
    fetched = fetch_drop_folder(
        drop, source="drop", lake=lake, ingest_date=NIGHT, already_ingested=set(), max_bytes=50_000_000
    )
    return lake, fetched.manifest, payload


def _dispositions(settled: stages.Settled) -> dict[str, str]:
    """Each delivered item's fate, by its item ref."""
    deliveries = settled.deliveries
    return dict(zip(deliveries["item_ref"].to_pylist(), deliveries["disposition"].to_pylist(), strict=True))


def _validated(tmp_path: Path, articles: Any) -> stages.Validated:
    facts = extract_facts(articles).facts
    return stages.validate(
        articles,
        facts,
        source="drop",
        docs_root=tmp_path / "docs",
        ingest_date=NIGHT,
        run_id="run-1",
        band=None,
        build_docs=False,
    )


def test_a_story_failing_validation_keeps_its_raw_refs_and_its_delivery_says_quarantined(
    tmp_path: Path,
) -> None:
    """Red-team finding: validation rejects had no raw_ref/item_ref, and their delivery said 'loaded'."""
    future = _item(9, "From the future", "Shares rose 3 percent on the news.", stamp="9999-12-31T00:00:00Z")
    lake, manifest, payload = _night(tmp_path, future)
    parsed = stages.parse(manifest, lake, NIGHT)
    deduped = stages.dedupe_night(parsed.articles)
    checked = _validated(tmp_path, deduped.articles)
    (reject,) = [r for r in checked.rejects if r.reason.startswith("article failed")]
    assert "pub_date_not_in_future" in reject.reason
    assert (reject.raw_ref, reject.item_ref) == (sha256_hex(payload), "item 5")
    for fact_reject in [r for r in checked.rejects if r.reason.startswith("fact failed")]:
        assert fact_reject.raw_ref == sha256_hex(payload) and fact_reject.item_ref is not None
    settled = stages.settle(
        checked, deduped.deliveries, loaded_versions={}, known_hashes=pc.unique(manifest["raw_hash"])[:0]
    )
    dispositions = _dispositions(settled)
    assert dispositions["item 5"] == "quarantined"
    assert [dispositions[f"item {n}"] for n in range(5)] == ["loaded"] * 5
    assert "item 5" not in settled.articles["item_ref"].to_pylist()


def test_a_number_heavy_story_is_quarantined_by_name_and_the_night_still_passes(tmp_path: Path) -> None:
    """Red-team finding: 10,000 numbers in one story (49 KB) got the whole night refused, unnamed."""
    numbers = ", ".join(str(n) for n in range(10_000))
    heavy = _item(7, "Results table", f"The results were {numbers}.")
    lake, manifest, payload = _night(tmp_path, heavy)
    parsed = stages.parse(manifest, lake, NIGHT)
    (reject,) = parsed.rejects
    assert reject.stage == "limit"
    assert reject.reason.startswith("article 'Results table': more than 2,000 numbers in one article")
    assert (reject.raw_ref, reject.item_ref) == (sha256_hex(payload), "item 5")
    assert parsed.articles.num_rows == len(GOOD)
    checked = _validated(tmp_path, stages.dedupe_night(parsed.articles).articles)
    assert checked.critical_passed and checked.failed_rows == 0
    assert checked.articles.num_rows == len(GOOD)


def test_dense_sentences_within_the_article_bounds_are_quarantined_too(tmp_path: Path) -> None:
    """Every fact carries its sentence, so 985 numbers in one 4,948-character sentence make 4.9 MB of
    facts from 5 KB of text: under the per-article bounds alone, a 260 KB page of 50 such stories took
    1.3 GB and got the night refused by the density rule. Numbers per sentence are bounded as well
    (Reuters-21578's densest sentence holds 96), so the facts' text stays within 100 x the input."""
    table = "The readings were " + ", ".join(str(100 + i % 900) for i in range(985)) + " units."
    assert len(table) < ArticleLimits().max_sentence_chars
    lake, manifest, _ = _night(tmp_path, _item(7, "Readings", table))
    parsed = stages.parse(manifest, lake, NIGHT, limits=ArticleLimits(), max_bytes=1_000_000)
    (reject,) = parsed.rejects
    assert reject.stage == "limit"
    assert "sentence 1 holds 985 numbers, over the 100-number limit" in reject.reason
    assert parsed.articles.num_rows == len(GOOD)


@pytest.mark.parametrize(
    ("body", "limits", "expected"),
    [
        (
            "x" * 2_001,
            ArticleLimits(max_body_chars=2_000),
            "body is 2,001 characters, over the 2,000-character",
        ),
        (
            "One " + "word " * 300 + "sentence.",
            ArticleLimits(max_sentence_chars=1_000),
            "sentence 1 is 1,513",
        ),
        ("Up 1, 2, 3, 4, 5 and 6.", ArticleLimits(max_numbers=5), "more than 5 numbers"),
        (
            "Up 4 and 5. Then 1, 2, 3, 4 and 5.",
            ArticleLimits(max_numbers_per_sentence=4),
            "sentence 2 holds 5 numbers, over the 4-number limit",
        ),
    ],
)
def test_each_limit_names_itself(tmp_path: Path, body: str, limits: ArticleLimits, expected: str) -> None:
    lake, manifest, _ = _night(tmp_path, _item(8, "Odd one", body))
    parsed = stages.parse(manifest, lake, NIGHT, limits=limits, max_bytes=1_000_000)
    (reject,) = parsed.rejects
    assert expected in reject.reason
    assert parsed.articles.num_rows == len(GOOD)


def test_the_reader_limit_follows_fetch_max_payload_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader refused at a fixed 20 MB whatever ``fetch.max_payload_bytes`` said."""
    monkeypatch.setenv("WIREFACTS_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("WIREFACTS_FETCH__MAX_PAYLOAD_BYTES", "1000")
    lake, manifest, _ = _night(tmp_path)
    parsed = stages.parse(manifest, lake, NIGHT)
    (reject,) = parsed.rejects
    assert reject.stage == "read" and "payload exceeds the" in reject.reason


def test_a_story_the_extractor_fails_on_is_quarantined_and_its_delivery_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor fault on one story (ECU quotes crashed 1.13's first draft) costs only that story."""
    from transforms.extract import extract as real_extract

    def extract(body: str, **kwargs: Any) -> Any:
        if "ECU" in body:
            raise ValueError("could not convert string to float: 'ECU 54.4026'")
        return real_extract(body, **kwargs)

    monkeypatch.setattr("transforms.facts.extract", extract)
    bad = _item(8, "ECU fixing", "The ECU was fixed at ECU 54.4026/35 in Brussels.")
    lake, manifest, payload = _night(tmp_path, bad)
    deduped = stages.dedupe_night(stages.parse(manifest, lake, NIGHT).articles)
    extracted = extract_facts(deduped.articles)
    kept, (reject,) = stages.extract_rejects(deduped.articles, extracted, "drop")
    assert reject.stage == "extract"
    assert reject.reason.endswith("failed: ValueError: could not convert string to float: 'ECU 54.4026'")
    assert (reject.raw_ref, reject.item_ref) == (sha256_hex(payload), "item 5")
    assert kept.num_rows == len(GOOD)
    checked = _validated(tmp_path, kept)
    settled = stages.settle(
        checked, deduped.deliveries, loaded_versions={}, known_hashes=pc.unique(manifest["raw_hash"])[:0]
    )
    dispositions = _dispositions(settled)
    assert dispositions["item 5"] == "quarantined"
    assert [dispositions[f"item {n}"] for n in range(5)] == ["loaded"] * 5
