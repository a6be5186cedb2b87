"""What every source returns: the night's raw manifest, the rejects, and the next cursor."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from transforms.quarantine import QuarantineEntry


@dataclass(slots=True)
class FetchResult:
    """What one fetch of a source produced.

    Attributes:
        manifest: RAW_FILES rows of the payloads this night ingests.
        rejects: Payloads refused before or while landing (too large, HTTP errors, timeouts).
        seen: Payloads found at the source.
        skipped: Payloads already ingested by another night.
        cursor: The source's new watermark, stored only when the night's load commits
            (None for sources without one, such as a drop folder).
    """

    manifest: pa.Table
    rejects: list[QuarantineEntry] = field(default_factory=list)
    seen: int = 0
    skipped: int = 0
    cursor: str | None = None
