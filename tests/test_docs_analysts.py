"""Every query in docs/analysts.md runs on the sample warehouse and returns rows.

The page promises a new analyst can follow it against the sample; this is that
promise, checked. Queries run through the analyst path (``warehouse.sql.query``),
so they are also proven to be reads that ``wirefacts sql`` accepts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warehouse.sql import query

DOC = Path(__file__).resolve().parent.parent / "docs" / "analysts.md"
SQL_BLOCK = re.compile(r"^```sql\n(.*?)^```", re.MULTILINE | re.DOTALL)


def sql_blocks() -> list[str]:
    """The text of every ```sql fenced block, in document order."""
    return [block.strip() for block in SQL_BLOCK.findall(DOC.read_text(encoding="utf-8"))]


BLOCKS = sql_blocks()

SQL_AND_OUTPUT = re.compile(r"^```sql\n(.*?)^```\n\n```text\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXACT_OUTPUTS = ("fact_series", "quarantine_summary")
"""Views whose documented output on the sample holds no run id, time or duration: shown exactly as it is."""


def documented_outputs() -> list[tuple[str, list[list[str]]]]:
    """(query, the cells of each row of its printed output) for the queries of ``EXACT_OUTPUTS``."""
    found = []
    for sql, output in SQL_AND_OUTPUT.findall(DOC.read_text(encoding="utf-8")):
        if any(re.search(rf"\b{view}\b", sql) for view in EXACT_OUTPUTS):
            rows = [line.split("│")[1:-1] for line in output.splitlines() if line.startswith("│")]
            found.append((sql.strip(), [[cell.strip() for cell in row] for row in rows]))
    return found


OUTPUTS = documented_outputs()


def test_the_page_has_queries_for_every_view_macro_and_table() -> None:
    text = "\n".join(BLOCKS)
    names = [
        "articles", "facts", "deliveries", "quarantine", "raw_files", "runs", "source_cursors",
        "schema_version", "facts_by_day", "quarantine_summary", "run_history", "facts_about", "facts_of_kind",
        "fact_series", "fact_lineage",
    ]  # fmt: skip
    assert [n for n in names if not re.search(rf"\b{n}\b", text)] == []


@pytest.mark.slow
@pytest.mark.parametrize("sql", BLOCKS, ids=[f"block{i}" for i in range(1, len(BLOCKS) + 1)])
def test_each_query_runs_on_the_sample_and_returns_rows(sample_warehouse: Path, sql: str) -> None:
    columns, rows = query(sample_warehouse, sql)
    assert columns
    assert len(rows) >= 1


def test_the_series_and_quarantine_examples_show_their_output() -> None:
    assert len(OUTPUTS) >= 4  # the quarantine_summary query and the three fact_series ones


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sql", "documented"), OUTPUTS, ids=[f"output{i}" for i in range(1, len(OUTPUTS) + 1)]
)
def test_the_documented_output_is_what_the_sample_gives(
    sample_warehouse: Path, sql: str, documented: list[list[str]]
) -> None:
    """The series the page shows are the sample's, row for row, as ``wirefacts sql`` prints them."""
    _, rows = query(sample_warehouse, sql)
    assert [["NULL" if v is None else str(v) for v in row] for row in rows] == documented
