"""Load one night into the warehouse in a single transaction.

A night is identified by its logical date (``ingest_date``). Loading it replaces
every row that night owns in ``articles``, ``deliveries``, ``facts`` and
``raw_files`` (delete, then insert, in one transaction), so loading the same
night twice leaves those tables exactly as they were. Quarantine rows are
merged on their deterministic id so the run that first quarantined a row stays
recorded. Only ``runs`` gains a row per load.

Cross-night deduplication is settled before the load, against what other nights
had loaded by then; two nights running at once both see "new" and would both
load the same story. So the load checks again, inside its own transaction
(DuckDB lets one process write the file at a time, so the check sees every
night that committed before): an article whose content another night already
loaded is not inserted, its facts and bands go with it, and its deliveries
become ``duplicate`` deliveries of the stored article.

The warehouse is a DuckLake, so two loads may run in two processes at once. The
check stays exact because every load also updates the one row of ``load_clock``:
two loads committing at once conflict, and the loser's whole transaction runs
again from the winner's snapshot (:func:`warehouse.connection.write_transaction`).
Articles and facts are written once, as the DuckLake's Parquet data files (the
lake's curated zone); the night's quarantine and manifest files are written from
what the load keeps, inside the same transaction (``kept``).

A load is exactly one snapshot, and its ``runs`` row records that snapshot's id
(:func:`load_night`). A backfill worker passes a :data:`Settle` instead of a finished
batch: the settle group then reads history inside the very transaction that commits,
so a conflict retry settles again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from transforms.dedupe import drop_loaded_elsewhere
from warehouse.arrow_rows import insert_arrow
from warehouse.connection import write_transaction
from warehouse.history import known_content_hashes, stored_cursor
from warehouse.snapshots import committed_snapshot, current_snapshot, label_snapshot, tables_changed_since
from warehouse.stories import replace_story_rows
from warehouse.validation_store import store_validation_results

REPLACED_TABLES = ("facts", "articles", "deliveries", "raw_files", "kill_notices")


@dataclass(frozen=True, slots=True)
class NightBatch:
    """Everything one night writes to the warehouse.

    Attributes:
        ingest_date: The night's logical date.
        articles: ARTICLES rows.
        deliveries: DELIVERIES rows.
        facts: FACTS rows.
        raw_files: RAW_FILES rows.
        kill_notices: KILL_NOTICES rows.
        quarantine: QUARANTINE rows.
        run: The ``runs`` row, as a dict of column values.
        load_data: False when the night was refused: only quarantine and the run are written.
        validation_results: The run's per-expectation results (stored even for a refused night).
        cursor: (source, watermark) to store with the load, so the cursor only
            advances when the night's rows are committed.
        bands: ``article_bands`` rows of the night's articles (None: none).
        story_links: STORY_LINKS rows the night found (None: none); see :mod:`warehouse.stories`.
    """

    ingest_date: date
    articles: pa.Table
    deliveries: pa.Table
    facts: pa.Table
    raw_files: pa.Table
    kill_notices: pa.Table
    quarantine: pa.Table
    run: dict[str, Any]
    load_data: bool = True
    cursor: tuple[str, str] | None = None
    validation_results: pa.Table | None = None
    bands: pa.Table | None = None
    story_links: pa.Table | None = None


Settle = Callable[[duckdb.DuckDBPyConnection], NightBatch]
"""Builds a night's batch from the warehouse as the load's transaction sees it (the settle group)."""


def load_night(
    con: duckdb.DuckDBPyConnection,
    batch: NightBatch | Settle,
    before_commit: Callable[[], None] | None = None,
    *,
    kept: Callable[[NightBatch], object] | None = None,
) -> NightBatch:
    """Replace one night's rows atomically: one DuckLake snapshot, retried while it conflicts.

    The ``runs`` row the load writes carries the id of that very snapshot. A transaction
    cannot ask DuckLake for the id its commit will get, but ids are sequential: it is the
    transaction's own starting snapshot plus one, unless another writer commits first. So
    the load turns off DuckLake's own commit retry (which would silently move the commit
    to a later id) for its transaction: a commit that lost the race fails instead, and
    :func:`~warehouse.connection.write_transaction` runs the whole body again, settle
    included, from the winner's snapshot.

    Args:
        con: A writable connection (:func:`warehouse.connection.connect`).
        batch: The night's rows, or a :data:`Settle` that builds them inside the transaction
            (reading history with ``con``), so a retried commit settles again against what
            the winner committed.
        before_commit: Called inside the transaction just before it commits
            (the crash-safety tests' fault-injection point).
        kept: Called inside the transaction, before ``before_commit``, with the rows
            the load actually keeps (after the in-transaction duplicate check), so the
            lake's own files (quarantine, manifest) follow exactly what the warehouse
            commits; if it raises, nothing is committed.

    Returns:
        The rows the load kept; its ``run`` carries the committed ``snapshot_id``.

    Raises:
        RuntimeError: The commit got another snapshot id than the one recorded (a DuckLake
            that does not number snapshots one by one); nothing is wrong in the data, but
            ``runs.snapshot_id`` would lie, so the load says so.
    """

    settled: tuple[int, NightBatch] | None = None  # a settled batch and the snapshot it read

    def body(con: duckdb.DuckDBPyConnection) -> NightBatch:
        nonlocal settled
        start = current_snapshot(con)
        if not callable(batch):
            night = batch
        elif settled is not None and _still_settled(con, settled[0]):
            night = settled[1]  # the commit lost only to rows no settle reads: settling again would repeat it
        else:
            night = batch(con)
            settled = (start, night)
        snapshot = start + 1
        written = _write_night(con, replace(night, run={**night.run, "snapshot_id": snapshot}))
        if kept is not None:
            kept(written)
        if before_commit is not None:
            before_commit()
        return written

    with _no_silent_commit_retry(con):
        written = write_transaction(con, body)
    if (snapshot := committed_snapshot(con)) != written.run["snapshot_id"]:
        raise RuntimeError(
            f"run {written.run['run_id']} committed snapshot {snapshot}, "
            f"not {written.run['snapshot_id']} as recorded in runs.snapshot_id"
        )
    return written


SETTLE_BLIND_TABLES = frozenset({"runs"})
"""Tables no settle reads: the ``running`` rows other nights write while a night loads go there."""


def _still_settled(con: duckdb.DuckDBPyConnection, settled_at: int) -> bool:
    """Whether a batch settled at snapshot ``settled_at`` is still what settle would build now.

    In a backfill the commit a load most often loses to is the ``running`` row of a night
    being transformed by another worker: that changes nothing settle reads, so the retry
    writes the same batch again without settling (the writes themselves, and their
    duplicate check, are always redone in the new transaction).
    """
    changed = tables_changed_since(con, settled_at)
    return changed is not None and changed <= SETTLE_BLIND_TABLES


@contextmanager
def _no_silent_commit_retry(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Make a commit that lost a race fail (to be run again whole) rather than move to a later id."""
    (previous,) = con.execute("SELECT current_setting('ducklake_max_retry_count')").fetchone() or (10,)
    con.execute("SET ducklake_max_retry_count = 0")
    try:
        yield
    finally:
        con.execute(f"SET ducklake_max_retry_count = {int(previous)}")


def _write_night(con: duckdb.DuckDBPyConnection, batch: NightBatch) -> NightBatch:
    """Every write of one night, inside the caller's transaction (run again from scratch on a conflict)."""
    # every load bumps the one row of load_clock, so two loads committing at once always conflict and
    # the loser runs again: its duplicate check below then sees the winner's articles
    con.execute("UPDATE load_clock SET loads = loads + 1")
    if batch.load_data:
        notices_stored = _holds_rows(con, "kill_notices")
        for name in REPLACED_TABLES:
            if name != "kill_notices" or notices_stored:
                con.execute(f"DELETE FROM {name} WHERE ingest_date = ?", [batch.ingest_date])
        batch = _without_repeats(con, batch)
        for name in REPLACED_TABLES:
            insert_arrow(con, name, getattr(batch, name))
        replace_story_rows(con, batch.ingest_date, batch.bands, batch.story_links)
        incoming = batch.kill_notices.num_rows > 0
        if incoming or notices_stored:
            _apply_kill_notices(con, batch.ingest_date, everywhere=incoming)
        if batch.cursor is not None:
            _store_cursor(con, batch.ingest_date, *batch.cursor)
    _merge_quarantine(con, batch.ingest_date, batch.quarantine)
    if batch.validation_results is not None:
        store_validation_results(con, batch.validation_results)
    _insert_run(con, batch.run)
    label_snapshot(con, f"load night {batch.ingest_date} ({batch.run.get('status')})", batch.run["run_id"])
    return batch


def _without_repeats(con: duckdb.DuckDBPyConnection, batch: NightBatch) -> NightBatch:
    """The batch minus the articles another night committed meanwhile (inside the load's transaction).

    Their deliveries are marked ``duplicate`` (they still point at the same
    article id, which is derived from the content), and the run's counts follow.
    """
    repeated = known_content_hashes(con, batch.articles["content_hash"].combine_chunks(), batch.ingest_date)
    if not len(repeated):
        return batch
    articles, deliveries, dropped = drop_loaded_elsewhere(batch.articles, batch.deliveries, repeated)
    kept = articles["article_id"]
    facts = batch.facts.filter(pc.is_in(batch.facts["article_id"], kept))
    bands = batch.bands
    if bands is not None and "article_id" in bands.column_names:
        gone = pc.invert(pc.is_in(batch.articles["article_id"], kept))
        bands = bands.filter(
            pc.invert(pc.is_in(bands["article_id"], batch.articles["article_id"].filter(gone)))
        )
    run = dict(batch.run)
    for key, change in (
        ("articles_loaded", -dropped),
        ("facts_loaded", facts.num_rows - batch.facts.num_rows),
        ("duplicates", dropped),
    ):
        if isinstance(run.get(key), int):
            run[key] += change
    return replace(batch, articles=articles, deliveries=deliveries, facts=facts, bands=bands, run=run)


def _apply_kill_notices(con: duckdb.DuckDBPyConnection, night: date, *, everywhere: bool) -> None:
    """Withdraw the facts of every article a kill notice covers, whichever night loaded it.

    A notice covers the versions of its agency id up to its own version (all of them
    when it has none). Every load applies every notice to its own night's articles, and a
    night that brings notices applies them to every night's, so the result is the same
    whatever order nights are loaded or re-run in: an article of another night was
    withdrawn when it or the notice was loaded. A night without notices thus never scans
    the whole history (and with no notice stored at all, the load does not call this).
    """
    scope = "" if everywhere else "a.ingest_date = $night AND "
    covered = (
        "FROM kill_notices k WHERE a.agency_id = k.agency_id "
        "AND coalesce(a.agency_version, 0) <= coalesce(k.agency_version, 9223372036854775807)"
    )
    params = {} if everywhere else {"night": night}
    con.execute(
        "DELETE FROM facts WHERE article_id IN "
        f"(SELECT a.article_id FROM articles a WHERE {scope}EXISTS (SELECT 1 {covered}))",
        params,
    )
    con.execute(
        "UPDATE articles a SET pub_status = (SELECT max(k.pub_status) "
        f"{covered}) WHERE {scope}EXISTS (SELECT 1 {covered})",
        params,
    )


def _holds_rows(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether ``table`` has any row, asked once per load for a table that is usually empty.

    DuckLake reads a table that never got a data file slowly (about 10 ms to count it,
    25-50 ms for a ``DELETE`` that matches nothing, measured on a Reuters-21578 backfill's
    catalog), and most warehouses never see a kill notice: one look decides whether the
    night's ``DELETE`` and the notices' ``UPDATE`` need to run at all.
    """
    return con.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone() == (True,)


def _store_cursor(con: duckdb.DuckDBPyConnection, night: date, source: str, cursor: str) -> None:
    """Replace a source's watermark (inside the load's transaction); an unchanged one is left as it was."""
    if stored_cursor(con, source) == cursor:
        return
    con.execute("DELETE FROM source_cursors WHERE source = ?", [source])
    con.execute(
        "INSERT INTO source_cursors (source, cursor, ingest_date, updated_at) VALUES (?, ?, ?, now())",
        [source, cursor, night],
    )


def _merge_quarantine(con: duckdb.DuckDBPyConnection, night: date, table: pa.Table) -> None:
    """Keep existing quarantine rows that recur, drop the ones that no longer do, add the new."""
    con.register("_incoming", table)
    try:
        con.execute(
            "DELETE FROM quarantine WHERE ingest_date = ? AND quarantine_id NOT IN "
            "(SELECT quarantine_id FROM _incoming)",
            [night],
        )
        columns = ", ".join(table.column_names)
        con.execute(
            f"INSERT INTO quarantine ({columns}) SELECT {columns} FROM _incoming "
            # an id hashes its night (transforms.quarantine), so only the night's rows can hold it,
            # and the night's files are all a scan reads (a whole-table scan grows with history)
            "WHERE quarantine_id NOT IN (SELECT quarantine_id FROM quarantine WHERE ingest_date = ?) "
            "QUALIFY row_number() OVER (PARTITION BY quarantine_id ORDER BY run_id) = 1",
            [night],
        )
    finally:
        con.unregister("_incoming")


def _insert_run(con: duckdb.DuckDBPyConnection, run: dict[str, Any]) -> None:
    """Append the run's row, replacing the ``running`` row it wrote at start (:mod:`warehouse.runs`)."""
    con.execute("DELETE FROM runs WHERE run_id = ?", [run["run_id"]])
    columns = list(run)
    placeholders = ", ".join("?" for _ in columns)
    names = ", ".join(columns)
    con.execute(f"INSERT INTO runs ({names}) VALUES ({placeholders})", [run[c] for c in columns])
