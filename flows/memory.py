"""Give back to the system the memory a finished stage freed, before the next stage allocates its own.

A night's stages each build and drop far more than they keep: reading payloads,
GX's pandas frames, story sketches. Python and pyarrow free that memory into their
allocators (glibc's heaps, one per thread that allocated; Arrow's mimalloc pool),
which keep it for reuse rather than return it, and each allocator reuses only its
own: DuckDB's load allocates elsewhere. So every stage's transient peak stayed in
the process's resident memory, stacked under the next stage's: on all of
Reuters-21578 glibc's heaps alone held 30 to 50 MB freed after each stage.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable

import pyarrow as pa


def release_freed_memory() -> None:
    """Return the free memory Arrow's pool and the C library's heaps hold to the system (milliseconds).

    Nothing live is touched: only pages no object uses any more are released.
    """
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on a C library without it (musl, macOS)."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim
