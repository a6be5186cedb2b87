"""Read and normalise a batch of payloads, on several cores when the batch is large.

The parse stage is pure Python (regular expressions and string work over every
story), so on a large night (all of Reuters-21578: 27 MB, 19,000 stories) it is
worth spreading over the cores, as the extract stage is: payloads are cut into
contiguous groups of about equal bytes, each group is read and normalised into an
``articles`` table, by this process or one of ``workers - 1`` spawned ones
(:func:`transforms.parallel.map_in_order`), and the tables are put back in order.
The result is the same rows in the same order whatever the number of workers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

import pyarrow as pa

from transforms.normalize import Delivery, normalise_articles
from transforms.parallel import map_in_order
from transforms.readers import read_payload
from transforms.records import RawArticle, Reject

PARALLEL_MIN_BYTES = 4_000_000
"""Payload bytes below which reading stays in this process: a spawned reader costs about half a
second to start, about what one core reads of 4 MB of wire text."""

GROUPS_PER_WORKER = 2
"""Groups per worker, so one slow group does not leave a core idle at the end."""


@dataclass(frozen=True, slots=True)
class Payload:
    """One landed payload to read, with where it came from."""

    data: bytes
    raw_hash: str
    source: str
    source_uri: str
    modified_at: datetime | None = None


@dataclass(slots=True)
class BatchRead:
    """Normalised articles (one row per article, payload order) and each payload's rejects."""

    articles: pa.Table
    rejects: list[list[Reject]]


def read_batch(payloads: Sequence[Payload], run_date: date, max_bytes: int, workers: int = 1) -> BatchRead:
    """Read every payload with the reader its content calls for and normalise the articles.

    Args:
        payloads: The payloads, in the order their rows should come.
        run_date: The night reading them (dates stories that state none).
        max_bytes: Largest payload a reader takes.
        workers: Cores to read on for a batch of :data:`PARALLEL_MIN_BYTES` or more (1: this process only).
    """
    total = sum(len(p.data) for p in payloads)
    if workers > 1 and len(payloads) > 1 and total >= PARALLEL_MIN_BYTES:
        groups = _balanced_groups(payloads, workers * GROUPS_PER_WORKER)
        read = partial(_read_serial, run_date=run_date, max_bytes=max_bytes)
        parts = map_in_order(read, groups, workers)
        return BatchRead(
            pa.concat_tables([part.articles for part in parts]),
            [rejects for part in parts for rejects in part.rejects],
        )
    return _read_serial(payloads, run_date, max_bytes)


def _read_serial(payloads: Sequence[Payload], run_date: date, max_bytes: int) -> BatchRead:
    """Read a batch in this process (also what each worker runs on its group)."""
    items: list[tuple[RawArticle, Delivery]] = []
    rejects: list[list[Reject]] = []
    for payload in payloads:
        result = read_payload(
            payload.data, payload.source_uri, max_bytes, modified_at=payload.modified_at, run_date=run_date
        )
        delivery = Delivery(payload.raw_hash, payload.source, payload.source_uri)
        items.extend((article, delivery) for article in result.articles)
        rejects.append(result.rejects)
    return BatchRead(normalise_articles(items, run_date), rejects)


def _balanced_groups(payloads: Sequence[Payload], count: int) -> list[list[Payload]]:
    """Contiguous groups of payloads holding about the same number of bytes each."""
    target = max(1, sum(len(p.data) for p in payloads) // count)
    groups: list[list[Payload]] = [[]]
    filled = 0
    for payload in payloads:
        groups[-1].append(payload)
        filled += len(payload.data)
        if filled >= target and len(groups) < count:
            groups.append([])
            filled = 0
    return [group for group in groups if group]
