"""Row helpers: a selection that drops nothing hands back the table itself; rows as tuples make a table."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from transforms.rows import keep_rows, table_from_tuples


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


SCHEMA = pa.schema(
    [pa.field("id", pa.string(), nullable=False), pa.field("when", pa.date32()), pa.field("n", pa.int32())]
)


def test_tuples_make_the_same_table_as_dicts() -> None:
    rows = [("a", date(2026, 12, 1), 3), ("b", None, None)]
    made = table_from_tuples(rows, SCHEMA)
    assert made.schema == SCHEMA
    assert made.equals(
        pa.Table.from_pylist([dict(zip(SCHEMA.names, row, strict=True)) for row in rows], schema=SCHEMA)
    )


def test_no_tuples_make_an_empty_table_of_the_schema() -> None:
    made = table_from_tuples([], SCHEMA)
    assert made.num_rows == 0
    assert made.schema == SCHEMA


def test_a_tuple_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        table_from_tuples([("a", None, 1), ("b", None)], SCHEMA)
