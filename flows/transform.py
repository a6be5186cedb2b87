"""The transform group of a night: its one stage list, the night's context, the stage clock.

:func:`transform_night` is the list both the nightly flow (each stage a Prefect
task, see :func:`flows.tasks.task_step`) and a backfill's workers (one
``transform-night`` task per night) run; the stages themselves are plain
functions in :mod:`flows.stages`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pyarrow as pa

from flows.faults import fault_point
from flows.io.lake import Lake
from flows.memory import release_freed_memory
from flows.stages import (
    Parsed,
    StagedNight,
    Transformed,
    Validated,
    dedupe_night,
    extract_rejects,
    parse,
    validate,
    within_limits,
)
from transforms.facts import extract_facts
from transforms.limits import ArticleLimits
from transforms.parallel import release_kept_processes
from transforms.schemas import ARTICLES

if TYPE_CHECKING:
    from expectations.suites import FactsDensity

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NightContext:
    """What the transform group of one night needs besides its input (picklable, no connections).

    Attributes:
        lake: The lake.
        docs_root: Where the Data Docs pages go.
        ingest_date: The night.
        run_id: The run, for the Data Docs pages.
        source: Source name recorded in quarantine rows.
        band: Facts-density band for the night rule.
        build_docs: Render the night's Data Docs pages.
        limits: Article bounds (None: the configured ones).
        max_bytes: Largest payload a reader takes (None: the configured one).
        docs_every: Which passing nights get Data Docs pages (``validation.data_docs_every``).
        extract_workers: Processes the parse and extract stages may use on a large night (a
            backfill's nights, already one per worker, use 1).
    """

    lake: Lake
    docs_root: Path
    ingest_date: date
    run_id: str
    source: str
    band: FactsDensity | None
    build_docs: bool = True
    limits: ArticleLimits | None = None
    max_bytes: int | None = None
    docs_every: int = 1
    extract_workers: int = 1


class Step(Protocol):
    """How a pipeline runs one stage: ``step(name, fn, *args)`` calls ``fn(*args)``, timed under ``name``.

    A backfill's worker runs stages as plain timed calls (:meth:`StageTimer.run`); the
    driver runs each as a Prefect task too (:func:`flows.tasks.task_step`).
    """

    def __call__(self, stage: str, fn: Callable[..., T], /, *args: Any) -> T: ...


class StageTimer:
    """The pipeline's one stage clock: runs a stage and adds its wall time under the stage's name."""

    def __init__(self, seconds: dict[str, float] | None = None) -> None:
        self.seconds: dict[str, float] = {} if seconds is None else seconds
        self._nested = 0.0

    def run(self, stage: str, fn: Callable[..., T], /, *args: Any) -> T:
        """Run ``fn(*args)`` and add its wall time to the stage's seconds.

        A stage timed inside another (the lake write inside the load's transaction)
        counts for itself only, so the stages' seconds add up to the wall time.
        """
        began, outer = time.perf_counter(), self._nested
        self._nested = 0.0
        try:
            return fn(*args)
        finally:
            elapsed = time.perf_counter() - began
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + elapsed - self._nested, 4)
            self._nested = outer + elapsed


def read_night(source_rows: pa.Table | StagedNight, ctx: NightContext) -> Parsed:
    """The parse stage: a night's manifest of payloads read, or a backfill's staged articles; within limits.

    Args:
        source_rows: Either the night's raw manifest (payloads to read from the raw
            zone: a nightly run or a replay), or a backfill's staged night of already
            normalised articles (read by :func:`read_payloads` while staging).
        ctx: The night.
    """
    if isinstance(source_rows, pa.Table):
        return parse(
            source_rows,
            ctx.lake,
            ctx.ingest_date,
            limits=ctx.limits,
            max_bytes=ctx.max_bytes,
            workers=ctx.extract_workers,
        )
    staged = ctx.lake.read_staged(source_rows.backfill_id, source_rows.night).cast(ARTICLES)
    return within_limits(Parsed(staged), ctx.limits)


def validate_night_stage(articles: pa.Table, facts: pa.Table, ctx: NightContext) -> Validated:
    """The validate stage with the night's context."""
    return validate(
        articles,
        facts,
        source=ctx.source,
        docs_root=ctx.docs_root,
        ingest_date=ctx.ingest_date,
        run_id=ctx.run_id,
        band=ctx.band,
        build_docs=ctx.build_docs,
        docs_every=ctx.docs_every,
    )


def transform_night(
    source_rows: pa.Table | StagedNight, ctx: NightContext, step: Step | None = None
) -> Transformed:
    """THE transform group of a night, in order: the one list both the nightly flow and backfills run.

    To add a transform stage, add one ``step(...)`` line here (and a field to
    :class:`Transformed` if later stages need its output); the settle group is
    :func:`flows.pipeline.settle_and_load`. Nothing here touches the warehouse.

    Args:
        source_rows: The night's raw manifest, or a backfill's staged night (see :func:`read_night`).
        ctx: The night.
        step: How each stage runs; default: timed plain calls, whose seconds are returned
            in :attr:`Transformed.stage_seconds` (a caller's step records them itself).
    """
    timer = StageTimer() if step is None else None
    run: Step = timer.run if timer is not None else step  # type: ignore[assignment]
    fault_point("transform", ctx.ingest_date.isoformat())
    parsed = run("parse", read_night, source_rows, ctx)
    release_freed_memory()  # after each stage: its transient peak is not stacked under the next one's
    deduped = run("dedupe", dedupe_night, parsed.articles)
    articles_read, read_rejects = parsed.articles.num_rows, parsed.rejects
    del parsed  # the dedupe stage copied what is kept of its articles
    release_freed_memory()
    extracted = run("extract", extract_facts, deduped.articles, ctx.extract_workers)
    release_kept_processes()  # no later stage fans out: the kept processes' memory is let go
    release_freed_memory()
    deduped.articles, extract_failed = extract_rejects(deduped.articles, extracted, ctx.source)
    validated = run("validate", validate_night_stage, deduped.articles, extracted.facts, ctx)
    release_freed_memory()
    seconds = timer.seconds if timer is not None else {}
    return Transformed(articles_read, read_rejects + extract_failed, deduped, validated, seconds)
