"""Normalisation, shingles and the stability of their hashes."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from transforms.similarity import fingerprints, normalise, shingle_hashes, tokens, word_hashes


def test_tokens_lowercase_and_drop_punctuation() -> None:
    assert tokens("Kobani: IS holds 70% — “for now”.") == ["kobani", "is", "holds", "70", "for", "now"]


def test_non_ascii_text_is_nfkc_folded() -> None:
    assert tokens("Ｋｏｂａｎｉ ２０１４, Zürich") == ["kobani", "2014", "zürich"]


def test_layout_and_punctuation_do_not_change_the_fingerprint() -> None:
    texts = ["Rebels, he said, took the town.", "REBELS he said\n\ntook the town", "Rebels took the town."]
    ids = fingerprints(*word_hashes([normalise(t) for t in texts]))
    assert ids[0] == ids[1] != ids[2]


def test_empty_text_has_no_shingles_and_fingerprint_zero() -> None:
    normalised = [normalise(t) for t in ["", "...", "one two"]]
    shingles = shingle_hashes(normalised, k=4)
    assert shingles.sizes().tolist() == [0, 0, 1]
    assert fingerprints(*word_hashes(normalised)).tolist()[:2] == [0, 0]


def test_shingle_count_is_words_minus_k_plus_one() -> None:
    shingles = shingle_hashes([normalise("a b c d e f")], k=4)
    assert shingles.sizes().tolist() == [3]


def test_same_shingle_in_different_texts_has_the_same_hash() -> None:
    shingles = shingle_hashes([normalise("x one two three four"), normalise("one two three four y")], k=4)
    first, second = shingles.values[:2], shingles.values[2:]
    assert first[1] == second[0]
    assert len(set(shingles.values.tolist())) == 3


def test_hashes_are_fixed_constants_not_per_process() -> None:
    """Stored band hashes must match tomorrow's, so hashes may never depend on the process."""
    code = (
        "from transforms.similarity import normalise, shingle_hashes;"
        "print(shingle_hashes([normalise('the town of Kobani said')]).values.tolist())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            cwd=".",
        ).stdout
        for seed in ("1", "2")
    }
    here = shingle_hashes([normalise("the town of Kobani said")]).values.tolist()
    assert runs == {f"{here}\n"}
    assert here == GOLDEN


GOLDEN = [7455375904003437649, 10683743121340473391]
"""Shingle hashes of 'the town of Kobani said', frozen on first release."""


def test_long_words_hash_by_all_their_bytes() -> None:
    words, _ = word_hashes([normalise("internationalisation internationalisatiom")])
    assert words[0] != words[1]
    assert np.unique(words).size == 2
