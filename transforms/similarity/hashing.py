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
    The length is hashed in, so runs differing only in trailing zeros differ.
    """
    padded = np.concatenate([buffer, np.zeros(8, dtype=np.uint8)])
    chunks = np.ndarray(shape=(len(buffer) + 1,), dtype="<u8", buffer=padded, strides=(1,))
    acc = mix64(lengths.astype(np.uint64) + _GOLDEN)
    live = np.flatnonzero(lengths > 0)
    offset = 0
    while len(live):
        remaining = (lengths[live] - offset).astype(np.uint64)
        shift = np.minimum(remaining, np.uint64(8)) * np.uint64(8)
        mask: U64 = np.where(shift == 64, _ALL_ONES, (np.uint64(1) << (shift & np.uint64(63))) - np.uint64(1))
        window: U64 = chunks[starts[live] + offset]
        acc[live] = combine(acc[live], window & mask)
        offset += 8
        live = live[lengths[live] > offset]
    return acc


def splitmix_stream(seed: int, count: int) -> U64:
    """The first ``count`` outputs of SplitMix64 seeded with ``seed``.

    Why not numpy's Generator: its streams are not promised stable across
    numpy versions, and these numbers define stored signatures.
    """
    steps = np.arange(1, count + 1, dtype=np.uint64) * _GOLDEN
    return mix64(np.uint64(seed % 2**64) + steps)
