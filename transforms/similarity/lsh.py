"""LSH banding: choosing bands x rows, and candidate pairs from shared band hashes.

Two documents become a candidate pair when they agree on every row of at least
one band, which happens with probability ``1 - (1 - J**rows)**bands``. Candidates
are only proposals: :mod:`transforms.similarity.verify` keeps the real ones.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from transforms.similarity.hashing import U64

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class LshParams:
    """How a signature is cut into bands: ``bands * rows <= num_perm``."""

    bands: int
    rows: int


def collision_probability(jaccard: F64 | float, params: LshParams) -> F64:
    """Probability that two documents with this Jaccard share at least one band."""
    j = np.asarray(jaccard, dtype=np.float64)
    return np.asarray(1.0 - (1.0 - j**params.rows) ** params.bands, dtype=np.float64)


def lsh_params(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> LshParams:
    """The bands x rows that best separate pairs below and above ``threshold``.

    Same criterion as datasketch's ``_optimal_param``: minimise the weighted sum
    of the area under the collision curve below the threshold (wasted
    verifications) and above the curve beyond it (missed pairs). Weighting
    misses more than false candidates is the right trade here, because every
    candidate is verified exactly and verification is cheap.
    """
    grid = np.linspace(0.0, 1.0, 1001)
    below, above = grid <= threshold, grid >= threshold
    best: tuple[float, LshParams] | None = None
    for rows in range(1, num_perm + 1):
        for bands in range(1, num_perm // rows + 1):
            params = LshParams(bands, rows)
            curve = collision_probability(grid, params)
            cost = false_positive_weight * np.trapezoid(curve[below], grid[below])
            cost += false_negative_weight * np.trapezoid(1.0 - curve[above], grid[above])
            if best is None or cost < best[0]:
                best = (float(cost), params)
    assert best is not None
    return best[1]


def candidate_pairs(hashes: U64) -> I64:
    """Pairs ``(i, j)``, ``i < j``, of rows of ``hashes`` that share any band hash.

    Hash 0 marks an empty document and never pairs. Returns unique pairs,
    sorted, shape ``(m, 2)``.
    """
    n, bands = hashes.shape
    flat = hashes.ravel()
    doc = np.repeat(np.arange(n, dtype=np.int64), bands)
    live = flat != 0
    flat, doc = flat[live], doc[live]
    order = np.argsort(flat, kind="stable")
    flat, doc = flat[order], doc[order]
    left, right = _pairs_within_runs(flat)
    a, b = doc[left], doc[right]
    pairs = np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
    return unique_pairs(pairs[pairs[:, 0] != pairs[:, 1]], n)


def unique_pairs(pairs: I64, n: int) -> I64:
    """Distinct rows of a ``(m, 2)`` pair array with ``i < j``, sorted."""
    if len(pairs) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(pairs[:, 0] * np.int64(n) + pairs[:, 1])
    return np.stack([codes // n, codes % n], axis=1)


def _pairs_within_runs(sorted_keys: U64) -> tuple[I64, I64]:
    """Positions of every pair of equal neighbours-in-run in a sorted array."""
    if len(sorted_keys) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    boundary = np.concatenate([[True], sorted_keys[1:] != sorted_keys[:-1]])
    run_start = np.maximum.accumulate(np.where(boundary, np.arange(len(sorted_keys)), 0))
    run_id = np.cumsum(boundary) - 1
    run_size = np.bincount(run_id)[run_id]
    later = run_start + run_size - 1 - np.arange(len(sorted_keys))
    left = np.repeat(np.arange(len(sorted_keys), dtype=np.int64), later)
    first_of_left = np.repeat(np.cumsum(later) - later, later)
    right = left + 1 + (np.arange(len(left), dtype=np.int64) - first_of_left)
    return left, right
