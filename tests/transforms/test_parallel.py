"""A large night's slices run on this process and spawned ones, and come back in order."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from transforms.parallel import kept_processes, map_in_order, release_kept_processes

REPO = Path(__file__).resolve().parents[2]


def _square_where(x: int) -> tuple[int, int]:
    """The square of ``x`` and the process that computed it."""
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * x, os.getpid()


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_back_in_the_order_of_the_items(workers: int) -> None:
    results = map_in_order(_square_where, list(range(12)), workers)
    assert [square for square, _ in results] == [x * x for x in range(12)]


def test_this_process_works_beside_the_spawned_ones() -> None:
    """The caller takes items from the back while the pool takes them from the front."""
    results = map_in_order(_square_where, list(range(12)), 2)
    processes = [pid for _, pid in results]
    assert processes[-1] == os.getpid()  # the pool is given one item before the caller starts
    assert processes[0] != os.getpid()
    mine = [i for i, pid in enumerate(processes) if pid == os.getpid()]
    assert mine == list(range(mine[0], 12))  # one contiguous run at the back


def test_one_worker_or_one_item_stays_in_this_process() -> None:
    assert map_in_order(_square_where, [3], 4) == [(9, os.getpid())]
    assert map_in_order(_square_where, [1, 2], 1) == [(1, os.getpid()), (4, os.getpid())]
    assert map_in_order(_square_where, [], 2) == []


@pytest.mark.parametrize("bad", [0, 11])
def test_an_error_in_either_process_is_raised(bad: int) -> None:
    items = [-1 if i == bad else i for i in range(12)]
    with pytest.raises(ValueError, match="negative"):
        map_in_order(_square_where, items, 2)


def _die_on_zero(x: int) -> int:
    """Kill the spawned process that gets item 0 (as the kernel's OOM killer would)."""
    if x == 0 and multiprocessing.parent_process() is not None:
        os._exit(9)
    return x


def test_a_spawned_process_that_dies_fails_the_map_instead_of_hanging() -> None:
    # in a child interpreter with a deadline: a hang would otherwise hang the test session
    code = (
        "from concurrent.futures.process import BrokenProcessPool\n"
        "from tests.transforms.test_parallel import _die_on_zero\n"
        "from transforms.parallel import map_in_order\n"
        "if __name__ == '__main__':\n"
        "    try:\n"
        "        map_in_order(_die_on_zero, list(range(8)), 2)\n"
        "    except BrokenProcessPool:\n"
        "        print('broken pool raised')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.strip() == "broken pool raised", done.stderr


_WARMED = "WIREFACTS_TEST_WARMED"


def _mark_warm() -> None:
    """A kept process's warm-up: leaves a mark the maps can see."""
    os.environ[_WARMED] = "yes"


def _square_where_warm(x: int) -> tuple[int, int, str]:
    """The square of ``x``, the process that computed it, and whether that process was warmed."""
    return x * x, os.getpid(), os.environ.get(_WARMED, "no")


def test_kept_processes_serve_every_map_of_the_block_warmed_then_stop() -> None:
    """The stages of a night that fan out share processes started (and warmed) with the night."""
    with kept_processes(2, warm=_mark_warm):
        first = map_in_order(_square_where_warm, list(range(8)), 2)
        second = map_in_order(_square_where_warm, list(range(8)), 2)
        # item 0 always goes to the spawned side (given before this process takes any): the kept,
        # warmed process served both maps, whatever the machine's load
        assert first[0][1] != os.getpid() and first[0][2] == "yes"
        assert second[0][1] == first[0][1] and second[0][2] == "yes"
        release_kept_processes()
        after = map_in_order(_square_where_warm, list(range(8)), 2)
    assert after[0][1] != os.getpid() and after[0][2] == "no"  # a new pool of its own, not warmed
    assert [square for square, _, _ in after] == [x * x for x in range(8)]


def test_a_kept_process_that_dies_fails_its_map_and_the_next_map_gets_a_new_pool() -> None:
    code = (  # in a child interpreter with a deadline, as above
        "from concurrent.futures.process import BrokenProcessPool\n"
        "from tests.transforms.test_parallel import _die_on_zero, _square_where\n"
        "from transforms.parallel import kept_processes, map_in_order\n"
        "if __name__ == '__main__':\n"
        "    with kept_processes(2):\n"
        "        try:\n"
        "            map_in_order(_die_on_zero, [0, 1, 2, 3], 2)\n"
        "        except BrokenProcessPool:\n"
        "            print('broken pool raised')\n"
        "        print(map_in_order(_square_where, [1, 2, 3], 2)[0][0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.split() == ["broken", "pool", "raised", "1"], done.stderr
