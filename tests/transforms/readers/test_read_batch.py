"""Reading a batch of payloads in worker processes gives the same rows as reading it here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from transforms.readers.batch import Payload, read_batch

NIGHT = date(2026, 11, 23)


def _payloads(sample_drop: Path) -> list[Payload]:
    files = sorted(p for p in sample_drop.rglob("*") if p.is_file())
    payloads = [Payload(f.read_bytes(), f"hash-{i}", "sample", str(f)) for i, f in enumerate(files)]
    return [*payloads, Payload(b"\x00\x01binary", "hash-bad", "sample", "bad.bin")]


def test_workers_read_the_same_rows_and_rejects_in_the_same_order(
    sample_drop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    payloads = _payloads(sample_drop)
    here = read_batch(payloads, NIGHT, 1_000_000, workers=1)
    monkeypatch.setattr("transforms.readers.batch.PARALLEL_MIN_BYTES", 0)
    spread = read_batch(payloads, NIGHT, 1_000_000, workers=2)
    assert spread.articles.equals(here.articles)
    assert spread.rejects == here.rejects
    assert len(spread.rejects) == len(payloads) and spread.rejects[-1]  # one list per payload, in order
