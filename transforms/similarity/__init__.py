"""Near-duplicate detection for wire stories: MinHash over word shingles, LSH, exact verification.

Wire stories come back as re-sends, portal copies with their own boilerplate,
corrections and longer updates. This package decides which texts are one
story. Everything is pure and vectorised (numpy): texts in, arrays out, no I/O.

Within one batch::

    result = cluster_texts(bodies, SimilarityConfig(threshold=0.8), agency_ids)
    result.labels  # cluster id per body

Across nights, only band hashes are kept (see :mod:`warehouse.band_index`)::

    night = sketch(bodies, config)
    bands = band_table(article_ids, night.band_hashes, night_date)   # warehouse.band_index
    matches = candidates_from_history(con, bands)       # stored articles sharing a band
    stored = sketch(bodies_of(matches.candidate_id), config)
    result = cluster(concat(night, stored), config, agency_ids,
                     extra_candidates=matched_row_pairs)  # (night row, len(night) + stored row)
    # the loader stores the night's bands: warehouse.stories.replace_story_rows

All hashes are defined from fixed constants, so signatures and band hashes are
stable across processes, machines and nights for the same configuration.
"""

from transforms.similarity.clusters import (
    Clustering,
    SimilarityConfig,
    Sketch,
    cluster,
    cluster_texts,
    concat,
    connected_components,
    sketch,
)
from transforms.similarity.lsh import LshParams, candidate_pairs, collision_probability, lsh_params
from transforms.similarity.minhash import band_hashes, minhash_signatures, signatures
from transforms.similarity.shingles import (
    SHINGLE_WORDS,
    Shingles,
    fingerprints,
    normalise,
    shingle_hashes,
    tokens,
    word_hashes,
)
from transforms.similarity.verify import Overlap, verify_pairs

__all__ = [
    "SHINGLE_WORDS",
    "Clustering",
    "LshParams",
    "Overlap",
    "Shingles",
    "SimilarityConfig",
    "Sketch",
    "band_hashes",
    "candidate_pairs",
    "cluster",
    "cluster_texts",
    "collision_probability",
    "concat",
    "connected_components",
    "fingerprints",
    "lsh_params",
    "minhash_signatures",
    "normalise",
    "shingle_hashes",
    "signatures",
    "sketch",
    "tokens",
    "verify_pairs",
    "word_hashes",
]
