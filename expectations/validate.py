"""Run the suites with Great Expectations and say which rows failed which rule.

The pipeline needs more than a pass/fail verdict: rows that break a rule go to
quarantine with the rule's name while the rest of the batch still loads. Each
expectation therefore runs with ``result_format="COMPLETE"`` so GX returns the
index of every unexpected row.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from expectations.suites import Rule

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


@dataclass(frozen=True, slots=True)
class RuleResult:
    """The outcome of one rule over one frame."""

    suite: str
    rule: str
    expectation: str
    success: bool
    element_count: int
    unexpected_count: int


@dataclass(slots=True)
class SuiteOutcome:
    """Results of a suite and, per failing row index, the rules it broke."""

    results: list[RuleResult] = field(default_factory=list)
    failed_rows: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))


def run_suite(suite_name: str, frame: pd.DataFrame, rules: list[Rule]) -> SuiteOutcome:
    """Validate a frame against a list of rules with a real GX validation.

    Args:
        suite_name: Name of the suite (``articles``, ``facts``).
        frame: The rows, with a RangeIndex so failing indices map to row numbers.
        rules: The rules to apply.

    Returns:
        Per-rule results and the failing row indices with the rules they broke.
    """
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    suite = gx.ExpectationSuite(name=suite_name)
    for rule in rules:
        expectation_class = getattr(gx.expectations, rule.expectation)
        suite.add_expectation(expectation_class(**rule.kwargs, meta={"rule": rule.name}))
    asset = context.data_sources.add_pandas(f"{suite_name}_source").add_dataframe_asset(suite_name)
    batch = asset.add_batch_definition_whole_dataframe("batch").get_batch(
        batch_parameters={"dataframe": frame}
    )
    validation = batch.validate(suite, result_format="COMPLETE")
    outcome = SuiteOutcome()
    for result in validation.results:
        config = result.expectation_config
        name = str((config.meta or {}).get("rule", config.type)) if config else "unknown"
        details: dict[str, Any] = dict(result.result or {})
        unexpected = [int(i) for i in details.get("unexpected_index_list") or [] if not isinstance(i, dict)]
        if result.exception_info and result.exception_info.get("raised_exception"):
            raise RuntimeError(f"expectation {name} could not run: {result.exception_info}")
        outcome.results.append(
            RuleResult(
                suite=suite_name,
                rule=name,
                expectation=config.type if config else "unknown",
                success=bool(result.success),
                element_count=int(details.get("element_count") or len(frame)),
                unexpected_count=int(details.get("unexpected_count") or len(unexpected)),
            )
        )
        for index in unexpected:
            outcome.failed_rows[index].append(name)
    return outcome
