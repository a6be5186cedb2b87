"""A selection that drops nothing hands back the table itself, not a copy."""

from __future__ import annotations

import pyarrow as pa

from transforms.rows import keep_rows


def _table() -> pa.Table:
    return pa.table({"id": ["a", "b", "c"], "body": ["x" * 100, "y" * 100, "z" * 100]})


def test_a_mask_that_keeps_every_row_returns_the_same_table() -> None:
    table = _table()
    assert keep_rows(table, pa.array([True, True, True])) is table


def test_a_mask_that_drops_rows_filters() -> None:
    kept = keep_rows(_table(), pa.chunked_array([[True, False], [True]]))
    assert kept["id"].to_pylist() == ["a", "c"]


def test_a_null_in_the_mask_drops_its_row_as_filter_does() -> None:
    table = _table()
    mask = pa.array([True, None, True])
    kept = keep_rows(table, mask)
    assert kept is not table
    assert kept.equals(table.filter(mask))


def test_an_empty_table_stays_empty() -> None:
    empty = _table().slice(0, 0)
    assert keep_rows(empty, pa.array([], pa.bool_())).num_rows == 0
