"""CPU seconds of the settle stage on a one-night run of Reuters-21578, per sub-step, with an output hash.

    .venv/bin/python -m benchmarks.settle_bench [--save F | --check F] [--profile OUT.prof] [--corpus DIR]

The corpus is read and deduplicated once with the pipeline's own stage functions
(:func:`transforms.readers.batch.read_batch`, :func:`flows.stages.within_limits`,
:func:`flows.stages.dedupe_night`); extraction and validation are skipped (settle only
filters facts, so the night carries none). Then the settle stage's sub-steps, as
:func:`flows.settle.settle_night` runs them, are timed in CPU seconds (the machine may be
shared), in two cases:

* ``empty``: the whole corpus as one night, against an empty warehouse;
* ``history``: the articles published before 1987-03-20 loaded first as the previous
  night (settled and loaded through :func:`warehouse.loader.load_night`), then the whole
  corpus settled as the next night: known content hashes, history candidates and
  stored stories all come into play.

Each case prints a SHA-256 of the settle outputs (settled articles, facts, deliveries,
band rows, story links and assignments), both of the tables in their row order and
sorted; ``--save`` writes them to a JSON file, ``--check`` compares with one and prints
``identical: True`` when every table matches. Needs ../shared; prints a message and exits
0 without it.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from flows import stages
from flows.settle import SettledNight
from transforms.quarantine import quarantine_table
from transforms.readers.batch import Payload, read_batch
from transforms.schemas import ARTICLES, DELIVERIES, FACTS, KILL_NOTICES, RAW_FILES
from transforms.stories import assign_stories, sketch_night
from warehouse.connection import connect
from warehouse.history import history_candidates, known_content_hashes, loaded_versions
from warehouse.loader import NightBatch, load_night

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578"
NIGHT = date(1987, 11, 1)
PREVIOUS = date(1987, 10, 31)
SPLIT = datetime(1987, 3, 20, tzinfo=UTC)
"""The previous night of the ``history`` case holds the articles published before this."""
MAX_BYTES = 1 << 30
T = TypeVar("T")


def main() -> int:
    """Run the benchmark."""
    args = _parser().parse_args()
    corpus = Path(args.corpus)
    files = sorted(corpus.glob("reut2-*.sgm"))
    if not files:
        print(f"{corpus} is absent: the Reuters-21578 corpus is needed for this benchmark")
        return 0
    began = time.process_time()
    deduped = _read(files)
    print(f"read + dedupe: {deduped.articles.num_rows} articles, {time.process_time() - began:.1f} CPU-s")
    profiler = cProfile.Profile() if args.profile else None
    hashes: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "empty.sqlite")
        hashes["empty"] = _case("empty", deduped, con, NIGHT, profiler)
        con.close()
        con = connect(Path(tmp) / "history.sqlite")
        _load_previous(deduped, con)
        hashes["history"] = _case("history", deduped, con, NIGHT, profiler)
        con.close()
    if profiler is not None:
        profiler.dump_stats(args.profile)
        print(f"profile: {args.profile}")
    if args.save:
        Path(args.save).write_text(json.dumps(hashes, indent=2, sort_keys=True) + "\n")
        print(f"saved: {args.save}")
    if args.check:
        expected = json.loads(Path(args.check).read_text())
        differ = [
            f"{case}.{name}"
            for case, tables in expected.items()
            for name, digest in tables.items()
            if hashes.get(case, {}).get(name) != digest
        ]
        print(f"identical: {not differ}" + (f" (differ: {', '.join(differ)})" if differ else ""))
        return 1 if differ else 0
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--save", help="write the output hashes to this JSON file")
    parser.add_argument("--check", help="compare the output hashes with this JSON file")
    parser.add_argument(
        "--profile", help="write a cProfile of the settle sub-steps to this file (slows them)"
    )
    parser.add_argument(
        "--corpus", default=str(CORPUS), help="the Reuters-21578 folder (default: ../shared's)"
    )
    return parser


def _read(files: list[Path]) -> stages.NightDedupe:
    """The corpus as one night's deduplicated articles, through the pipeline's own stage functions."""
    payloads = []
    for path in files:
        data = path.read_bytes()
        payloads.append(Payload(data, hashlib.sha256(data).hexdigest(), "reuters", path.as_uri()))
    batch = read_batch(payloads, NIGHT, MAX_BYTES)
    parsed = stages.within_limits(stages.Parsed(batch.articles.cast(ARTICLES)))
    return stages.dedupe_night(parsed.articles)


def _validated(articles: pa.Table) -> stages.Validated:
    return stages.Validated(
        articles=articles,
        facts=FACTS.empty_table(),
        rejects=[],
        checked_rows=articles.num_rows,
        failed_rows=0,
        failed_rules={},
        critical_passed=True,
        explanation=[],
        docs_index="",
        results=pa.table({}),
    )


def _timed(
    seconds: dict[str, float], name: str, profiler: cProfile.Profile | None, fn: Callable[..., T], *args: Any
) -> T:
    began = time.process_time()
    if profiler is not None:
        profiler.enable()
    try:
        return fn(*args)
    finally:
        if profiler is not None:
            profiler.disable()
        seconds[name] = time.process_time() - began


def _settle(
    deduped: stages.NightDedupe,
    con: duckdb.DuckDBPyConnection,
    night: date,
    seconds: dict[str, float],
    profiler: cProfile.Profile | None = None,
) -> SettledNight:
    """:func:`flows.settle.settle_night`, step by step (without its Prefect log line)."""
    validated = _validated(deduped.articles)
    agency_ids = validated.articles["agency_id"].combine_chunks()
    versions = _timed(seconds, "loaded_versions", profiler, loaded_versions, con, agency_ids, night)
    hashes = validated.articles["content_hash"].combine_chunks()
    known = _timed(seconds, "known_content_hashes", profiler, known_content_hashes, con, hashes, night)

    def settle() -> stages.Settled:
        return stages.settle(validated, deduped.deliveries, loaded_versions=versions, known_hashes=known)

    settled = _timed(seconds, "stages.settle", profiler, settle)
    sketched = _timed(seconds, "sketch_night", profiler, sketch_night, settled.articles, night)
    stored, matches = _timed(
        seconds,
        "history_candidates",
        profiler,
        history_candidates,
        con,
        settled.articles,
        sketched.bands,
        night,
    )
    stories = _timed(
        seconds,
        "assign_stories",
        profiler,
        assign_stories,
        settled.articles,
        sketched,
        stored,
        matches,
        night,
    )
    seconds["history rows"] = stored.num_rows
    seconds["matches"] = matches.num_rows
    return SettledNight(settled, stories)


def _case(
    name: str,
    deduped: stages.NightDedupe,
    con: duckdb.DuckDBPyConnection,
    night: date,
    profiler: cProfile.Profile | None,
) -> dict[str, str]:
    seconds: dict[str, float] = {}
    began = time.process_time()
    result = _settle(deduped, con, night, seconds, profiler)
    total = time.process_time() - began
    counts = {k: int(v) for k, v in seconds.items() if k in ("history rows", "matches")}
    steps = {k: v for k, v in seconds.items() if k not in counts}
    print(f"\n[{name}] settle: {total:.2f} CPU-s ({result.settled.articles.num_rows} articles; {counts})")
    for step, cpu in steps.items():
        print(f"  {step:<22} {cpu:8.3f}")
    tables = _outputs(result)
    digests = {}
    for table_name, table in tables.items():
        digests[f"{table_name}.rows"] = _digest(table)
        digests[f"{table_name}.sorted"] = _digest(_sorted(table))
    digests["counts"] = hashlib.sha256(
        json.dumps(
            [result.settled.duplicates, result.settled.stale_versions, result.stories.joined_stored]
        ).encode()
    ).hexdigest()
    print(f"  outputs: {', '.join(f'{k}={t.num_rows}' for k, t in tables.items())}")
    return digests


def _outputs(result: SettledNight) -> dict[str, pa.Table]:
    return {
        "articles": result.settled.articles,
        "facts": result.settled.facts,
        "deliveries": result.settled.deliveries,
        "bands": result.stories.bands,
        "links": result.stories.links,
        "assignments": result.stories.assignments,
    }


def _sorted(table: pa.Table) -> pa.Table:
    if table.num_rows == 0:
        return table
    keys = [
        (name, "ascending")
        for name in table.column_names
        if not pa.types.is_nested(table.schema.field(name).type)
    ]
    return table.sort_by(keys)


def _digest(table: pa.Table) -> str:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table.combine_chunks())
    return hashlib.sha256(sink.getvalue().to_pybytes()).hexdigest()


def _load_previous(deduped: stages.NightDedupe, con: duckdb.DuckDBPyConnection) -> None:
    """Settle and load the articles published before :data:`SPLIT` as the previous night."""
    early = pc.fill_null(pc.less(deduped.articles["published_at"], pa.scalar(SPLIT)), False)
    articles = deduped.articles.filter(early)
    deliveries = deduped.deliveries.filter(pc.is_in(deduped.deliveries["article_id"], articles["article_id"]))
    previous = stages.NightDedupe(articles, deliveries, deduped.kill_notices.slice(0, 0), 0)
    result = _settle(previous, con, PREVIOUS, {})
    now = datetime.now(UTC)
    run = {
        "run_id": "settle-bench-previous",
        "ingest_date": PREVIOUS,
        "source": "reuters",
        "started_at": now,
        "finished_at": now,
        "status": "success",
        "fetched": 1,
        "new_payloads": 0,
        "articles_read": articles.num_rows,
        "duplicates": 0,
        "quarantined": 0,
        "articles_loaded": result.settled.articles.num_rows,
        "facts_loaded": 0,
        "extractor_version": "settle-bench",
    }
    batch = NightBatch(
        ingest_date=PREVIOUS,
        articles=_dated(result.settled.articles).cast(ARTICLES),
        deliveries=_dated(result.settled.deliveries).cast(DELIVERIES),
        facts=FACTS.empty_table(),
        raw_files=RAW_FILES.empty_table(),
        kill_notices=KILL_NOTICES.empty_table(),
        quarantine=quarantine_table([], PREVIOUS, run["run_id"]),
        run=run,
        bands=result.stories.bands,
        story_links=result.stories.links,
    )
    began = time.process_time()
    load_night(con, batch)
    print(f"\nprevious night loaded: {articles.num_rows} articles ({time.process_time() - began:.1f} CPU-s)")


def _dated(table: pa.Table) -> pa.Table:
    """Rows of the previous night carry its ingest date."""
    if "ingest_date" not in table.column_names:
        return table
    index = table.schema.get_field_index("ingest_date")
    return table.set_column(index, "ingest_date", pa.array([PREVIOUS] * table.num_rows, pa.date32()))


if __name__ == "__main__":
    sys.exit(main())
