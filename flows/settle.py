"""The settle group of a night: compare it with what other nights loaded, link its stories.

It reads the warehouse (the stories, versions and content other nights loaded),
so it runs in the driver, one night at a time, under the night's lock, right
before that night's load. The comparison itself is :func:`flows.stages.settle`
and :mod:`transforms.stories`; this module only fetches what they compare with,
through one read connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pyarrow as pa
from prefect.logging import get_run_logger

from flows import stages
from transforms.stories import StoryStage, assign_stories, sketch_night
from warehouse.catalog import Catalog
from warehouse.connection import connect
from warehouse.history import history_candidates, known_content_hashes, loaded_versions


@dataclass(slots=True)
class SettledNight:
    """The settle stage's results: the night compared with history, and its story links."""

    settled: stages.Settled
    stories: StoryStage


def settle_night(
    validated: stages.Validated, deliveries: pa.Table, warehouse: Catalog, ingest_date: date
) -> SettledNight:
    """Compare the night with other nights (stale versions, repeats) and link its stories."""
    con = connect(warehouse)
    try:
        agency_ids = validated.articles["agency_id"].combine_chunks()
        versions = loaded_versions(con, agency_ids, ingest_date)
        hashes = validated.articles["content_hash"].combine_chunks()
        known = known_content_hashes(con, hashes, ingest_date)
        settled = stages.settle(validated, deliveries, loaded_versions=versions, known_hashes=known)
        night = sketch_night(settled.articles, ingest_date)
        stored, matches = history_candidates(con, settled.articles, night.bands, ingest_date)
        stories = assign_stories(settled.articles, night, stored, matches, ingest_date)
    finally:
        con.close()
    get_run_logger().info(
        "%d articles to load: %d loaded by other nights, %d stale versions; %d joined a stored story",
        settled.articles.num_rows,
        settled.duplicates,
        settled.stale_versions,
        stories.joined_stored,
    )
    return SettledNight(settled, stories)
