"""Normalised word tokens and k-word shingles, hashed to stable 64-bit ids.

A shingle is a run of ``k`` consecutive words. Comparing sets of shingles rather
than sets of words is what makes word order count: two stories about the same
event share most words but few 4-word runs unless one was copied from the other.

Why ``k = 4`` by default: wire stories are short (Reuters-21578 has a median of
about 90 words), and each changed word removes ``k`` shingles. With 5 a fixed
figure in a 60-word brief already costs 8 % of the Jaccard; with 3, stock
phrases ("said in a", "the company said") start to make unrelated stories
overlap.

Normalisation is NFKC, lowercase, and every run of non-word characters (``\\W``)
becomes one separator, so punctuation, layout and re-encodings by portals do
not matter. Texts are turned into UTF-8 bytes once and tokenised and hashed
with numpy over the whole batch; Python touches each text, never each word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from transforms.similarity.hashing import POLY, U64, hash_byte_runs, mix64, run_steps, sequence_hashes

SHINGLE_WORDS = 4
"""Default shingle length in words (see the module docstring for why)."""

I64 = npt.NDArray[np.int64]
_SPACE = 32
_NON_WORD = re.compile(r"\W+")
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c == 95 or c >= 128) else _SPACE
    for c in range(256)
)
"""Byte table: ASCII letters lowercased, ASCII non-word bytes to a space, other bytes kept."""


@dataclass(frozen=True, slots=True)
class Shingles:
    """Shingle hashes of many documents in one flat array (CSR layout).

    Why flat: every later step (MinHash, set building, verification) is a numpy
    operation over all documents at once; ``offsets`` says where each one is.

    Attributes:
        values: Shingle hashes of document ``i`` are ``values[offsets[i]:offsets[i + 1]]``,
            in text order, repeats included.
        offsets: ``n + 1`` increasing positions into ``values``.
    """

    values: U64
    offsets: I64

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def sizes(self) -> I64:
        """Number of shingles (with repeats) of each document."""
        return np.diff(self.offsets)


def normalise(text: str) -> bytes:
    """UTF-8 bytes of the text with words lowercased and anything else a space.

    ASCII texts (most wire copy) take a single ``bytes.translate``; others go
    through NFKC, which folds full-width digits, ligatures and non-breaking
    spaces, and Unicode ``\\W``. Both paths give the same bytes on ASCII input.
    """
    if not text.isascii():
        text = _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower())
    return text.encode("utf-8").translate(_ASCII_FOLD)


def tokens(text: str) -> list[str]:
    """The normalised words of a text (for inspection and tests)."""
    return [word.decode("utf-8") for word in normalise(text).split()]


def fingerprints(words: U64, offsets: I64) -> I64:
    """Stable 63-bit id of each text's word sequence; equal ids mean an exact duplicate.

    Hashes each text's sequence of word hashes (from :func:`word_hashes`).
    Returns 0 for a text without words, so that empty bodies are never counted
    as duplicates of each other.
    """
    sizes = np.diff(offsets)
    ids = sequence_hashes(words, offsets) >> np.uint64(1)
    ids[ids == 0] = 1
    ids[sizes == 0] = 0
    return ids.astype(np.int64)


def shingle_hashes(normalised: Sequence[bytes], k: int = SHINGLE_WORDS) -> Shingles:
    """The k-word shingles of normalised texts (see :func:`normalise`)."""
    return shingles_of_words(*word_hashes(normalised), k)


def shingles_of_words(words: U64, token_offsets: I64, k: int = SHINGLE_WORDS) -> Shingles:
    """The k-word shingles of texts given as word hashes (see :func:`word_hashes`).

    A text shorter than ``k`` words gets a single shingle of all its words, so
    a one-line flash still has a set to compare; an empty one gets none. Texts
    are taken some :data:`_CHUNK_WORDS` words at a time (a text's shingles are
    its own words'), so each step's temporaries reuse the last step's memory.
    """
    if len(token_offsets) <= 1:
        return _shingles(words, token_offsets, k)
    values, sizes = [], []
    for first, last in run_steps(token_offsets, _CHUNK_WORDS):
        low, high = token_offsets[first], token_offsets[last]
        part = _shingles(words[low:high], token_offsets[first : last + 1] - low, k)
        values.append(part.values)
        sizes.append(np.diff(part.offsets))
    return Shingles(np.concatenate(values), offsets_of(np.concatenate(sizes).astype(np.int64)))


_CHUNK_WORDS = 1 << 16
"""Words shingled per step (Reuters, 2.7 M words: see :func:`shingles_of_words`)."""


def _shingles(words: U64, token_offsets: I64, k: int) -> Shingles:
    """:func:`shingles_of_words` of one step."""
    counts = np.diff(token_offsets)
    windows = _window_hashes(words, k)
    doc_of = np.repeat(np.arange(len(counts)), counts)
    position = np.arange(len(words)) - token_offsets[:-1][doc_of]
    short = counts < k
    keep = (position <= counts[doc_of] - k) | ((position == 0) & short[doc_of])
    chosen = windows[k - 1].copy()
    short_docs = np.flatnonzero(short & (counts > 0))
    short_starts = token_offsets[short_docs]
    chosen[short_starts] = windows[counts[short_docs] - 1, short_starts]
    sizes = np.bincount(doc_of[keep], minlength=len(counts)).astype(np.int64)
    return Shingles(mix64(chosen[keep]), offsets_of(sizes))


def word_hashes(normalised: Sequence[bytes]) -> tuple[U64, I64]:
    """Hash of every word of every text, and where each text's words start.

    The texts are joined with a space so no word spans two texts; word
    boundaries are where a space byte meets a non-space one. Texts are taken
    about :data:`_CHUNK_BYTES` at a time (a word is in one text), so each step's
    temporaries reuse the last step's memory.
    """
    hashes, sizes = [], []
    first, size = 0, 0
    for last, text in enumerate(normalised, 1):
        size += len(text) + 1
        if size >= _CHUNK_BYTES or last == len(normalised):
            words, per_text = _word_hashes(normalised[first:last])
            hashes.append(words)
            sizes.append(per_text)
            first, size = last, 0
    if not hashes:
        words, per_text = _word_hashes(normalised)
        return words, offsets_of(per_text)
    return np.concatenate(hashes), offsets_of(np.concatenate(sizes))


_CHUNK_BYTES = 1 << 20
"""Bytes of text split into words per step (Reuters, 15 MB: 0.43 CPU-s in one step in a
fresh process)."""


def _word_hashes(normalised: Sequence[bytes]) -> tuple[U64, I64]:
    """:func:`word_hashes` of one step: the hashes, and the words of each text."""
    buffer = np.frombuffer(b" " + b" ".join(normalised) + b" ", dtype=np.uint8)
    text_starts = np.cumsum([1] + [len(text) + 1 for text in normalised[:-1]], dtype=np.int64)
    is_word = buffer != _SPACE
    edges = np.flatnonzero(is_word[1:] != is_word[:-1])
    starts, ends = edges[0::2] + 1, edges[1::2] + 1
    text_of_word = np.searchsorted(text_starts[1:], starts, side="right")
    per_text = np.bincount(text_of_word, minlength=len(normalised))
    return hash_byte_runs(buffer, starts, ends - starts), per_text.astype(np.int64)


def offsets_of(sizes: I64) -> I64:
    """CSR offsets (length ``n + 1``) from per-document sizes."""
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    return offsets


def _window_hashes(values: U64, k: int) -> U64:
    """``result[m, j]`` folds the ``m + 1`` words starting at flat position ``j`` (unmixed).

    Windows may run past a document's end; callers only read the ones that
    fit, and mix only those (:func:`mix64` is the costly step).
    """
    padded = np.concatenate([values, np.zeros(k, dtype=np.uint64)])
    result = np.empty((k, len(values)), dtype=np.uint64)
    acc = np.uint64(k * int(POLY) % 2**64) + values
    result[0] = acc
    for m in range(1, k):
        acc = acc * POLY + padded[m : m + len(values)]
        result[m] = acc
    return result
