"""Exact verification of candidate pairs: Jaccard and containment of shingle sets.

MinHash only estimates similarity, and LSH candidates include pairs well below
the threshold. Counting the true set overlap for the few candidates is cheap
and removes both errors. Containment (the share of the smaller set found in
the larger) is what recognises a story and its longer update, whose Jaccard
drops as paragraphs are added although nothing of the first version was lost.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from transforms.similarity.shingles import Shingles

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

_CHUNK_ELEMENTS = 1 << 22
"""Set elements gathered per step when counting overlaps (bounds memory)."""


@dataclass(frozen=True, slots=True)
class Overlap:
    """Set sizes and overlap of each pair, with the two similarity measures.

    Attributes:
        intersection: Shared distinct shingles.
        size_a: Distinct shingles of the first document.
        size_b: Distinct shingles of the second document.
    """

    intersection: I64
    size_a: I64
    size_b: I64

    @property
    def jaccard(self) -> F64:
        """|A ∩ B| / |A ∪ B| (0 when both are empty)."""
        union = self.size_a + self.size_b - self.intersection
        return np.asarray(self.intersection / np.maximum(union, 1), dtype=np.float64)

    @property
    def containment(self) -> F64:
        """|A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one holds."""
        smaller = np.minimum(self.size_a, self.size_b)
        return np.asarray(self.intersection / np.maximum(smaller, 1), dtype=np.float64)


def distinct_sets(shingles: Shingles) -> Shingles:
    """Each document's shingles as a sorted set (repeats removed)."""
    doc = np.repeat(np.arange(len(shingles), dtype=np.int64), shingles.sizes())
    order = np.lexsort((shingles.values, doc))
    values, doc = shingles.values[order], doc[order]
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = (values[1:] != values[:-1]) | (doc[1:] != doc[:-1])
    sizes = np.bincount(doc[keep], minlength=len(shingles)).astype(np.int64)
    offsets = np.zeros(len(shingles) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    return Shingles(values[keep], offsets)


def overlap(sets: Shingles, pairs: I64) -> Overlap:
    """Exact overlap of ``sets`` (from :func:`distinct_sets`) for each pair of rows.

    Only shingles found in two sets or more can be shared, and in news text most
    are not: the others are set aside first. The rest are renumbered densely, so
    ``row * vocabulary + id`` fits one int64 and, the sets being sorted, is sorted
    over all rows. Each shingle of the member of a pair with fewer of them is then
    looked up in the other member's keys: the matches are the shared shingles.
    """
    sizes = sets.sizes()
    size_a, size_b = sizes[pairs[:, 0]], sizes[pairs[:, 1]]
    vocabulary, dense, seen = np.unique(sets.values, return_inverse=True, return_counts=True)
    dense = dense.reshape(-1)
    common = seen[dense] > 1
    row = np.repeat(np.arange(len(sets), dtype=np.int64), sizes)[common]
    dense = dense[common].astype(np.int64)
    common_sizes = np.bincount(row, minlength=len(sets)).astype(np.int64)
    offsets = np.zeros(len(sets) + 1, dtype=np.int64)
    np.cumsum(common_sizes, out=offsets[1:])
    width = np.int64(max(len(vocabulary), 1))
    keys = row * width + dense
    count_a, count_b = common_sizes[pairs[:, 0]], common_sizes[pairs[:, 1]]
    smaller_first = count_a <= count_b
    smaller = np.where(smaller_first, pairs[:, 0], pairs[:, 1])
    larger = np.where(smaller_first, pairs[:, 1], pairs[:, 0])
    shared = np.zeros(len(pairs), dtype=np.int64)
    for first, last in _pair_chunks(np.minimum(count_a, count_b)):
        shared[first:last] = _shared_counts(
            offsets, dense, keys, smaller[first:last], larger[first:last] * width
        )
    itself = pairs[:, 0] == pairs[:, 1]
    shared[itself] = size_a[itself]  # a set shares all of itself, shingles seen once included
    return Overlap(shared, size_a, size_b)


def _shared_counts(offsets: I64, dense: I64, keys: I64, smaller: I64, larger_base: I64) -> I64:
    """Intersection sizes for one chunk of pairs: shingles of ``smaller`` among the larger member's keys.

    ``larger_base`` is the larger member's row times the vocabulary size.
    """
    starts, counts = offsets[smaller], offsets[smaller + 1] - offsets[smaller]
    owner = np.repeat(np.arange(len(smaller), dtype=np.int64), counts)
    first_index = np.repeat(np.cumsum(counts) - counts, counts)
    position = np.repeat(starts, counts) + (np.arange(int(counts.sum())) - first_index)
    wanted = larger_base[owner] + dense[position]
    found = np.searchsorted(keys, wanted)
    hit = keys[np.minimum(found, len(keys) - 1)] == wanted
    return np.bincount(owner[hit], minlength=len(smaller)).astype(np.int64)


def _pair_chunks(elements_per_pair: I64) -> list[tuple[int, int]]:
    """Ranges of pairs whose gathered elements stay under the chunk budget."""
    if len(elements_per_pair) == 0:
        return []
    running = np.cumsum(elements_per_pair)
    marks = np.arange(_CHUNK_ELEMENTS, int(running[-1]), _CHUNK_ELEMENTS)
    cuts = np.searchsorted(running, marks, side="right")
    bounds = np.unique(np.concatenate([[0], cuts, [len(elements_per_pair)]]))
    return [(int(f), int(t)) for f, t in itertools.pairwise(bounds) if t > f]


def verify_pairs(shingles: Shingles, pairs: I64) -> Overlap:
    """Exact overlap for candidate pairs, building sets only for the documents involved.

    Why restrict: in a night of thousands of stories only a few hundred are in
    any candidate pair, and de-duplicating shingles is the expensive step.
    """
    involved, local = np.unique(pairs, return_inverse=True)
    return overlap(distinct_sets(select(shingles, involved)), local.reshape(pairs.shape).astype(np.int64))


def select(shingles: Shingles, docs: I64) -> Shingles:
    """The shingles of the given documents, in that order."""
    starts, counts = shingles.offsets[docs], np.diff(shingles.offsets)[docs]
    offsets = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    position = np.repeat(starts - offsets[:-1], counts) + np.arange(int(offsets[-1]))
    return Shingles(shingles.values[position], offsets)
