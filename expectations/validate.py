"""Run the suites with Great Expectations and say which rows failed which rule.

The pipeline needs more than a pass/fail verdict: rows that break a rule go to
quarantine with the rule's name while the rest of the batch still loads. Each
expectation therefore runs with ``result_format="COMPLETE"`` so GX returns the
index of every unexpected row.

:func:`expectations.checkpoint.validate_night`, the one entry point, runs the
night's suites through a Checkpoint that also writes Data Docs, and reads GX
results with :func:`read_results`.
"""

from __future__ import annotations

import logging
import math
import numbers
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from expectations.suites import Rule

if TYPE_CHECKING:
    from great_expectations import ExpectationSuite
    from great_expectations.core import ExpectationSuiteValidationResult, ExpectationValidationResult
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


@dataclass(frozen=True, slots=True)
class RuleResult:
    """The outcome of one rule over one frame.

    Attributes:
        suite: The suite the rule belongs to (``articles``, ``facts``, ``join``, ``night``).
        rule: The rule's stable name.
        expectation: The GX expectation class name (``ExpectColumnValuesToBeInSet``).
        success: Whether the rule held.
        element_count: Rows the rule looked at.
        unexpected_count: Rows that broke it (0 for table-level rules, which have no rows).
        critical: A failure refuses the night (see :class:`expectations.suites.Rule`).
        observed_value: The measured value of a table-level rule (a mean, a count), else None.
        docs_page: The Data Docs page of the suite's validation, when one was built.
    """

    suite: str
    rule: str
    expectation: str
    success: bool
    element_count: int
    unexpected_count: int
    critical: bool = False
    observed_value: float | None = None
    docs_page: str | None = None

    @property
    def qualified_name(self) -> str:
        """``suite.rule``: rule names repeat across suites (``article_id_not_null``)."""
        return f"{self.suite}.{self.rule}"


@dataclass(slots=True)
class SuiteOutcome:
    """Results of a suite and, per failing row index, the rules it broke."""

    results: list[RuleResult] = field(default_factory=list)
    failed_rows: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))


def quiet_gx() -> None:
    """Keep GX to warnings and without analytics: a night's log is read by people, offline."""
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def no_progress_bars() -> ProgressBarsConfig:
    """GX's progress bars off: they flood a scheduled run's log with carriage returns."""
    from great_expectations.data_context.types.base import ProgressBarsConfig

    return ProgressBarsConfig(globally=False)


def build_suite(suite_name: str, rules: Iterable[Rule]) -> ExpectationSuite:
    """An ExpectationSuite with one expectation per rule, named in ``meta`` and in its description."""
    import great_expectations as gx

    suite = gx.ExpectationSuite(name=suite_name)
    for rule in rules:
        expectation_class = getattr(gx.expectations, rule.expectation)
        suite.add_expectation(
            expectation_class(**rule.kwargs, meta={"rule": rule.name}, description=rule.description())
        )
    return suite


def read_results(
    suite_name: str,
    validation: ExpectationSuiteValidationResult,
    rules: Iterable[Rule],
    row_count: int,
    rows: dict[str, list[int]] | None = None,
) -> SuiteOutcome:
    """Turn a GX suite validation into per-rule results and per-row failures.

    The failing rows of a rule are ``rows[rule]`` when given (a second, ``COMPLETE``
    look at a rule whose summary was cut short), else the result's
    ``unexpected_index_list`` (``COMPLETE``), else its ``partial_unexpected_index_list``
    (``SUMMARY``, complete when the rule failed no more rows than it lists).

    Raises:
        RuntimeError: An expectation could not run (a missing column, a bad
            argument): that is a bug in the suite, never bad data, so it must not
            pass silently as a failed or successful rule.
    """
    by_name = {rule.name: rule for rule in rules}
    outcome = SuiteOutcome()
    for result in validation.results:
        config = result.expectation_config
        name = rule_name(result)
        if result.exception_info and result.exception_info.get("raised_exception"):
            raise RuntimeError(f"expectation {name} could not run: {result.exception_info}")
        details: dict[str, Any] = dict(result.result or {})
        if rows is not None and name in rows:
            unexpected = rows[name]
        else:
            listed = details.get("unexpected_index_list")
            listed = details.get("partial_unexpected_index_list") if listed is None else listed
            unexpected = [int(i) for i in listed or [] if not isinstance(i, dict)]
        outcome.results.append(
            RuleResult(
                suite=suite_name,
                rule=name,
                expectation=by_name[name].expectation if name in by_name else _class_name(config),
                success=bool(result.success),
                element_count=int(details.get("element_count") or row_count),
                unexpected_count=int(details.get("unexpected_count") or len(unexpected)),
                critical=by_name[name].critical if name in by_name else True,
                observed_value=_as_float(details.get("observed_value")),
            )
        )
        for index in unexpected:
            outcome.failed_rows[index].append(name)
    return outcome


def rule_name(result: ExpectationValidationResult) -> str:
    """The rule an expectation result is for: its ``meta["rule"]`` (set by :func:`build_suite`)."""
    config = result.expectation_config
    return str((config.meta or {}).get("rule", config.type)) if config else "unknown"


def _class_name(config: ExpectationConfiguration | None) -> str:
    """``expect_column_values_to_be_in_set`` -> ``ExpectColumnValuesToBeInSet``, as rules name them."""
    return "".join(part.capitalize() for part in config.type.split("_")) if config else "unknown"


def _as_float(value: object) -> float | None:
    """An observed value as a float when it is a finite number (a mean, a count), else None."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    number = float(value)
    return number if math.isfinite(number) else None
