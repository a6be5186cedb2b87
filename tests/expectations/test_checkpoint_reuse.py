"""The cached GX engine: nights in one process see their own bounds, rows, folders and Data Docs.

:mod:`expectations.checkpoint` keeps one context per Data Docs folder for the life of the
process and passes each night's bounds as suite parameters; these tests hold it to what a
fresh context per night did (real GX validations, no timing: speed is in the benchmark).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
from night_builders import NOW, article, fact, facts_table

from expectations.checkpoint import validate_night, warm_up
from expectations.suites import FactsDensity

BODY = " ".join(f"In {1900 + i} it rose." for i in range(30))


def _future_article(days: int) -> pa.Table:
    row = article("a1", word_count=100)
    row["pub_date"] = NOW.date() + timedelta(days=days)
    return pa.Table.from_pylist([row])


def test_each_night_is_held_to_its_own_now(tmp_path: Path) -> None:
    """The articles suite is built once; the night's "now" reaches it as a parameter."""
    articles = _future_article(days=3)
    early = validate_night(articles, facts_table([]), now=NOW, docs_root=tmp_path, run_name="early")
    later = validate_night(
        articles, facts_table([]), now=NOW + timedelta(days=5), docs_root=tmp_path, run_name="later"
    )
    assert early.article_failures == {0: ["pub_date_not_in_future"]}
    assert later.article_failures == {}


def test_each_night_is_held_to_its_own_band(tmp_path: Path) -> None:
    articles = pa.Table.from_pylist([article("a1", word_count=1000)])
    facts = facts_table([fact(f"f{i}", "a1", "300") for i in range(50)])  # 50 per 1,000 words
    narrow = FactsDensity(low=60.0, high=80.0, min_words=100)
    wide = FactsDensity(low=10.0, high=80.0, min_words=100)
    refused = validate_night(articles, facts, now=NOW, docs_root=tmp_path, run_name="n1", history=narrow)
    accepted = validate_night(articles, facts, now=NOW, docs_root=tmp_path, run_name="n2", history=wide)
    assert refused.failed_rules == {"night.facts_per_1000_words_in_band": 0}
    assert accepted.passed and accepted.failed_rules == {}


def test_every_failing_row_is_named_beyond_the_summary(tmp_path: Path) -> None:
    """30 bare years: more failing rows than a summary lists, all of them quarantined."""
    articles = pa.Table.from_pylist([article("a1", BODY)])
    facts = facts_table(
        [fact(f"f{i}", "a1", str(1900 + i), body=BODY) for i in range(30)]
        + [fact("ok", "a1", "it", body=BODY)]
    )
    validation = validate_night(articles, facts, now=NOW, docs_root=tmp_path, run_name="years")
    assert validation.failed_rules["facts.fact_not_a_year"] == 30
    assert sorted(validation.fact_failures) == list(range(30))
    assert all(rules == ["fact_not_a_year"] for rules in validation.fact_failures.values())


def test_data_docs_for_failing_nights_and_a_sample_of_the_others(tmp_path: Path) -> None:
    clean = pa.Table.from_pylist([article("a1", word_count=100)])
    passing = validate_night(
        clean, facts_table([]), now=NOW, docs_root=tmp_path, run_name="quiet", docs_every=0
    )
    assert passing.docs_pages == {} and all(r.docs_page is None for r in passing.results)
    assert not (tmp_path / "index.html").exists()
    failing = validate_night(
        _future_article(days=3), facts_table([]), now=NOW, docs_root=tmp_path, run_name="bad", docs_every=0
    )
    assert set(failing.docs_pages) == {"articles", "facts", "join"}
    assert "bad" in (tmp_path / "index.html").read_text(encoding="utf-8")
    skipped = validate_night(
        _future_article(days=3),
        facts_table([]),
        now=NOW,
        docs_root=tmp_path,
        run_name="off",
        build_docs=False,
    )
    assert skipped.docs_pages == {} and skipped.article_failures == {0: ["pub_date_not_in_future"]}


def test_about_one_passing_night_in_n_gets_pages(tmp_path: Path) -> None:
    clean = pa.Table.from_pylist([article("a1", word_count=100)])
    runs = [f"run-{i}" for i in range(12)]
    with_pages = [
        name
        for name in runs
        if validate_night(
            clean, facts_table([]), now=NOW, docs_root=tmp_path, run_name=name, docs_every=4
        ).docs_pages
    ]
    assert 0 < len(with_pages) < len(runs)


def test_two_folders_in_one_process_keep_their_own_sites(tmp_path: Path) -> None:
    """Each Data Docs folder has its own context; going back to the first still writes there."""
    first, second = tmp_path / "one", tmp_path / "two"
    warm_up(first)
    night = (_future_article(days=3), facts_table([]))
    validate_night(*night, now=NOW, docs_root=first, run_name="first-night-a")
    validate_night(*night, now=NOW, docs_root=second, run_name="second-night-b")
    validate_night(*night, now=NOW, docs_root=first, run_name="first-night-c")
    runs = {p.parent.name for p in (first / "validations" / "articles").glob("*/*")}
    assert runs == {"first-night-a", "first-night-c"}
    assert {p.parent.name for p in (second / "validations" / "articles").glob("*/*")} == {"second-night-b"}
    index = (first / "index.html").read_text(encoding="utf-8")
    assert "first-night-a" in index and "first-night-c" in index and "second-night-b" not in index


def test_pub_dates_are_compared_as_dates(tmp_path: Path) -> None:
    """The parameterised bound still compares the day, as the literal bound did."""
    row = article("a1", word_count=100)
    row["pub_date"] = date(2026, 11, 24)  # NOW's own day, at midnight: not after 03:00
    validation = validate_night(
        pa.Table.from_pylist([row]), facts_table([]), now=NOW, docs_root=tmp_path, run_name="today"
    )
    assert validation.article_failures == {}


def test_the_cached_engine_lets_go_of_the_nights_frames(tmp_path: Path) -> None:
    """GX's execution engines keep every batch they load; the night's frames must not outlive it."""
    import gc

    import pandas as pd

    from expectations.checkpoint import _engine

    articles = pa.Table.from_pylist([article("a1", BODY)])
    facts = facts_table(
        [fact(f"f{i}", "a1", str(1900 + i), body=BODY) for i in range(30)]  # failing rows: a second look
        + [fact("ok", "a1", "it", body=BODY)]
    )
    validate_night(articles, facts, now=NOW, docs_root=tmp_path, run_name="frames")
    engine = _engine(tmp_path.resolve())
    for source in engine.context.data_sources.all().values():
        assert source.get_execution_engine().batch_manager.batch_data_cache == {}
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, pd.DataFrame) and len(o) == 31]
