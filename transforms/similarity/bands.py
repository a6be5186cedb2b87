"""A night's LSH band hashes as a long Arrow table: the rows the warehouse's band index stores.

Pure (no connection), so the stories stage can build it with the other transforms;
:mod:`warehouse.band_index` stores and queries it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import numpy.typing as npt
import pyarrow as pa

BAND_SCHEMA = pa.schema(
    [("article_id", pa.string()), ("band", pa.int16()), ("band_hash", pa.uint64()), ("night", pa.date32())]
)


def band_table(article_ids: Sequence[str], hashes: npt.NDArray[np.uint64], night: date) -> pa.Table:
    """Long-format Arrow table of a night's band hashes (hash 0, an empty text, is left out)."""
    n, bands = hashes.shape
    flat = hashes.ravel()
    keep = flat != 0
    rows = np.repeat(np.arange(n, dtype=np.int64), bands)[keep]
    ids = pa.array(list(article_ids), pa.string()).take(pa.array(rows))
    band = np.tile(np.arange(bands, dtype=np.int16), n)[keep]
    nights = pa.array([night] * len(rows), pa.date32())
    columns = [ids, pa.array(band), pa.array(flat[keep]), nights]
    return pa.Table.from_arrays(columns, schema=BAND_SCHEMA)
