"""The warehouse side of stories: store a night's bands and links (the reads are in :mod:`warehouse.history`).

Writing happens inside :func:`warehouse.loader.load_night`'s transaction:
the night's ``article_bands`` and ``story_links`` rows are replaced like its
articles. Story ids, versions and fact changes are views over those rows
(migration 0006), so nothing derived is stored and no load order can leave
them stale.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa

from transforms.stories import STORY_LINKS
from warehouse.arrow_rows import insert_arrow
from warehouse.band_index import BAND_SCHEMA, TABLE


def replace_story_rows(
    con: duckdb.DuckDBPyConnection, ingest_date: date, bands: pa.Table | None, links: pa.Table | None
) -> None:
    """Replace the night's band and link rows (inside the caller's transaction).

    None stands for no rows: the night then owns none, as for any other table.
    A pair another night already stored is not stored again: re-running night A
    after night B linked B's article to A's finds that pair too, and it belongs
    to B. Each pair is stored once, by the first night that found it and still
    holds it; a re-run of that night finds it again, so no load order loses it.
    """
    con.execute(f"DELETE FROM {TABLE} WHERE night = ?", [ingest_date])
    con.execute("DELETE FROM story_links WHERE ingest_date = ?", [ingest_date])
    insert_arrow(con, TABLE, bands if bands is not None else BAND_SCHEMA.empty_table())
    if links is None or links.num_rows == 0:
        return
    con.register("_night_links", links)
    try:
        columns = ", ".join(STORY_LINKS.names)
        con.execute(
            f"""
            INSERT INTO story_links ({columns})
            SELECT {columns} FROM _night_links AS n
            WHERE NOT EXISTS (
                SELECT 1 FROM story_links AS s
                WHERE s.article_id = n.article_id AND s.linked_id = n.linked_id
            )
            """
        )
    finally:
        con.unregister("_night_links")
