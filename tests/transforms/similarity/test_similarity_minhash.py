"""MinHash signatures, band hashes and LSH parameters."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.similarity import (
    LshParams,
    SimilarityConfig,
    band_hashes,
    candidate_pairs,
    collision_probability,
    lsh_params,
    minhash_signatures,
    normalise,
    shingle_hashes,
    verify_pairs,
)


def test_identical_texts_have_identical_signatures(stories: list[str]) -> None:
    sigs = minhash_signatures([stories[0], stories[0], stories[3]], num_perm=64)
    assert sigs.shape == (3, 64)
    assert sigs.dtype == np.uint32
    assert (sigs[0] == sigs[1]).all()
    assert not (sigs[0] == sigs[2]).all()


def test_signature_agreement_estimates_jaccard(stories: list[str]) -> None:
    sigs = minhash_signatures(stories, num_perm=512)
    exact = verify_pairs(shingle_hashes([normalise(t) for t in stories]), np.array([[0, 2], [0, 3]]))
    estimate = (sigs[[0, 0]] == sigs[[2, 3]]).mean(axis=1)
    assert estimate == pytest.approx(exact.jaccard, abs=0.08)


def test_seed_changes_signatures(stories: list[str]) -> None:
    assert not (minhash_signatures(stories[:1], seed=1) == minhash_signatures(stories[:1], seed=2)).all()


def test_band_hashes_are_per_band_and_zero_for_empty_text(stories: list[str]) -> None:
    sigs = minhash_signatures([stories[0], stories[0], ""], num_perm=128)
    hashes = band_hashes(sigs, bands=25, rows=5)
    assert hashes.shape == (3, 25)
    assert (hashes[0] == hashes[1]).all()
    assert len(set(hashes[0].tolist())) == 25
    assert (hashes[2] == 0).all()


def test_band_hashes_refuse_more_rows_than_the_signature_has() -> None:
    with pytest.raises(ValueError, match="exceeds"):
        band_hashes(np.zeros((1, 16), dtype=np.uint32), bands=5, rows=4)


def test_lsh_params_with_equal_weights_match_datasketch_choice() -> None:
    assert lsh_params(0.8, 128) == LshParams(bands=9, rows=13)


def test_default_config_bands_catch_updates_well_below_threshold() -> None:
    params = SimilarityConfig().lsh
    assert params == LshParams(bands=25, rows=5)
    assert collision_probability(0.8, params) > 0.9999
    assert collision_probability(2 / 3, params) > 0.95
    assert collision_probability(0.2, params) < 0.01


def test_candidate_pairs_come_from_any_shared_band() -> None:
    hashes = np.array([[1, 2], [1, 3], [4, 3], [5, 6], [0, 0], [0, 0]], dtype=np.uint64)
    assert candidate_pairs(hashes).tolist() == [[0, 1], [1, 2]]


def test_collision_probability_of_a_single_band_row() -> None:
    assert collision_probability(0.5, LshParams(1, 1)) == pytest.approx(0.5)
