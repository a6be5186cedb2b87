"""Fixtures of the expectations tests; the row builders live in night_builders.py."""

from __future__ import annotations

import pyarrow as pa
import pytest
from night_builders import article, fact, facts_table


@pytest.fixture(scope="session")
def bad_night() -> tuple[pa.Table, pa.Table]:
    """One article of 200 words; fact 1 is a bare year, fact 2's article is not in the night."""
    articles = pa.Table.from_pylist([article("a1", word_count=200)])
    facts = facts_table(
        [
            fact("f0", "a1", "70 percent", kind="percent", unit="percent"),
            fact("f1", "a1", "1990"),
            fact("f2", "a-missing", "12"),
            fact("f3", "a1", "300"),
        ]
    )
    return articles, facts
