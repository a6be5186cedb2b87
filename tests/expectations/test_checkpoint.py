"""A real GX Checkpoint: rules fail on the right rows and Data Docs are kept per run on disk."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from night_builders import NOW, article, facts_table

from expectations.checkpoint import NightValidation, validate_night
from expectations.suites import DEFAULT_DENSITY, DENSITY_RULE, FactsDensity


@pytest.fixture(scope="module")
def docs_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lake") / "data_docs"


@pytest.fixture(scope="module")
def first_run(bad_night: tuple[pa.Table, pa.Table], docs_root: Path) -> NightValidation:
    articles, facts = bad_night
    band = FactsDensity.from_history([], min_words=100)  # its 200 words are judged
    return validate_night(articles, facts, now=NOW, docs_root=docs_root, run_name="run-1", history=band)


@pytest.fixture(scope="module")
def empty_extractor_run(first_run: NightValidation, docs_root: Path) -> NightValidation:
    """A second run into the same site: 5,000 words and not one fact, as from a broken extractor."""
    articles = pa.Table.from_pylist([article("a1", word_count=2500), article("a2", "Other.", 2500)])
    return validate_night(articles, facts_table([]), now=NOW, docs_root=docs_root, run_name="run-2")


def _result(validation: NightValidation, suite: str, rule: str) -> tuple[bool, int, bool]:
    [found] = [r for r in validation.results if r.suite == suite and r.rule == rule]
    return found.success, found.unexpected_count, found.critical


def test_a_bare_year_fails_its_rule_on_its_row(first_run: NightValidation) -> None:
    assert _result(first_run, "facts", "fact_not_a_year") == (False, 1, False)
    assert first_run.fact_failures[1] == ["fact_not_a_year"]
    assert 0 not in first_run.fact_failures and 3 not in first_run.fact_failures
    assert first_run.article_failures == {}


def test_a_fact_without_its_article_fails_the_critical_join(first_run: NightValidation) -> None:
    assert _result(first_run, "join", "fact_article_exists") == (False, 1, True)
    assert "fact_article_exists" in first_run.fact_failures[2]
    assert not first_run.passed
    assert [r.rule for r in first_run.critical_failures] == ["fact_article_exists"]
    assert first_run.failed_rules["join.fact_article_exists"] == 1


def test_the_explanation_names_rule_rows_and_page(first_run: NightValidation) -> None:
    first = first_run.explain()[0]
    assert first.startswith("critical expectation join.fact_article_exists (ExpectColumnValuesToBeNull)")
    assert "1 of 4 rows" in first
    assert str(first_run.docs_pages["join"]) in first


def test_a_normal_density_passes(first_run: NightValidation) -> None:
    assert first_run.density == pytest.approx(4 * 1000 / 200)
    assert _result(first_run, "night", DENSITY_RULE) == (True, 0, True)


def test_data_docs_show_the_failing_expectation(first_run: NightValidation, docs_root: Path) -> None:
    assert first_run.docs_index == docs_root.resolve() / "index.html"
    index = first_run.docs_index.read_text(encoding="utf-8")
    page = first_run.docs_pages["facts"]
    assert page.is_file() and "run-1" in page.parts
    assert page.relative_to(docs_root.resolve()).as_posix() in index
    html = page.read_text(encoding="utf-8")
    assert "fact_not_a_year (ExpectColumnValuesToNotMatchRegex" in html
    assert all(r.docs_page == str(first_run.docs_pages[r.suite]) for r in first_run.results)


def test_zero_facts_for_5000_words_fails_density(empty_extractor_run: NightValidation) -> None:
    assert empty_extractor_run.density == 0.0
    [density] = [r for r in empty_extractor_run.results if r.rule == DENSITY_RULE]
    assert (density.success, density.critical, density.observed_value) == (False, True, 0.0)
    assert not empty_extractor_run.passed
    assert "0.0 facts per 1,000 words, outside the band 2-200" in empty_extractor_run.explain()[0]


def test_a_second_run_keeps_the_first_runs_pages(
    first_run: NightValidation, empty_extractor_run: NightValidation
) -> None:
    assert all(page.is_file() for page in first_run.docs_pages.values())
    assert all(page.is_file() for page in empty_extractor_run.docs_pages.values())
    index = empty_extractor_run.docs_index.read_text(encoding="utf-8")
    assert "run-1" in index and "run-2" in index


def test_a_night_without_words_has_no_density_to_judge(tmp_path: Path) -> None:
    empty = pa.Table.from_pylist([article("a1")]).slice(0, 0)
    validation = validate_night(empty, facts_table([]), now=NOW, docs_root=tmp_path, run_name="quiet")
    assert validation.density is None and validation.passed
    assert set(validation.docs_pages) == {"articles", "facts", "join"}


def test_history_sets_the_band() -> None:
    assert FactsDensity.from_history([60.0, 70.0]) == DEFAULT_DENSITY
    assert FactsDensity.from_history([60.0, 70.0, 80.0, 50.0, 65.0]) == FactsDensity(25.0, 120.0)


def test_one_story_without_numbers_is_too_small_a_sample_to_refuse(tmp_path: Path) -> None:
    """A night of one 300-word story without a number: no rate rule refuses it, no rule fails."""
    articles = pa.Table.from_pylist([article("a1", "A quiet day in the village, nobody was hurt.", 300)])
    validation = validate_night(articles, facts_table([]), now=NOW, docs_root=tmp_path, run_name="small")
    assert validation.passed
    assert validation.failed_rules == {}
    assert validation.density == 0.0
    assert validation.notes == [
        "night.facts_per_1000_words_in_band not judged: 300 words (0.0 facts per 1,000), "
        "under the 2,000-word minimum sample for a rate"
    ]


def test_the_minimum_sample_is_a_setting_of_the_band(tmp_path: Path) -> None:
    articles = pa.Table.from_pylist([article("a1", "A quiet day in the village, nobody was hurt.", 300)])
    band = FactsDensity.from_history([], min_words=200)
    validation = validate_night(
        articles, facts_table([]), now=NOW, docs_root=tmp_path, run_name="strict", history=band
    )
    assert validation.failed_rules == {"night.facts_per_1000_words_in_band": 0}
    assert not validation.passed and validation.notes == []


def test_facts_rules_pass_on_a_night_without_facts(tmp_path: Path) -> None:
    articles = pa.Table.from_pylist([article("a1", word_count=3000), article("a2", word_count=3000)])
    band = FactsDensity(low=0.0, high=200.0)
    validation = validate_night(
        articles, facts_table([]), now=NOW, docs_root=tmp_path, run_name="x", history=band
    )
    facts_results = [r for r in validation.results if r.suite in {"facts", "join"}]
    assert facts_results and all(r.success for r in facts_results)
