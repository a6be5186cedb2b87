"""Clusters of the fixture stories: re-sends and updates join, other stories stay apart."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.similarity import (
    SimilarityConfig,
    cluster_texts,
    connected_components,
    normalise,
    shingle_hashes,
    verify_pairs,
)


def test_resend_and_update_join_the_story_and_other_story_stays_apart(stories: list[str]) -> None:
    result = cluster_texts(stories)
    assert result.labels.tolist() == [0, 0, 0, 3]


def test_update_joins_by_containment_not_jaccard(stories: list[str]) -> None:
    found = verify_pairs(shingle_hashes([normalise(t) for t in stories]), np.array([[0, 2], [0, 3]]))
    assert found.jaccard[0] < 0.8 <= found.containment[0]
    assert found.containment[1] < 0.2


def test_resend_and_update_join_each_other_through_the_story(stories: list[str]) -> None:
    """Resend and update share less than the threshold directly; the story links them."""
    result = cluster_texts(stories[1:3] + stories[:1])
    assert result.labels.tolist() == [0, 0, 0]
    assert result.pairs.tolist() == [[0, 2], [1, 2]]


def test_exact_duplicates_always_cluster_even_at_threshold_one(stories: list[str]) -> None:
    texts = [stories[0], stories[3], stories[0].upper().replace("\n\n", " ")]
    result = cluster_texts(texts, SimilarityConfig(threshold=1.01))
    assert result.labels.tolist() == [0, 1, 0]
    assert len(result.pairs) == 0


def test_a_threshold_above_every_pair_keeps_all_apart(stories: list[str]) -> None:
    result = cluster_texts(stories, SimilarityConfig(threshold=0.99))
    assert result.labels.tolist() == [0, 1, 2, 3]


def test_same_agency_id_joins_whatever_the_text(stories: list[str]) -> None:
    correction = "CORRECTION: the monitoring group is based in Britain, not Syria."
    result = cluster_texts([stories[0], stories[3], correction], agency_ids=["urn:a:1", None, "urn:a:1"])
    assert result.labels.tolist() == [0, 1, 0]


def test_empty_bodies_never_cluster() -> None:
    assert cluster_texts(["", "", "  "]).labels.tolist() == [0, 1, 2]


def test_accepted_pairs_carry_their_exact_scores(stories: list[str]) -> None:
    result = cluster_texts(stories)
    assert result.pairs.tolist() == [[0, 1], [0, 2]]
    assert result.jaccard.round(2).tolist() == [0.76, 0.68]
    assert result.containment.round(2).tolist() == [0.95, 0.95]


@pytest.mark.parametrize(
    ("links", "labels"),
    [
        ([[3, 4], [1, 2], [2, 3]], [0, 1, 1, 1, 1, 5]),
        ([[4, 5], [0, 5]], [0, 1, 2, 3, 0, 0]),
        ([], [0, 1, 2, 3, 4, 5]),
    ],
)
def test_connected_components_label_by_smallest_member(links: list[list[int]], labels: list[int]) -> None:
    assert connected_components(6, np.array(links, dtype=np.int64).reshape(-1, 2)).tolist() == labels
