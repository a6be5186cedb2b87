"""Per-rule validation results as Arrow rows for the warehouse table ``validation_results``.

Data Docs show one run to a person; the table lets an analyst ask across runs
("which rule fails most", "how did facts per 1,000 words move") in SQL, and
gives :meth:`expectations.suites.FactsDensity.from_history` its history.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pyarrow as pa

from expectations.validate import RuleResult

VALIDATION_RESULTS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("ingest_date", pa.date32(), nullable=False),
        pa.field("suite", pa.string(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
        pa.field("expectation", pa.string(), nullable=False),
        pa.field("success", pa.bool_(), nullable=False),
        pa.field("critical", pa.bool_(), nullable=False),
        pa.field("element_count", pa.int64(), nullable=False),
        pa.field("unexpected_count", pa.int64(), nullable=False),
        pa.field("observed_value", pa.float64()),
        pa.field("docs_page", pa.string()),
    ]
)
"""One row per rule per run; ``observed_value`` is set by table-level rules (facts per 1,000 words)."""


def validation_results_table(run_id: str, ingest_date: date, results: Iterable[RuleResult]) -> pa.Table:
    """The ``validation_results`` rows of one run.

    Args:
        run_id: The pipeline run (``runs.run_id``).
        ingest_date: The night validated.
        results: :attr:`expectations.checkpoint.NightValidation.results`.
    """
    rows = [
        {
            "run_id": run_id,
            "ingest_date": ingest_date,
            "suite": r.suite,
            "rule": r.rule,
            "expectation": r.expectation,
            "success": r.success,
            "critical": r.critical,
            "element_count": r.element_count,
            "unexpected_count": r.unexpected_count,
            "observed_value": r.observed_value,
            "docs_page": r.docs_page,
        }
        for r in results
    ]
    return pa.Table.from_pylist(rows, schema=VALIDATION_RESULTS)
