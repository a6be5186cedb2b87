"""The warehouse side of stories: fetch a night's history candidates, store its bands and links.

Reading happens before the load, with a short-lived connection, so the pure stage
(:mod:`transforms.stories`) can cluster the night with the stored articles it may
update. Writing happens inside :func:`warehouse.loader.load_night`'s transaction:
the night's ``article_bands`` and ``story_links`` rows are replaced like its
articles. Story ids, versions and fact changes are views over those rows
(migration 0006), so nothing derived is stored and no load order can leave
them stale.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from transforms.stories import FOLLOW_UP_WINDOW, HISTORY, MATCHES, NIGHT_COLUMNS, STORY_LINKS
from warehouse.arrow_rows import insert_arrow
from warehouse.band_index import BAND_SCHEMA, TABLE, candidates_from_history

_HISTORY_SQL = f"""
WITH wanted AS (
    SELECT candidate_id AS article_id FROM _story_matches
    UNION
    SELECT a.article_id FROM articles AS a JOIN _story_night AS n ON a.agency_id = n.agency_id
    UNION
    SELECT a.article_id
    FROM articles AS a
    JOIN _story_night AS n ON a.agency = n.agency AND a.dateline_city = n.dateline_city
    WHERE a.published_at BETWEEN n.published_at - ?::INTERVAL AND n.published_at + ?::INTERVAL
),
stories_wanted AS (
    -- every stored member of a candidate's story: a link may only join two stories whose
    -- members conflict nowhere (transforms.stories.conflict), so the stage must see them all
    SELECT m.article_id
    FROM article_stories AS c
    JOIN article_stories AS m ON m.story_id = c.story_id
    WHERE c.article_id IN (SELECT article_id FROM wanted)
)
SELECT {", ".join(f"a.{name}" for name in HISTORY.names if not name.startswith("story_"))},
       s.story_id, s.story_night
FROM articles AS a
JOIN stories_wanted USING (article_id)
JOIN article_stories AS s ON s.article_id = a.article_id
WHERE a.ingest_date <> ?
ORDER BY a.article_id
"""


def history_candidates(
    con: duckdb.DuckDBPyConnection, articles: pa.Table, bands: pa.Table, ingest_date: date
) -> tuple[pa.Table, pa.Table]:
    """Stored articles of other nights that may share a story with the night's articles.

    Three ways in: a shared band hash (the window of :mod:`warehouse.band_index`),
    the same agency id (any age: the agency says so), or the same agency and
    dateline city within :data:`transforms.stories.FOLLOW_UP_WINDOW`; then the other
    stored members of those candidates' stories, which the stage checks a new link
    against. Each query joins the night's few rows to the warehouse, so the cost
    grows with the night.

    Args:
        con: A connection to the warehouse.
        articles: The night's new articles (at least ``transforms.stories.NIGHT_COLUMNS``).
        bands: The night's band rows (``transforms.stories.sketch_night``).
        ingest_date: The night; its own stored rows are never candidates (a re-run replaces them).

    Returns:
        The candidates (``transforms.stories.HISTORY``) and the band matches
        (``transforms.stories.MATCHES``) between night and stored articles.
    """
    matches = candidates_from_history(con, bands).select(list(MATCHES.names)).cast(MATCHES)
    con.register("_story_matches", matches)
    con.register("_story_night", articles.select(list(NIGHT_COLUMNS)).drop_columns(["body"]))
    try:
        window = f"{int(FOLLOW_UP_WINDOW.total_seconds())} seconds"
        history = con.execute(_HISTORY_SQL, [window, window, ingest_date]).to_arrow_table()
    finally:
        con.unregister("_story_matches")
        con.unregister("_story_night")
    history = history.cast(HISTORY)
    stored = pc.is_in(matches["candidate_id"], history["article_id"])
    return history, matches.filter(stored)


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
