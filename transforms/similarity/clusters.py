"""From texts to story clusters: sketch, propose, verify, join into components.

Three kinds of evidence link two articles, strongest first:

1. the same agency id (NewsML-G2 guid, ninjs uri): the agency says it is the
   same story, whatever the text;
2. the same normalised text: an exact re-send;
3. a verified near duplicate: Jaccard or containment of shingle sets at or
   above the threshold, among LSH candidates.

Links are transitive (a re-send of an update joins the original), so clusters
are the connected components of all links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from transforms.similarity.hashing import U64
from transforms.similarity.lsh import LshParams, candidate_pairs, lsh_params, unique_pairs
from transforms.similarity.minhash import U32, band_hashes, signatures
from transforms.similarity.shingles import (
    SHINGLE_WORDS,
    Shingles,
    fingerprints,
    normalise,
    shingles_of_words,
    word_hashes,
)
from transforms.similarity.verify import verify_pairs

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True)
class SimilarityConfig:
    """Every knob of near-duplicate detection, in one comparable value.

    Signatures and band hashes stored on one night are only comparable with
    those of later nights under the same ``num_perm``, ``seed``,
    ``shingle_words`` and LSH parameters.

    Attributes:
        threshold: Minimum Jaccard, or containment, for two texts to be one story.
        num_perm: MinHash signature length.
        seed: Chooses the MinHash hash functions.
        shingle_words: Words per shingle.
        lsh_threshold: Jaccard at which the banding is tuned. Lower than
            ``threshold`` because an update that adds paragraphs keeps high
            containment while its Jaccard with the first version falls. The
            default 0.5 (the Jaccard of a text inside one twice as long) gives
            25 bands x 5 rows at 128 permutations: pairs at Jaccard 0.8 are
            candidates with probability 0.99995, an update 1.5 times longer
            (Jaccard 0.67) with 0.97, one twice as long with 0.55.
        min_containment_shingles: Containment only counts when the shorter
            text has this many distinct shingles, so a one-line flash or a
            stock sentence does not absorb every story that quotes it.
    """

    threshold: float = 0.8
    num_perm: int = 128
    seed: int = 1
    shingle_words: int = SHINGLE_WORDS
    lsh_threshold: float | None = None
    min_containment_shingles: int = 20

    @cached_property
    def lsh(self) -> LshParams:
        """Bands x rows for :attr:`lsh_threshold`, weighting misses over false candidates."""
        target = self.lsh_threshold if self.lsh_threshold is not None else min(self.threshold, 0.5)
        return lsh_params(target, self.num_perm, false_positive_weight=0.3, false_negative_weight=0.7)


@dataclass(frozen=True, slots=True)
class Sketch:
    """What similarity needs of a batch of texts, computed once.

    Attributes:
        shingles: Shingle hashes per text (for exact verification).
        fingerprints: Exact-duplicate id per text (0 for a text without words).
        signatures: MinHash signatures, ``(n, num_perm)``.
        band_hashes: LSH band hashes, ``(n, bands)``; what the warehouse stores.
    """

    shingles: Shingles
    fingerprints: I64
    signatures: U32
    band_hashes: U64

    def __len__(self) -> int:
        return len(self.fingerprints)


@dataclass(frozen=True, slots=True)
class Clustering:
    """Cluster of every text plus the near-duplicate links that made them.

    Attributes:
        labels: Cluster id per text: the smallest index of a text in its cluster.
        pairs: Accepted near-duplicate pairs ``(i, j)`` (exact and agency-id links excluded).
        jaccard: Exact Jaccard of each accepted pair.
        containment: Exact containment of each accepted pair.
        candidates: Number of candidate pairs verified.
    """

    labels: I64
    pairs: I64
    jaccard: F64
    containment: F64
    candidates: int


def sketch(texts: Sequence[str], config: SimilarityConfig | None = None) -> Sketch:
    """Normalise, shingle, fingerprint, sign and band a batch of texts."""
    config = config or SimilarityConfig()
    words, offsets = word_hashes([normalise(text) for text in texts])
    shingles = shingles_of_words(words, offsets, config.shingle_words)
    sigs = signatures(shingles, config.num_perm, config.seed)
    ids = fingerprints(words, offsets)
    return Sketch(shingles, ids, sigs, band_hashes(sigs, config.lsh.bands, config.lsh.rows))


def concat(first: Sketch, second: Sketch) -> Sketch:
    """One sketch of two batches, rows of ``first`` then ``second``.

    Why: a night is sketched once for its band hashes; the stored stories its
    bands matched are sketched afterwards and appended for verification. When
    nothing is appended (no stored story matched, a first night), ``first`` itself is
    returned: copying the sketch of all of Reuters-21578 (its 2.7 M shingles and
    signatures, some 35 MB) for nothing was part of the settle stage's memory peak.
    """
    if not len(second):
        return first
    values = np.concatenate([first.shingles.values, second.shingles.values])
    shifted = second.shingles.offsets[1:] + first.shingles.offsets[-1]
    offsets = np.concatenate([first.shingles.offsets, shifted])
    return Sketch(
        Shingles(values, offsets),
        np.concatenate([first.fingerprints, second.fingerprints]),
        np.concatenate([first.signatures, second.signatures]),
        np.concatenate([first.band_hashes, second.band_hashes]),
    )


def cluster_texts(
    texts: Sequence[str],
    config: SimilarityConfig | None = None,
    agency_ids: Sequence[str | None] | None = None,
) -> Clustering:
    """Cluster one batch of texts; see :func:`cluster` for the rules."""
    config = config or SimilarityConfig()
    return cluster(sketch(texts, config), config, agency_ids)


def cluster(
    batch: Sketch,
    config: SimilarityConfig | None = None,
    agency_ids: Sequence[str | None] | None = None,
    extra_candidates: I64 | None = None,
) -> Clustering:
    """Cluster a sketched batch.

    Args:
        batch: The texts' :class:`Sketch`.
        config: Threshold and sketch parameters (must be those of ``batch``).
        agency_ids: Agency item ids; equal non-null ids always share a cluster.
        extra_candidates: More pairs to verify, e.g. a new story and a stored one
            whose band hashes matched in the warehouse (both in ``batch``).

    Returns:
        Labels per text and the accepted near-duplicate pairs.
    """
    config = config or SimilarityConfig()
    exact = _same_key_links(batch.fingerprints, skip=0)
    by_agency = _agency_links(agency_ids) if agency_ids is not None else np.zeros((0, 2), np.int64)
    proposed = _representative_candidates(batch)
    if extra_candidates is not None and len(extra_candidates):
        extra = np.sort(np.asarray(extra_candidates, dtype=np.int64), axis=1)
        proposed = unique_pairs(np.concatenate([proposed, extra]), len(batch))
    found = verify_pairs(batch.shingles, proposed)
    big_enough = np.minimum(found.size_a, found.size_b) >= config.min_containment_shingles
    accept = (found.jaccard >= config.threshold) | ((found.containment >= config.threshold) & big_enough)
    links = np.concatenate([exact, by_agency, proposed[accept]])
    return Clustering(
        labels=connected_components(len(batch), links),
        pairs=proposed[accept],
        jaccard=found.jaccard[accept],
        containment=found.containment[accept],
        candidates=len(proposed),
    )


def connected_components(n: int, links: I64) -> I64:
    """Component label (smallest member index) of each of ``n`` nodes.

    A vectorised union-find: every round hooks the larger root of each link
    under the smaller, then compresses paths by pointer jumping until every
    node points at its root. Rounds are few (logarithmic in practice), each a
    handful of numpy calls over all links.
    """
    parent = np.arange(n, dtype=np.int64)
    a, b = links[:, 0], links[:, 1]
    while True:
        root_a, root_b = parent[a], parent[b]
        differ = root_a != root_b
        if not differ.any():
            return parent
        low, high = np.minimum(root_a, root_b), np.maximum(root_a, root_b)
        np.minimum.at(parent, high[differ], low[differ])
        parent = _compress(parent)


def _compress(parent: I64) -> I64:
    """Point every node straight at its root."""
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return parent
        parent = grand


def _representative_candidates(batch: Sketch) -> I64:
    """LSH candidates among one text per exact-duplicate group, mapped back to batch rows.

    Why: a text re-sent 20 times would otherwise put 190 identical pairs in
    every band bucket; its copies join through the exact link instead.
    """
    keys = np.where(batch.fingerprints == 0, -1 - np.arange(len(batch)), batch.fingerprints)
    _, first = np.unique(keys, return_index=True)
    first = np.sort(first)
    local = candidate_pairs(batch.band_hashes[first])
    return np.asarray(first[local], dtype=np.int64).reshape(-1, 2)


def _same_key_links(keys: I64, skip: int) -> I64:
    """Links from each row to the first row with the same key (``skip`` never links)."""
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    head = first[inverse]
    rows = np.flatnonzero((head != np.arange(len(keys))) & (keys != skip))
    return np.stack([head[rows], rows], axis=1).astype(np.int64)


def _agency_links(agency_ids: Sequence[str | None]) -> I64:
    """Links between rows carrying the same non-null agency id."""
    codes: dict[str, int] = {}
    keys = np.array(
        [-1 - i if aid is None else codes.setdefault(aid, len(codes)) for i, aid in enumerate(agency_ids)],
        dtype=np.int64,
    )
    return _same_key_links(keys, skip=-(10**18))
