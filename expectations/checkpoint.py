"""Validate a night through a Great Expectations Checkpoint; write Data Docs when they are worth it.

One Checkpoint per night validates four suites (articles, facts, the join between
them, night-level distributions). When the night failed a rule, or is one of the
sampled nights, its validation pages are rendered into ``docs_root``
(``<lake>/data_docs``) and the site index is refreshed once.

Why it looks the way it does (a Reuters night is 120,000 facts; a quiet night a
handful, and both must stay a small share of the night):

* **Built once per process.** The context, its pandas data source, the assets and
  the site builder are created on the first validation and kept in a module-level
  cache keyed by the Data Docs folder (:func:`_engine`); suites, validation
  definitions and the checkpoint are rebuilt only when their rules change (the
  articles suite carries the night's "now", so it is refreshed every night). A
  fresh context per night cost about 2 s even on an empty night.
* **Two result stores.** The checkpoint writes into an in-memory store that is
  emptied after every night; only nights that get Data Docs have their results
  written to the on-disk store (``docs_root/results``) that the site is built from.
  GX deletes every page whose result it no longer finds, so the on-disk store is
  what keeps older runs' pages (and their links).
* **Basic results, then the failing rows of failed rules only.** The checkpoint
  runs with ``BASIC`` (counts, observed values, the first failing values: what the
  gate, the density history and the pages need); only a rule that failed rows is
  validated again, with ``COMPLETE``, on the columns it reads, for its row indices.
  ``COMPLETE`` on every rule cost GX's metric graph a third more on a passing night,
  and serialising every row index into the stores more than the validation on a bad one.
* **Only the columns the rules read.** The frames carry the columns named by their
  rules, so a fact's sentence or an article's headline is never converted to pandas.
* **Frames as files.** A Checkpoint passes the same batch parameters to every
  validation, so the frames cannot all be handed over as in-memory dataframes;
  each is written as Feather (Arrow IPC, no compression) to a scratch folder that
  lives as long as the process, and its own asset reads it.
* **One index build per docs night.** GX's ``UpdateDataDocsAction`` builds the index
  once per validation (four times a night) with a new Jinja environment each time;
  the cached site builder renders the night's pages and the index once.
"""

from __future__ import annotations

import copy
import tempfile
import threading
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlparse

import pandas as pd
import pyarrow as pa

from expectations.frames import articles_frame, facts_frame, night_frame, rule_columns
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
    rule_name,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from great_expectations.checkpoint.checkpoint import Checkpoint
    from great_expectations.core import ExpectationSuiteValidationResult
    from great_expectations.core.batch_definition import BatchDefinition
    from great_expectations.core.validation_definition import ValidationDefinition
    from great_expectations.data_context.data_context.ephemeral_data_context import EphemeralDataContext
    from great_expectations.data_context.types.resource_identifiers import ValidationResultIdentifier
    from great_expectations.render.renderer.site_builder import SiteBuilder

SITE_NAME = "wirefacts"
RESULTS_DIR = "results"
DOCS_STORE = "docs_results_store"
"""The on-disk validation results store the Data Docs site is built from."""
INDEX_LIMIT = 400
"""Validations listed on the index page (newest first): 100 nights of four suites. Older
pages stay on disk and reachable from ``validation_results.docs_page``."""
CHECKPOINT_FORMAT = {"result_format": "BASIC"}
"""Counts, observed values and the first 20 failing values of each rule, no row indices:
enough for the gate, the density history and the pages (a third less work than ``SUMMARY``)."""
FRAMES = ("articles", "facts", "join", "night")
"""The frames a night writes: one per suite (the join rule reads its own column of the facts)."""


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
    docs_every: int = 1,
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
        build_docs: Render Data Docs at all (a backfill of many nights may skip them and
            keep the results and run pages).
        docs_every: With ``build_docs``, which nights get pages: a night where any rule
            failed always does; of the others, about one in ``docs_every``, chosen by the
            run name (stable, and no counter shared between a backfill's workers).
            1 renders every night (the default, as before), 0 failing nights only.

    Returns:
        Per-rule results, per-row failures and the Data Docs paths (none when not rendered).
    """
    band = history or DEFAULT_DENSITY
    night = night_frame(articles, facts)
    density = _density(night)
    validations = [
        _Validation("articles", "articles", articles_rules(now)),
        _Validation("facts", "facts", facts_rules()),
        _Validation("join", "join", join_rules()),
    ]
    words = int(night["words"].iloc[0])
    notes: list[str] = []
    if density is not None and words >= band.min_words:
        validations.append(_Validation("night", "night", night_rules(band)))
    elif density is not None:
        notes.append(
            f"night.{DENSITY_RULE} not judged: {words:,} words ({density:.1f} facts per 1,000), "
            f"under the {band.min_words:,}-word minimum sample for a rate"
        )
    columns = {v.frame: rule_columns(r.kwargs for r in v.rules) for v in validations}
    frames = {
        "articles": articles_frame(articles, columns["articles"]),
        "facts": facts_frame(facts, articles, columns["facts"]),
        "join": facts_frame(facts, articles, columns["join"]),
        "night": night,
    }
    docs_root = Path(docs_root).resolve()
    with _LOCK:  # GX keeps process-global state, and the engine's scratch files are shared
        engine = _engine(docs_root)
        outcomes, keys = engine.validate(frames, validations, run_name, now)
        failing = any(not r.success or r.unexpected_count for o in outcomes.values() for r in o.results)
        pages = engine.build_docs(keys) if build_docs and (failing or _sampled(run_name, docs_every)) else {}
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


def warm_up(docs_root: Path) -> None:
    """Import GX and build the cached context for ``docs_root`` now, so the first night does not pay it.

    Importing GX costs seconds (2-10 s on a busy machine); a flow can call this in a
    background thread while it waits on something else (its Prefect server starting).
    """
    with _LOCK:
        _engine(Path(docs_root).resolve())


BOUNDS = ("min_value", "max_value")
"""Rule arguments that change from night to night (the night's "now", the density band)."""


def _parameterized(validations: list[_Validation]) -> tuple[list[_Validation], dict[str, Any]]:
    """The validations with their bounds as GX suite parameters, and the parameters' values.

    A suite whose arguments never change is built once per process; the night's values
    reach GX as ``expectation_parameters`` and are substituted before the expectation runs,
    so results and Data Docs show the real bound.
    """
    shapes: list[_Validation] = []
    values: dict[str, Any] = {}
    for v in validations:
        rules = []
        for rule in v.rules:
            kwargs = dict(rule.kwargs)
            for key in BOUNDS:
                if kwargs.get(key) is not None:
                    name = f"{v.suite}__{rule.name}__{key}"
                    values[name], kwargs[key] = kwargs[key], {"$PARAMETER": name}
            rules.append(replace(rule, kwargs=kwargs))
        shapes.append(replace(v, rules=rules))
    return shapes, values


def _sampled(run_name: str, every: int) -> bool:
    """Whether a passing night is one of the ~1-in-``every`` that get Data Docs (never when 0)."""
    return every > 0 and zlib.crc32(run_name.encode("utf-8")) % every == 0


_LOCK = threading.RLock()
_ENGINES: dict[Path, _Engine] = {}


def _engine(docs_root: Path) -> _Engine:
    """The process's engine for a Data Docs folder, built on first use (call under ``_LOCK``)."""
    if docs_root not in _ENGINES:
        _ENGINES[docs_root] = _Engine(docs_root)
    return _ENGINES[docs_root]


@dataclass(slots=True)
class _Current:
    """A suite as last added to the context: its rules (to see a change) and validation definition."""

    rules: list[Rule]
    definition: ValidationDefinition


class _Engine:
    """A GX context with its data source, assets, suites, checkpoint and site builder, kept per process."""

    def __init__(self, docs_root: Path) -> None:
        """Create the context and one Feather asset per frame in a process-lifetime scratch folder."""
        import great_expectations as gx

        quiet_gx()
        self.docs_root = docs_root
        self.context = _context(docs_root)
        self._scratch = tempfile.TemporaryDirectory(prefix="wirefacts-gx-")  # removed at exit
        source = self.context.data_sources.add_pandas("wirefacts")
        self.paths = {name: Path(self._scratch.name) / f"{name}.feather" for name in FRAMES}
        self.batches: dict[str, BatchDefinition[Any]] = {}
        for name, path in self.paths.items():
            asset = source.add_feather_asset(name, path=path)
            assert asset is not None  # typed Optional by GX's asset factory; never None once added
            self.batches[name] = asset.add_batch_definition(name)
        # In-memory frames for the second look at failed rules (no file, no store).
        rows = self.context.data_sources.add_pandas("wirefacts_rows").add_dataframe_asset("rows")
        self.rows = rows.add_batch_definition_whole_dataframe("rows")
        self.suites: dict[str, _Current] = {}
        self.checkpoint: Checkpoint | None = None
        self._order: tuple[str, ...] = ()
        self._site: SiteBuilder | None = None
        self.results: dict[ValidationResultIdentifier, ExpectationSuiteValidationResult] = {}
        self._gx = gx

    def validate(
        self, frames: dict[str, pd.DataFrame], validations: list[_Validation], run_name: str, now: datetime
    ) -> tuple[dict[str, SuiteOutcome], list[ValidationResultIdentifier]]:
        """Run the checkpoint over the frames; return outcomes by suite and the results' keys."""
        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.data_context.context_factory import set_context

        # GX resolves stores through a process-global "current" context, which any other
        # get_context (another Data Docs folder) replaces: take it back first.
        set_context(self.context)
        for name, frame in frames.items():
            frame.to_feather(self.paths[name])
        shapes, parameters = _parameterized(validations)
        checkpoint = self._checkpoint(shapes)
        try:
            result = checkpoint.run(
                expectation_parameters=parameters, run_id=RunIdentifier(run_name=run_name, run_time=now)
            )
        finally:  # a Reuters night's frames are tens of MB: not left in /tmp for a long-lived server
            for path in self.paths.values():
                path.unlink(missing_ok=True)
        rules = {v.suite: v.rules for v in validations}
        frame_of = {v.suite: v.frame for v in validations}
        outcomes: dict[str, SuiteOutcome] = {}
        self.results = {}
        for key, suite_result in result.run_results.items():
            suite = suite_result.suite_name
            frame = frames[frame_of[suite]]
            rows = self._failed_rows(suite, suite_result, rules[suite], frame)
            outcomes[suite] = read_results(suite, suite_result, rules[suite], len(frame), rows=rows)
            self.results[key] = suite_result
            memory: Any = self.context.validation_results_store  # GX leaves remove_key untyped
            memory.remove_key(key)  # the in-memory store stays empty
        self._release_batches()
        return outcomes, list(self.results)

    def _release_batches(self) -> None:
        """Drop the night's frames from GX's execution engines (kept per process, with the context).

        An engine keeps every batch it loaded until another replaces it: the night's
        frames (about 120 MB on all of Reuters-21578, in pandas and Arrow) would stay
        alive through settle and the load, when the night needs the most memory, and
        in a long-lived process until the next night.
        """
        for source in self.context.data_sources.all().values():
            manager = source.get_execution_engine().batch_manager
            manager.reset_batch_cache()
            manager.batch_data_cache.clear()

    def build_docs(self, keys: list[ValidationResultIdentifier]) -> dict[str, Path]:
        """Render the pages of this night's results and the site index once; return pages by suite."""
        store = self.context.stores[DOCS_STORE]
        for key in keys:
            store.set(key, self.results[key])
        site = self._site_builder()
        site.build(resource_identifiers=keys)
        pages: dict[str, Path] = {}
        for key in keys:
            url = site.get_resource_url(resource_identifier=key, only_if_exists=False)
            pages[key.expectation_suite_identifier.name] = Path(unquote(urlparse(str(url)).path))
        return pages

    def _checkpoint(self, validations: list[_Validation]) -> Checkpoint:
        """The checkpoint over the night's suites; suites whose rules changed are replaced first."""
        gx, context = self._gx, self.context
        changed = self.checkpoint is None or [v.suite for v in validations] != list(self._order)
        for v in validations:
            current = self.suites.get(v.suite)
            if current is not None and current.rules == v.rules:
                continue
            if current is not None:
                context.validation_definitions.delete(v.suite)
                context.suites.delete(v.suite)
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(
                    name=v.suite,
                    data=self.batches[v.frame],
                    suite=context.suites.add(build_suite(v.suite, v.rules)),
                )
            )
            self.suites[v.suite] = _Current(v.rules, definition)
            changed = True
        if changed:
            if self.checkpoint is not None:
                context.checkpoints.delete(self.checkpoint.name)
            self.checkpoint = context.checkpoints.add(
                gx.Checkpoint(
                    name="wirefacts_night",
                    validation_definitions=[self.suites[v.suite].definition for v in validations],
                    actions=[],
                    result_format=CHECKPOINT_FORMAT,
                )
            )
            self._order = tuple(v.suite for v in validations)
        assert self.checkpoint is not None
        return self.checkpoint

    def _failed_rows(
        self,
        suite: str,
        summary: ExpectationSuiteValidationResult,
        rules: list[Rule],
        frame: pd.DataFrame,
    ) -> dict[str, list[int]]:
        """Every failing row index of each rule whose result does not list them all.

        Those rules (none on a clean night) are validated again with ``COMPLETE`` on the
        columns they read, in memory: no file, no store, no Data Docs.

        Raises:
            RuntimeError: An expectation could not run on this second look.
        """
        again = []
        for result in summary.results:
            details = result.result or {}
            partial = details.get("partial_unexpected_index_list") or []
            if int(details.get("unexpected_count") or 0) > len(partial):
                again.append(rule_name(result))
        if not again:
            return {}
        chosen = [rule for rule in rules if rule.name in again]
        read = sorted(rule_columns(rule.kwargs for rule in chosen))  # less to fingerprint and scan
        batch = self.rows.get_batch(batch_parameters={"dataframe": frame[read]})
        complete = batch.validate(build_suite(f"{suite}_rows", chosen), result_format="COMPLETE")
        rows: dict[str, list[int]] = {}
        for result in complete.results:
            name = rule_name(result)
            if result.exception_info and result.exception_info.get("raised_exception"):
                raise RuntimeError(f"expectation {name} could not run: {result.exception_info}")
            listed = (result.result or {}).get("unexpected_index_list") or []
            rows[name] = [int(i) for i in listed if not isinstance(i, dict)]
        return rows

    def _site_builder(self) -> SiteBuilder:
        """The site builder, kept so its Jinja templates are compiled once per process."""
        if self._site is None:
            from great_expectations.data_context.util import instantiate_class_from_config

            config = copy.deepcopy(self.context.variables.data_docs_sites or {})[SITE_NAME]
            build = cast("Callable[..., SiteBuilder]", instantiate_class_from_config)  # untyped in GX
            self._site = build(
                config=config,
                runtime_environment={
                    "data_context": self.context,
                    "root_directory": None,
                    "site_name": SITE_NAME,
                },
                config_defaults={
                    "class_name": "SiteBuilder",
                    "module_name": "great_expectations.render.renderer.site_builder",
                },
            )
        return self._site


def _context(docs_root: Path) -> EphemeralDataContext:
    """An ephemeral context: results in memory, plus an on-disk results store the Data Docs site reads."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
    )

    stores = dict(InMemoryStoreBackendDefaults().stores)
    stores[DOCS_STORE] = {
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
        "site_section_builders": {
            "expectations": "None",
            "profiling": "None",
            "validations": {"source_store_name": DOCS_STORE, "validation_results_limit": INDEX_LIMIT},
        },
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
