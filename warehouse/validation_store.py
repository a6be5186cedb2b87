"""Store a run's validation results, and read back the history the density rule learns from.

``store_validation_results`` does not open a transaction: the loader calls it
inside the night's transaction, so results and rows commit (or roll back) together.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa

DENSITY_SUITE = "night"
DENSITY_RULE = "facts_per_1000_words_in_band"
"""Mirror :data:`expectations.suites.DENSITY_RULE`; the warehouse must not import the expectations package."""


def store_validation_results(con: duckdb.DuckDBPyConnection, table: pa.Table) -> None:
    """Replace the rows of the run(s) in ``table`` (delete, then insert), in the caller's transaction.

    Args:
        con: A writable connection, inside the caller's transaction.
        table: Rows shaped like ``expectations.results.VALIDATION_RESULTS``.
    """
    # one equality per run: DuckLake skips every data file whose run_id range misses it (each
    # load writes its own), where a list_contains() predicate read them all (14 ms a load at 58 nights)
    for run_id in sorted(set(table["run_id"].to_pylist())):
        con.execute("DELETE FROM validation_results WHERE run_id = ?", [run_id])
    con.register("_validation_results", table)
    try:
        columns = ", ".join(f'"{name}"' for name in table.column_names)
        con.execute(f"INSERT INTO validation_results ({columns}) SELECT {columns} FROM _validation_results")
    finally:
        con.unregister("_validation_results")


def density_history(con: duckdb.DuckDBPyConnection, *, before: date, nights: int = 30) -> list[float]:
    """Facts per 1,000 words of the latest run of each of the last ``nights`` nights before ``before``.

    Only nights whose density rule passed count, so a broken night cannot widen
    the band that should have caught it. The latest run of a night wins (a
    re-run replaces the night). Feed the result to ``FactsDensity.from_history``.
    """
    rows = con.execute(
        """
        WITH latest AS (
            SELECT v.ingest_date, v.observed_value, v.success
            FROM validation_results v JOIN runs r USING (run_id)
            WHERE v.suite = ? AND v.rule = ? AND v.ingest_date < ?
            QUALIFY row_number() OVER (PARTITION BY v.ingest_date ORDER BY r.started_at DESC) = 1
        )
        SELECT observed_value FROM latest
        WHERE success AND observed_value IS NOT NULL
        ORDER BY ingest_date DESC
        LIMIT ?
        """,
        [DENSITY_SUITE, DENSITY_RULE, before, nights],
    ).fetchall()
    return [float(row[0]) for row in rows]
