"""What flows return: a night's :class:`RunSummary` and how its fields are shown, named once.

The counts a run records are :data:`warehouse.runs.RUN_COUNTS` (the ``runs``
columns); :class:`RunSummary` has one ``int`` field for each (checked when this
module is imported), the CLI's labels are :data:`COUNT_LABELS` keyed by them, and
the per-night table of a backfill (the CLI's and the Prefect artifact's) is
:data:`NIGHT_COLUMNS`. Nothing here imports Prefect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date

from warehouse.runs import RUN_COUNTS


@dataclass(slots=True)
class RunSummary:
    """What a run of one night did, for the CLI, the artifact and the ``runs`` table.

    The count fields are :data:`~warehouse.runs.RUN_COUNTS`, in that order.
    """

    run_id: str
    ingest_date: date
    source: str
    status: str
    lake: str
    warehouse: str
    fetched: int = 0
    new_payloads: int = 0
    articles_read: int = 0
    duplicates: int = 0
    stale_versions: int = 0
    kill_notices: int = 0
    quarantined: int = 0
    articles_loaded: int = 0
    facts_loaded: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    failed_rules: dict[str, int] = field(default_factory=dict)
    data_docs: str | None = None
    error: str | None = None
    snapshot_id: int | None = None

    def counts(self) -> dict[str, int]:
        """The run's counts by ``runs`` column name."""
        return {name: getattr(self, name) for name in RUN_COUNTS}

    @property
    def seconds(self) -> float:
        """Time spent in the night's stages."""
        return sum(self.stage_seconds.values())


COUNT_LABELS: dict[str, str] = {
    "fetched": "stories fetched",
    "new_payloads": "new payloads",
    "articles_read": "articles read",
    "duplicates": "duplicates",
    "stale_versions": "stale versions ignored",
    "kill_notices": "kill notices",
    "quarantined": "quarantined",
    "articles_loaded": "articles loaded",
    "facts_loaded": "facts loaded",
}
"""How the CLI names each count of a run (keys: :data:`~warehouse.runs.RUN_COUNTS`)."""

NIGHT_COLUMNS: tuple[tuple[str, Callable[[RunSummary], str]], ...] = (
    ("night", lambda night: str(night.ingest_date)),
    ("status", lambda night: night.status),
    ("articles", lambda night: str(night.articles_loaded)),
    ("facts", lambda night: str(night.facts_loaded)),
    ("duplicates", lambda night: str(night.duplicates)),
    ("quarantined", lambda night: str(night.quarantined)),
    ("seconds", lambda night: f"{night.seconds:.2f}"),
)
"""A backfill's per-night table: header and cell of each column (CLI and Prefect artifact)."""


def night_cells(night: RunSummary) -> list[str]:
    """One row of :data:`NIGHT_COLUMNS`."""
    return [cell(night) for _, cell in NIGHT_COLUMNS]


def _check_counts() -> None:
    """The summary's count fields and the labels are the ``runs`` counts, no more, no fewer."""
    counts = tuple(f.name for f in fields(RunSummary) if f.name in RUN_COUNTS)
    if counts != RUN_COUNTS or tuple(COUNT_LABELS) != RUN_COUNTS:
        raise RuntimeError(f"RunSummary and COUNT_LABELS must list warehouse.runs.RUN_COUNTS: {RUN_COUNTS}")


_check_counts()
