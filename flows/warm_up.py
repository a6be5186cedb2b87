"""Pay a night's one-off costs while the temporary Prefect server starts.

``wirefacts run`` spends 10-27 s waiting for Prefect's temporary server (about 2 s for
its flow run to start on a running one). Three costs of the first night in a process do
not depend on it: opening the warehouse (DuckDB's extensions, and migrating a new one),
Great Expectations' import and context build (seconds, even for a night of 0 rows) and
the extractor's lazily loaded tables (pint's unit registry, the gazetteer, noun
inflections). Done in a daemon thread, they overlap the wait.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.settings import Settings
    from warehouse.catalog import Catalog

WARM_UP_SENTENCE = (
    "About 2,500 fighters held 70 percent of Raqa and the 2.5 kilometre wall, officials in Beirut said."
)
"""A sentence that takes the extractor through its number, unit, subject and place rules once, after
:func:`transforms.extract.load_tables` has loaded the tables they read."""


def warm_up(docs_root: Path, warehouse: Catalog | None = None) -> None:
    """Open the warehouse, build GX's context and load the extractor's tables (what the thread does).

    Each is shared with the stages: the night's first step opens the warehouse (on a new
    one, migrating it: most of a second), and finds this connection kept for it
    (:func:`warehouse.connection.session`); a stage that needs what is still being built
    waits for it (the same locks) instead of building it twice.

    GX comes before the tables though validation comes last: its import is some 2 CPU-s of
    Python, which this thread runs under the same GIL as the night. Done first, it overlaps
    the flow's start and the fetch, when the night's thread mostly waits on the server and
    the disk; done after the tables, it overlapped parse and extract and slowed the night's
    share of them (all of Reuters-21578 with a server running, nine runs each, interleaved on a
    machine whose speed wandered: median 20.7 s against 22.7 s, mean 21.6 against 22.5).
    """
    from expectations.checkpoint import warm_up as warm_up_validation
    from transforms.extract import extract, load_tables

    if warehouse is not None:
        from warehouse.connection import session

        with session(warehouse):
            pass
    warm_up_validation(docs_root)
    load_tables()
    extract(WARM_UP_SENTENCE, headline="Warm-up", dateline="Beirut")


def warm_up_best_effort(docs_root: Path, warehouse: Catalog | None = None) -> None:
    """:func:`warm_up`, its failure left to the stage that meets the same error with the night's context."""
    try:
        warm_up(docs_root, warehouse)
    except Exception:  # reported by the night that meets it
        return


def warm_up_extractor() -> None:
    """Load the extractor's tables and the readers (what a kept parse and extract process runs first)."""
    import transforms.readers.batch  # noqa: F401  (the parse stage's readers)
    from transforms.extract import extract, load_tables

    load_tables()
    extract(WARM_UP_SENTENCE, headline="Warm-up", dateline="Beirut")


def warm_up_in_background(docs_root: Path, warehouse: Catalog | None = None) -> threading.Thread:
    """Start :func:`warm_up` in a daemon thread and return it.

    Call it once Prefect is imported (two threads importing the same packages at once
    can meet a half-initialised module). A failure here is left to the stage that meets
    the same error again and reports it with the night.
    """

    thread = threading.Thread(
        target=warm_up_best_effort, args=(docs_root, warehouse), name="wirefacts-warm-up", daemon=True
    )
    thread.start()
    return thread


def night_workers(settings: Settings) -> int:
    """How many processes a nightly run keeps for its parse and extract stages, this one included.

    The configured count (:meth:`flows.settings.RunnerSettings.night_extract_workers`), or
    1 when the source is a drop folder holding fewer bytes than either stage needs before
    it fans out (:data:`transforms.readers.batch.PARALLEL_MIN_BYTES` of payloads,
    :data:`transforms.facts.PARALLEL_MIN_CHARS` of body text, never more than its bytes):
    a process kept for such a night only loads the extractor, on the core the night's
    imports and its temporary Prefect server start on, for no stage to use.
    """
    from flows.io.sources import size_bound
    from transforms.facts import PARALLEL_MIN_CHARS
    from transforms.readers.batch import PARALLEL_MIN_BYTES

    workers = settings.runner.night_extract_workers()
    if workers <= 1:
        return workers
    try:
        bound = size_bound(settings.resolve_source()[1])
    except ValueError:  # no such source: the night says so itself, with its context
        return workers
    if bound is not None and bound < min(PARALLEL_MIN_BYTES, PARALLEL_MIN_CHARS):
        return 1
    return workers
