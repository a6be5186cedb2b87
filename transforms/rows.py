"""Row selection that copies only when it selects.

Arrow's ``Table.filter`` writes every kept row into new buffers even when it drops
none. Most nights, the stages that may drop rows (kill notices, the limits,
validation, stale versions, repeats of other nights) drop none or a handful, so each
used to copy the whole night: on all of Reuters-21578 the articles (22 MB, their
bodies) and the facts (41 MB, their sentences) were copied again at validation and
at settle, with the earlier copies still held, while the load needed the memory most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc


def keep_rows(table: pa.Table, mask: pa.Array | pa.ChunkedArray) -> pa.Table:
    """``table.filter(mask)``, but ``table`` itself, uncopied, when ``mask`` keeps every row.

    A null in ``mask`` drops its row, as in ``filter``.
    """
    if table.num_rows and pc.all(pc.fill_null(mask, False)).as_py():
        return table
    return table.filter(mask)


def table_from_tuples(rows: Sequence[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    """Rows given as tuples in ``schema``'s column order, as one table.

    The same table as ``Table.from_pylist`` of the rows as dicts, in about half the
    time: that looks every column of every row up by name, where the tuples are
    transposed once, in C. Parse and extract build their tables row by row (a night of
    Reuters-21578 is 19,000 articles and 120,000 facts), so it is not small change there.
    """
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    arrays = [pa.array(column, type=field.type) for column, field in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)
