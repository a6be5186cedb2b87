"""Stable 64-bit hashing primitives, vectorised over numpy arrays.

Signatures and band hashes are stored in the warehouse and compared with the
ones computed on later nights, by other processes and other Python versions.
Python's ``hash()`` is salted per process and numpy's random streams may change
between releases, so everything here is defined from fixed constants only:
little-endian 8-byte chunks folded with the SplitMix64 finaliser.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_ALL_ONES = np.uint64(0xFFFFFFFFFFFFFFFF)
POLY = np.uint64(0xC2B2AE3D27D4EB4F)
"""Odd multiplier of the polynomial folds; odd, so invertible modulo 2**64."""
POLY_INVERSE = np.uint64(pow(int(POLY), -1, 2**64))


def mix64(values: U64) -> U64:
    """Scramble 64-bit values with the SplitMix64 finaliser (a bijection).

    Why: combining hashes by multiply-add alone leaves low bits poorly mixed;
    the finaliser spreads every input bit over the whole word.
    """
    z = values ^ (values >> np.uint64(30))
    z = z * _MIX_1
    z ^= z >> np.uint64(27)
    z *= _MIX_2
    z ^= z >> np.uint64(31)
    return z


def combine(acc: U64, values: U64) -> U64:
    """Fold ``values`` into the running hash ``acc`` (order matters)."""
    return mix64(acc * _GOLDEN + values)


def hash_byte_runs(buffer: npt.NDArray[np.uint8], starts: I64, lengths: I64) -> U64:
    """Stable 64-bit hash of each run ``buffer[start:start + length]``.

    Why this shape: all words of a batch live in one byte buffer, so hashing
    reads the runs eight bytes at a time (little-endian, bytes past the run's
    end masked to zero) through an unaligned strided view, one numpy step per
    8-byte chunk position. Each step only touches the runs still that long, so
    the work is proportional to the bytes, not runs times the longest run.
    Chunks are folded as a polynomial in :data:`POLY` and mixed once at the
    end; the length seeds it, so runs differing only in trailing zeros differ.
    """
    padded = np.concatenate([buffer, np.zeros(8, dtype=np.uint8)])
    chunks = np.ndarray(shape=(len(buffer) + 1,), dtype="<u8", buffer=padded, strides=(1,))
    hashes = np.empty(len(starts), dtype=np.uint64)
    for first in range(0, len(starts), _CHUNK_RUNS):
        last = first + _CHUNK_RUNS
        hashes[first:last] = _hash_runs(chunks, starts[first:last], lengths[first:last])
    return hashes


_CHUNK_RUNS = 1 << 16
"""Runs hashed per step: the step's temporaries (a few 512 KB arrays) are reused from one
step to the next instead of fresh pages for the whole batch (on Reuters, 2.7 M words:
0.67 CPU-s in a fresh process, 0.15 when the memory was already mapped; chunked, ~0.15 both)."""


def _hash_runs(chunks: U64, starts: I64, lengths: I64) -> U64:
    """:func:`hash_byte_runs` of some runs, given the buffer's 8-byte view."""
    acc = mix64(lengths.astype(np.uint64) + _GOLDEN)
    live = np.flatnonzero(lengths > 0)
    offset = 0
    while len(live):
        remaining = (lengths[live] - offset).astype(np.uint64)
        shift = np.minimum(remaining, np.uint64(8)) * np.uint64(8)
        mask: U64 = np.where(shift == 64, _ALL_ONES, (np.uint64(1) << (shift & np.uint64(63))) - np.uint64(1))
        window: U64 = chunks[starts[live] + offset]
        acc[live] = acc[live] * POLY + (window & mask)
        offset += 8
        live = live[lengths[live] > offset]
    return mix64(acc)


def sequence_hashes(values: U64, offsets: I64) -> U64:
    """Stable hash of each run ``values[offsets[i]:offsets[i + 1]]`` of 64-bit values.

    The polynomial ``sum(v[j] * POLY**(j - start))`` of every run comes from one
    prefix sum over all values, rescaled by the inverse power of the run's
    start, so a whole batch costs a few passes whatever the run lengths. Runs
    are taken some :data:`_CHUNK_RUNS` values at a time (each run's hash is its
    own values'), so each step's temporaries reuse the last step's memory.
    """
    if len(offsets) <= 1:
        return _sequence_hashes(values, offsets)
    parts = []
    for first, last in run_steps(offsets, _CHUNK_RUNS):
        low, high = offsets[first], offsets[last]
        parts.append(_sequence_hashes(values[low:high], offsets[first : last + 1] - low))
    return np.concatenate(parts)


def run_steps(offsets: I64, step: int) -> list[tuple[int, int]]:
    """Runs ``first..last`` (exclusive) of CSR ``offsets``, cut where about ``step`` values have passed.

    A run is never split: each step holds whole runs, so work whose result per run depends
    only on that run's values can go step by step and reuse one step's memory for the next.
    """
    marks = np.arange(0, int(offsets[-1]), step)
    cuts = np.unique(np.concatenate([[0], np.searchsorted(offsets, marks), [len(offsets) - 1]]))
    return list(zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True))


def _sequence_hashes(values: U64, offsets: I64) -> U64:
    """:func:`sequence_hashes` of one step."""
    count = len(values)
    powers = np.cumprod(np.concatenate([[np.uint64(1)], np.full(count, POLY, dtype=np.uint64)]))
    inverse = np.cumprod(np.concatenate([[np.uint64(1)], np.full(count, POLY_INVERSE, dtype=np.uint64)]))
    prefix = np.concatenate([[np.uint64(0)], np.cumsum(values * powers[:count], dtype=np.uint64)])
    starts, sizes = offsets[:-1], np.diff(offsets).astype(np.uint64)
    return mix64((prefix[offsets[1:]] - prefix[starts]) * inverse[starts] + mix64(sizes + _GOLDEN))


def splitmix_stream(seed: int, count: int) -> U64:
    """The first ``count`` outputs of SplitMix64 seeded with ``seed``.

    Why not numpy's Generator: its streams are not promised stable across
    numpy versions, and these numbers define stored signatures.
    """
    steps = np.arange(1, count + 1, dtype=np.uint64) * _GOLDEN
    return mix64(np.uint64(seed % 2**64) + steps)
