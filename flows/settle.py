"""The settle group of a night: compare it with what other nights loaded, link its stories.

It reads the warehouse (the stories, versions and content other nights loaded)
through the load's own connection, inside the load's write transaction
(:func:`warehouse.loader.load_night` calls it), under the night's lock: what it
compares with is exactly the snapshot the load commits on top of, and a commit
that loses a race settles again from the winner's snapshot. In a backfill it runs
in the worker that transformed the night. The comparison itself is
:func:`flows.stages.settle` and :mod:`transforms.stories`; this module only fetches
what they compare with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pyarrow as pa
from prefect.logging import get_run_logger

from flows import stages
from transforms.stories import StoryStage, assign_stories, sketch_night
from warehouse.history import history_candidates, known_content_hashes, loaded_versions


@dataclass(slots=True)
class SettledNight:
    """The settle stage's results: the night compared with history, and its story links."""

    settled: stages.Settled
    stories: StoryStage


def settle_night(
    validated: stages.Validated, deliveries: pa.Table, con: duckdb.DuckDBPyConnection, ingest_date: date
) -> SettledNight:
    """Compare the night with other nights (stale versions, repeats) and link its stories.

    Args:
        validated: The night's validated rows.
        deliveries: The night's deliveries.
        con: The warehouse as the load's transaction sees it (only read here).
        ingest_date: The night; its own stored rows are not history (a re-run replaces them).
    """
    agency_ids = validated.articles["agency_id"].combine_chunks()
    versions = loaded_versions(con, agency_ids, ingest_date)
    hashes = validated.articles["content_hash"].combine_chunks()
    known = known_content_hashes(con, hashes, ingest_date)
    settled = stages.settle(validated, deliveries, loaded_versions=versions, known_hashes=known)
    night = sketch_night(settled.articles, ingest_date)
    stored, matches = history_candidates(con, settled.articles, night.bands, ingest_date)
    stories = assign_stories(settled.articles, night, stored, matches, ingest_date)
    get_run_logger().info(
        "%d articles to load: %d loaded by other nights, %d stale versions; %d joined a stored story",
        settled.articles.num_rows,
        settled.duplicates,
        settled.stale_versions,
        stories.joined_stored,
    )
    return SettledNight(settled, stories)
