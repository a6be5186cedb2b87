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
