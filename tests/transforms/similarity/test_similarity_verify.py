"""Exact verification against Python sets: random sets, empty ones, a set paired with itself."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.similarity import Shingles, verify, verify_pairs


@pytest.mark.parametrize(("seed", "chunk"), [(7, 1 << 18), (8, 1 << 18), (9, 7)])
def test_overlap_counts_what_python_sets_count(
    seed: int, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify, "_CHUNK_ELEMENTS", chunk)  # 7: many steps, pairs larger than a step
    rng = np.random.default_rng(seed)
    sizes = rng.integers(0, 40, size=60)
    sizes[:3] = 0  # empty documents pair with anything and share nothing
    values = rng.integers(0, 300, size=int(sizes.sum())).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    shingles = Shingles(values, offsets)
    pairs = rng.integers(0, len(sizes), size=(500, 2)).astype(np.int64)
    pairs = np.concatenate([pairs, [[0, 1], [4, 4], [0, 0], [5, 9], [9, 5]]]).astype(np.int64)
    sets = [set(values[offsets[k] : offsets[k + 1]].tolist()) for k in range(len(sizes))]

    found = verify_pairs(shingles, pairs)

    assert found.intersection.tolist() == [len(sets[a] & sets[b]) for a, b in pairs.tolist()]
    assert found.size_a.tolist() == [len(sets[a]) for a, _ in pairs.tolist()]
    assert found.size_b.tolist() == [len(sets[b]) for _, b in pairs.tolist()]
