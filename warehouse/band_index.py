"""LSH band hashes in DuckDB, so a story updated tomorrow joins today's story.

Only band hashes are kept (one row per article and band), never signatures or
texts: a new article is a candidate of a stored one exactly when they share a
``(band, band_hash)``, and the join finds that without loading history into
memory. Candidates are then verified on the texts (see
:func:`transforms.similarity.cluster` with ``extra_candidates``).

Why a ``night`` column: rows are appended night by night, so DuckDB's row
groups are naturally ordered by night and their min/max statistics let a
``night >= cutoff`` filter skip every older row group. Restricting lookups to a
window of recent nights (default 30 days; wire updates come within days) makes
a night's cost grow with the night and the window, not with the whole history.
A hash join over the full table would scan every stored row each night.
"""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from transforms.similarity.bands import BAND_SCHEMA, band_table

__all__ = [
    "BAND_SCHEMA",
    "CANDIDATE_SCHEMA",
    "band_table",
    "candidates_from_history",
]

TABLE = "article_bands"
DEFAULT_WINDOW = timedelta(days=30)
"""How far back a night looks for the stories its articles may update."""


CANDIDATE_SCHEMA = pa.schema(
    [("article_id", pa.string()), ("candidate_id", pa.string()), ("shared_bands", pa.int64())]
)


def candidates_from_history(
    con: duckdb.DuckDBPyConnection, new_bands: pa.Table, *, window: timedelta | None = DEFAULT_WINDOW
) -> pa.Table:
    """Stored articles sharing at least one band with a new article.

    Args:
        con: Connection holding the band table.
        new_bands: The night's bands (:data:`BAND_SCHEMA`), not yet stored.
        window: Only articles stored within this long before the night's
            earliest date are searched; None searches the whole history.

    Returns:
        ``article_id`` (new), ``candidate_id`` (stored), ``shared_bands``;
        articles of the new batch itself are not returned as candidates.
    """
    cutoff = _cutoff(new_bands, window)
    con.register("_new_bands", new_bands)
    try:
        result = con.sql(
            f"""
            SELECT n.article_id, h.article_id AS candidate_id, count(*)::BIGINT AS shared_bands
            FROM _new_bands AS n
            JOIN {TABLE} AS h ON h.band = n.band AND h.band_hash = n.band_hash
            WHERE h.night >= ?::DATE
              AND h.article_id NOT IN (SELECT article_id FROM _new_bands)
            GROUP BY ALL
            ORDER BY 1, 2
            """,
            params=[cutoff],
        ).to_arrow_table()
    finally:
        con.unregister("_new_bands")
    return result.cast(CANDIDATE_SCHEMA)


def _cutoff(bands: pa.Table, window: timedelta | None) -> date:
    """Earliest stored night worth reading for this batch."""
    if window is None or bands.num_rows == 0:
        return date.min
    earliest: date = pc.min(bands.column("night")).as_py()
    return earliest - window if earliest - date.min > window else date.min
