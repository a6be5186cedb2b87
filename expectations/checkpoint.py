"""Validate a night through a Great Expectations Checkpoint that writes Data Docs.

One Checkpoint per run validates four suites (articles, facts, the join between
them, night-level distributions) and its ``UpdateDataDocsAction`` renders one
static HTML page per validation into ``docs_root`` (``<lake>/data_docs``).

Why the context looks the way it does:

* The context is ephemeral: suites, validation definitions and the checkpoint
  are rebuilt from :mod:`expectations.suites` on every run, so no stale GX
  project can drift from the code.
* Its validation-results store is on disk (``docs_root/results``): the Data Docs
  index is rebuilt from that store, and GX deletes every page whose result it no
  longer finds. Kept results are what keep older runs' pages (and their links).
* A Checkpoint passes the same batch parameters to every validation, so the
  frames cannot all be handed over as in-memory dataframes; each is written to a
  temporary Parquet file that its own asset reads.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

import pandas as pd
import pyarrow as pa

from expectations.frames import articles_frame, facts_frame, night_frame
from expectations.suites import (
    DEFAULT_DENSITY,
    DENSITY_RULE,
    FactsDensity,
    Rule,
    articles_rules,
    facts_rules,
    join_rules,
    night_rules,
)
from expectations.validate import (
    RuleResult,
    SuiteOutcome,
    build_suite,
    no_progress_bars,
    quiet_gx,
    read_results,
)

if TYPE_CHECKING:
    from great_expectations.data_context.data_context.ephemeral_data_context import EphemeralDataContext

SITE_NAME = "wirefacts"
RESULTS_DIR = "results"
INDEX_LIMIT = 400
"""Validations listed on the index page (newest first): 100 nights of four suites. Older
pages stay on disk and reachable from ``validation_results.docs_page``."""


@dataclass(frozen=True, slots=True)
class _Validation:
    """One suite to run: its name, the frame it reads (by name) and its rules."""

    suite: str
    frame: str
    rules: list[Rule]


@dataclass(slots=True)
class NightValidation:
    """What validating a night found, and where its Data Docs are.

    Attributes:
        results: One result per rule of every suite that ran, with its Data Docs page.
        article_failures: Article row index -> names of the rules it broke.
        fact_failures: Fact row index -> names of the facts and join rules it broke.
        docs_index: The Data Docs ``index.html`` (every run kept so far).
        docs_pages: Suite name -> this run's validation page.
        density: Facts per 1,000 words of the night; None without words (the night
            suite then does not run: there is nothing to measure).
        band: The density band the night was held to.
        notes: Rules that were not judged and why (a sample under the band's
            ``min_words``): shown with the results so a pass is not mistaken for a check.
    """

    results: list[RuleResult]
    article_failures: dict[int, list[str]]
    fact_failures: dict[int, list[str]]
    docs_index: Path
    docs_pages: dict[str, Path]
    density: float | None
    band: FactsDensity = field(default=DEFAULT_DENSITY)
    notes: list[str] = field(default_factory=list)

    @property
    def critical_failures(self) -> list[RuleResult]:
        """Failed critical rules: any one refuses the night."""
        return [r for r in self.results if r.critical and not r.success]

    @property
    def passed(self) -> bool:
        """No critical rule failed (row failures are for quarantine and the failure-rate gate)."""
        return not self.critical_failures

    @property
    def failed_rules(self) -> dict[str, int]:
        """``suite.rule`` -> unexpected rows, for every failed rule (the flow's ``failed_rules``)."""
        return {r.qualified_name: r.unexpected_count for r in self.results if not r.success}

    def explain(self) -> list[str]:
        """One line per failed rule, critical first: which expectation, how many rows, which page.

        This is what the CLI and the Prefect run print when a night is refused.
        """
        failed = sorted((r for r in self.results if not r.success), key=lambda r: not r.critical)
        return [_explain(result, self.band) for result in failed]


def validate_night(
    articles: pa.Table,
    facts: pa.Table,
    *,
    now: datetime,
    docs_root: Path,
    run_name: str,
    history: FactsDensity | None = None,
    build_docs: bool = True,
) -> NightValidation:
    """Validate a night's articles and facts through a GX Checkpoint and build its Data Docs.

    Args:
        articles: The night's articles (after deduplication), ARTICLES columns.
        facts: Their facts, FACTS columns.
        now: Validation time: the future-date limit and the run time of the Data Docs pages.
        docs_root: Where the Data Docs site lives (``<lake>/data_docs``); created when missing.
        run_name: The pipeline's run id: each run's pages are kept under its name.
        history: The facts-density band learned from past nights
            (:meth:`FactsDensity.from_history`); :data:`DEFAULT_DENSITY` when None.
        build_docs: Render the Data Docs pages (about half the cost of a validation;
            backfills of many nights may skip them and keep the results and run pages).

    Returns:
        Per-rule results, per-row failures and the Data Docs paths.
    """
    band = history or DEFAULT_DENSITY
    frames = {
        "articles": articles_frame(articles),
        "facts": facts_frame(facts, articles),
        "night": night_frame(articles, facts),
    }
    density = _density(frames["night"])
    validations = [
        _Validation("articles", "articles", articles_rules(now)),
        _Validation("facts", "facts", facts_rules()),
        _Validation("join", "facts", join_rules()),
    ]
    words = int(frames["night"]["words"].iloc[0])
    notes: list[str] = []
    if density is not None and words >= band.min_words:
        validations.append(_Validation("night", "night", night_rules(band)))
    elif density is not None:
        notes.append(
            f"night.{DENSITY_RULE} not judged: {words:,} words ({density:.1f} facts per 1,000), "
            f"under the {band.min_words:,}-word minimum sample for a rate"
        )
    docs_root = Path(docs_root).resolve()
    with tempfile.TemporaryDirectory(prefix="wirefacts-gx-") as scratch:
        outcomes, pages = _run_checkpoint(
            frames, validations, docs_root, Path(scratch), run_name, now, build_docs
        )
    results = [
        replace(r, docs_page=str(pages[r.suite]) if r.suite in pages else None)
        for o in outcomes.values()
        for r in o.results
    ]
    return NightValidation(
        results=results,
        article_failures=dict(outcomes["articles"].failed_rows),
        fact_failures=_merge(outcomes["facts"].failed_rows, outcomes["join"].failed_rows),
        docs_index=docs_root / "index.html",
        docs_pages=pages,
        density=density,
        band=band,
        notes=notes,
    )


def _run_checkpoint(
    frames: dict[str, pd.DataFrame],
    validations: list[_Validation],
    docs_root: Path,
    scratch: Path,
    run_name: str,
    now: datetime,
    build_docs: bool,
) -> tuple[dict[str, SuiteOutcome], dict[str, Path]]:
    """Run one Checkpoint over the validations; return their outcomes and pages, by suite."""
    import great_expectations as gx
    from great_expectations.checkpoint.actions import UpdateDataDocsAction
    from great_expectations.core.run_identifier import RunIdentifier

    quiet_gx()
    context = _context(docs_root)
    source = context.data_sources.add_pandas("wirefacts")
    batches = {}
    for name, frame in frames.items():
        path = scratch / f"{name}.parquet"
        frame.to_parquet(path, index=False)
        asset = source.add_parquet_asset(name, path=path)
        assert asset is not None  # typed Optional by GX's asset factory; never None once added
        batches[name] = asset.add_batch_definition(name)
    definitions = [
        context.validation_definitions.add(
            gx.ValidationDefinition(
                name=v.suite, data=batches[v.frame], suite=context.suites.add(build_suite(v.suite, v.rules))
            )
        )
        for v in validations
    ]
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="wirefacts_night",
            validation_definitions=definitions,
            actions=[UpdateDataDocsAction(name="data_docs", site_names=[SITE_NAME])] if build_docs else [],
            result_format={"result_format": "COMPLETE"},
        )
    )
    result = checkpoint.run(run_id=RunIdentifier(run_name=run_name, run_time=now))
    rules = {v.suite: v.rules for v in validations}
    outcomes: dict[str, SuiteOutcome] = {}
    pages: dict[str, Path] = {}
    for key, suite_result in result.run_results.items():
        suite = suite_result.suite_name
        outcomes[suite] = read_results(suite, suite_result, rules[suite], len(frames[_frame_of(suite)]))
        if build_docs:
            pages[suite] = _page_path(context, key)
    return outcomes, pages


def _context(docs_root: Path) -> EphemeralDataContext:
    """An ephemeral context whose validation results and Data Docs site live under ``docs_root``."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
    )

    stores = dict(InMemoryStoreBackendDefaults().stores)
    stores["validation_results_store"] = {
        "class_name": "ValidationResultsStore",
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(docs_root / RESULTS_DIR),
        },
    }
    site = {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_root)},
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "validation_results_limit": INDEX_LIMIT,
        },
        "site_section_builders": {"expectations": "None", "profiling": "None"},
    }
    config = DataContextConfig(
        stores=stores,
        expectations_store_name="expectations_store",
        validation_results_store_name="validation_results_store",
        checkpoint_store_name="checkpoint_store",
        data_docs_sites={SITE_NAME: site},
        analytics_enabled=False,
        progress_bars=no_progress_bars(),
    )
    return gx.get_context(project_config=config, mode="ephemeral")


def _page_path(context: EphemeralDataContext, key: Any) -> Path:
    """The file of a validation's Data Docs page (GX hands out ``file://`` URLs)."""
    sites = context.get_docs_sites_urls(resource_identifier=key, site_name=SITE_NAME, only_if_exists=False)
    return Path(unquote(urlparse(str(sites[0]["site_url"])).path))


def _frame_of(suite: str) -> str:
    """The frame a suite reads: the join rules check the facts frame."""
    return "facts" if suite == "join" else suite


def _density(night: pd.DataFrame) -> float | None:
    """The night's facts per 1,000 words, or None when it had no words."""
    value = night["facts_per_1000_words"].iloc[0]
    return None if pd.isna(value) else float(value)


def _merge(*failures: dict[int, list[str]]) -> dict[int, list[str]]:
    """Row index -> rules, over several suites that validated the same frame."""
    merged: dict[int, list[str]] = defaultdict(list)
    for rows in failures:
        for index, rules in rows.items():
            merged[index].extend(rules)
    return dict(merged)


def _explain(result: RuleResult, band: FactsDensity) -> str:
    """One readable line about a failed rule."""
    role = "critical expectation" if result.critical else "expectation"
    head = f"{role} {result.qualified_name} ({result.expectation}) failed"
    if result.rule == DENSITY_RULE:
        observed = "none" if result.observed_value is None else f"{result.observed_value:.1f}"
        what = f"{observed} facts per 1,000 words, outside the band {band.low:g}-{band.high:g}"
    elif result.element_count or result.unexpected_count:
        what = f"{result.unexpected_count} of {result.element_count} rows"
    else:
        what = f"observed {result.observed_value}"
    return f"{head}: {what}; Data Docs: {result.docs_page}"
