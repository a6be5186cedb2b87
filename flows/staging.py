"""What each night of a backfill transforms: its articles staged by publication date, or a replay.

A backfill's night D holds the stories published in [D, D+1). Staging reads every
payload once, through the pipeline's own reader (:func:`flows.stages.read_payloads`),
and keeps its dated stories under their night in the lake's staging zone; a
``--reextract`` replays each night's landed payloads (see :func:`replay_inputs`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from prefect.logging import get_run_logger

from flows.io.lake import Lake
from flows.io.sources import FetchResult, fetch_source
from flows.settings import Settings
from flows.stages import StagedNight, read_payloads
from transforms.quarantine import QuarantineEntry
from transforms.schemas import ARTICLES, RAW_FILES


@dataclass(slots=True)
class NightInput:
    """What one night of a backfill transforms: staged articles or a manifest to replay."""

    night: date
    rows: pa.Table | StagedNight
    fetched: FetchResult


def nights_between(start: date, end: date) -> list[date]:
    """Every night from start to end, both included."""
    if end < start:
        raise ValueError(f"backfill end {end} is before its start {start}")
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


SELECTION_KEY = b"wirefacts.selection"
"""Manifest metadata saying how a night chose its stories from its payloads (see :func:`replay_inputs`)."""
BY_PUB_DATE = b"pub_date"
"""The night took only its payloads' dated stories published in [night, night + 1): a backfill's night."""
REJECTS_KEY = b"wirefacts.read_rejects_of"
"""Manifest metadata of a by-date night: the payloads (raw hashes, JSON) whose read rejects it holds.

A payload spanning weeks is listed by every night it fed, and only one of them, chosen when the
payload was first staged, quarantines its unreadable items; a replay of any sub-range asks this
instead of choosing again among the nights it happens to replay."""


def replay_inputs(
    lake: Lake, nights: list[date], backfill_id: str, run_date: date, max_bytes: int
) -> tuple[list[NightInput], int]:
    """Each night's raw manifest from the lake: its landed payloads, replayed without the source.

    A night a backfill made from the source took only its payloads' stories published
    that night: one payload (a Reuters ``.sgm`` file) spans weeks and is listed by every
    night it fed. Replaying the whole payload into each of those nights would give edge
    nights the stories of nights outside the range, and inner nights their neighbours'.
    Such nights (their manifest says so, :data:`SELECTION_KEY`) are therefore staged
    again by publication date, each payload read once, by the same rule as the first
    run (:func:`_stage_payload`); a payload's read rejects go to the night the first run
    gave them (its manifest says so, :data:`REJECTS_KEY`), and nowhere when a replay of
    part of the range leaves that night out; the night's fetch-stage quarantine rows,
    which only the source could reproduce, are carried over from the lake. Nights a nightly run made
    took everything their payloads held (by arrival), so their manifest is replayed whole.

    Returns:
        The nights' inputs, and how many stories of by-date payloads fell on no replayed night.
    """
    inputs: list[NightInput] = []
    by_date: dict[date, list[dict[str, Any]]] = {}
    held: dict[date, set[str] | None] = {}
    for night in nights:
        if (manifest := lake.read_manifest(night)) is None:
            continue
        metadata = manifest.schema.metadata or {}
        if metadata.get(SELECTION_KEY) == BY_PUB_DATE:
            by_date[night] = manifest.cast(RAW_FILES).to_pylist()
            held[night] = set(json.loads(metadata[REJECTS_KEY])) if REJECTS_KEY in metadata else None
        else:
            manifest = manifest.cast(RAW_FILES)
            inputs.append(NightInput(night, manifest, FetchResult(manifest, seen=manifest.num_rows)))
    payloads: dict[str, dict[str, Any]] = {}
    nights_of: dict[str, set[date]] = {}
    for night, rows in sorted(by_date.items()):
        for row in rows:
            payloads.setdefault(row["raw_hash"], row)
            nights_of.setdefault(row["raw_hash"], set()).add(night)
    rejects = {night: _fetch_rejects(lake, night) for night in by_date}
    owners: dict[date, list[str]] = {}
    skipped = 0
    for raw_hash, row in payloads.items():
        staged = _stage_payload(lake, backfill_id, row, run_date, nights_of[raw_hash], max_bytes)
        skipped += staged.skipped
        owner = _rejects_owner(raw_hash, nights_of[raw_hash], held)
        if owner is None:  # the first run quarantined them on a night this replay leaves alone
            skipped += len(staged.rejects)
            continue
        rejects[owner] += staged.rejects
        owners.setdefault(owner, []).append(raw_hash)
    inputs += _by_date_inputs(backfill_id, by_date, rejects, owners)
    return sorted(inputs, key=lambda item: item.night), skipped


def _rejects_owner(raw_hash: str, nights: set[date], held: dict[date, set[str] | None]) -> date | None:
    """The replayed night that holds a payload's read rejects: the one the first run gave them.

    Manifests written before :data:`REJECTS_KEY` was recorded say nothing: then the first
    replayed night that lists the payload, as the first run chose within its range.
    """
    recorded = [night for night in nights if held.get(night) is not None]
    if not recorded:
        return min(nights)
    owning = [night for night in recorded if raw_hash in (held[night] or set())]
    return min(owning) if owning else None


def _fetch_rejects(lake: Lake, night: date) -> list[QuarantineEntry]:
    """The night's quarantine rows of the fetch stage, as its earlier run wrote them to the lake."""
    path = lake.url("quarantine", f"ingest_date={night}", "quarantine.parquet")
    if not lake.fs.exists(path):
        return []
    with lake.fs.open(path, "rb") as file:
        table = pq.read_table(file)
    return [
        QuarantineEntry(r["stage"], r["reason"], r["source"], r["raw_ref"], r["item_ref"], r["record_id"])
        for r in table.to_pylist()
        if r["stage"] == "fetch"
    ]


@dataclass(slots=True)
class _StagedPayload:
    """What staging one payload did: the nights it fed, its read rejects, the stories it placed nowhere."""

    nights: list[date]
    rejects: list[QuarantineEntry]
    skipped: int
    articles: int


def _stage_payload(
    lake: Lake, backfill_id: str, row: dict[str, Any], run_date: date, nights: set[date], max_bytes: int
) -> _StagedPayload:
    """Read one landed payload and stage its dated stories under their publication date, if in ``nights``.

    The one rule that says which stories a backfill's night holds, for the first run and
    for a replay alike: a story goes to night D when it carries its own date and was
    published in [D, D+1); undated stories and those of other nights are counted, not staged.
    The payload is read by the pipeline's own reader (:func:`flows.stages.read_payloads`).
    """
    read = read_payloads([row], lake, run_date, max_bytes)
    rejects, articles = read.rejects, read.articles
    wanted = pa.array(sorted(nights), pa.date32())
    placed = pc.and_(
        pc.not_equal(articles["date_source"], "run_date"), pc.is_in(articles["pub_date"], wanted)
    )
    skipped = articles.num_rows - int(pc.sum(placed).as_py() or 0)
    total, articles = articles.num_rows, articles.filter(placed)
    fed = sorted(set(articles["pub_date"].to_pylist()))
    for night in fed:
        part = articles.filter(pc.equal(articles["pub_date"], pa.scalar(night, pa.date32())))
        part = part.set_column(
            part.schema.get_field_index("ingest_date"),
            "ingest_date",
            pa.array([night] * part.num_rows, pa.date32()),
        )
        lake.stage(backfill_id, night, row["raw_hash"], part.cast(ARTICLES))
    return _StagedPayload(fed, rejects, skipped, total)


def _by_date_inputs(
    backfill_id: str,
    manifests: dict[date, list[dict[str, Any]]],
    rejects: dict[date, list[QuarantineEntry]],
    owners: dict[date, list[str]],
) -> list[NightInput]:
    """One staged input per night; the manifest records that the night took its stories by date,
    and which payloads' read rejects it holds (:data:`REJECTS_KEY`)."""
    inputs = []
    for night in sorted(manifests):
        rows = [{**row, "ingest_date": night} for row in manifests[night]]
        metadata = {SELECTION_KEY: BY_PUB_DATE, REJECTS_KEY: json.dumps(sorted(owners.get(night, [])))}
        manifest = pa.Table.from_pylist(rows, schema=RAW_FILES.with_metadata(metadata))
        fetch = FetchResult(manifest, rejects=rejects.get(night, []), seen=manifest.num_rows)
        inputs.append(NightInput(night, StagedNight(backfill_id, night), fetch))
    return inputs


def staged_inputs(
    settings: Settings, lake: Lake, start: date, end: date, backfill_id: str
) -> tuple[list[NightInput], int]:
    """Land the source, read it payload by payload, and stage its articles by publication date.

    A payload's read rejects go to the first night it feeds, and a payload that yields
    no article at all (an empty or unreadable file: its date is unknown) to the first
    night of the backfill, whose manifest then lists it, so a replay finds them again.
    The rejects of a payload whose stories all fall outside the range are counted with
    those stories, not quarantined: the backfill of their nights takes them.
    """
    name, config = settings.resolve_source()
    fetched = fetch_source(
        name,
        config,
        lake=lake,
        ingest_date=start,
        already_ingested=set(),
        cursor=None,
        max_bytes=settings.fetch.max_payload_bytes,
    )
    manifests: dict[date, list[dict[str, Any]]] = {}
    rejects: dict[date, list[QuarantineEntry]] = {}
    owners: dict[date, list[str]] = {}
    unplaced: list[tuple[dict[str, Any], list[QuarantineEntry]]] = []
    skipped = 0
    for row in fetched.manifest.to_pylist():
        staged = _stage_payload(
            lake, backfill_id, row, start, set(nights_between(start, end)), settings.fetch.max_payload_bytes
        )
        skipped += staged.skipped
        if staged.nights:
            for night in staged.nights:
                manifests.setdefault(night, []).append(row)
            rejects.setdefault(staged.nights[0], []).extend(staged.rejects)
            owners.setdefault(staged.nights[0], []).append(row["raw_hash"])
        elif staged.articles == 0:
            unplaced.append((row, staged.rejects))
        else:
            skipped += len(staged.rejects)
    if manifests:
        first = min(manifests)
        for row, row_rejects in unplaced:
            manifests[first].append(row)
            rejects.setdefault(first, []).extend(row_rejects)
            owners.setdefault(first, []).append(row["raw_hash"])
        rejects[first] = list(fetched.rejects) + rejects.get(first, [])
    elif unplaced or fetched.rejects:
        get_run_logger().warning(
            "no story of the source falls in %s..%s: %d unreadable payloads and %d refused at fetch "
            "are not quarantined (no night to hold them)",
            start,
            end,
            len(unplaced),
            len(fetched.rejects),
        )
    return _by_date_inputs(backfill_id, manifests, rejects, owners), skipped
