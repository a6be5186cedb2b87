"""The read side of the warehouse: everything a night needs to know about earlier nights.

Which payloads and contents other nights already ingested, the highest agency
versions they loaded, a source's stored cursor, and the stored articles a night's
stories may continue. Nothing here writes; :mod:`warehouse.loader` is the one
writer (and asks :func:`known_content_hashes` again inside its transaction).
Every query joins the night's few rows to the warehouse, so its cost grows with
the night, not with the history.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from transforms.stories import FOLLOW_UP_WINDOW, HISTORY, MATCHES, NIGHT_COLUMNS
from warehouse.band_index import candidates_from_history


def known_content_hashes(con: duckdb.DuckDBPyConnection, hashes: pa.Array, exclude_night: date) -> pa.Array:
    """Which of a batch's content hashes other nights already loaded.

    The batch is joined to the warehouse inside DuckDB, so the cost grows with
    the night's size, not with the whole history.
    """
    con.register("_batch_hashes", pa.table({"content_hash": hashes}))
    try:
        rows = con.execute(
            "SELECT DISTINCT a.content_hash FROM articles a JOIN _batch_hashes b USING (content_hash) "
            "WHERE a.ingest_date <> ?",
            [exclude_night],
        ).fetchall()
    finally:
        con.unregister("_batch_hashes")
    return pa.array([row[0] for row in rows], pa.string())


def landed_elsewhere(con: duckdb.DuckDBPyConnection, exclude_night: date) -> set[str]:
    """Hashes of payloads that another night already ingested (the incremental filter)."""
    rows = con.execute("SELECT raw_hash FROM raw_files WHERE ingest_date <> ?", [exclude_night]).fetchall()
    return {row[0] for row in rows}


def loaded_versions(
    con: duckdb.DuckDBPyConnection, agency_ids: pa.Array, exclude_night: date
) -> dict[str, int]:
    """Highest agency version other nights loaded, for each of a batch's agency ids."""
    con.register("_batch_ids", pa.table({"agency_id": agency_ids}))
    try:
        rows = con.execute(
            "SELECT a.agency_id, max(a.agency_version) FROM articles a "
            "JOIN (SELECT DISTINCT agency_id FROM _batch_ids) b USING (agency_id) "
            "WHERE a.ingest_date <> ? AND a.agency_version IS NOT NULL GROUP BY 1",
            [exclude_night],
        ).fetchall()
    finally:
        con.unregister("_batch_ids")
    return {str(agency_id): int(version) for agency_id, version in rows}


def stored_cursor(con: duckdb.DuckDBPyConnection, source: str) -> str | None:
    """The watermark of a source as of its last committed load, None before the first."""
    row = con.execute("SELECT cursor FROM source_cursors WHERE source = ?", [source]).fetchone()
    return str(row[0]) if row else None


_MEMBERS_SQL = """
WITH RECURSIVE
-- the few columns every step reads, scanned once: each scan of a DuckLake table opens every
-- data file of it (one or more a night), which cost more than the steps themselves
stored AS MATERIALIZED (
    SELECT article_id, agency_id, agency, dateline_city, published_at, ingest_date FROM articles
),
wanted AS (
    SELECT candidate_id AS article_id FROM _story_matches
    UNION
    SELECT a.article_id FROM stored AS a JOIN _story_night AS n ON a.agency_id = n.agency_id
    UNION
    SELECT a.article_id
    FROM stored AS a
    JOIN _story_night AS n ON a.agency = n.agency AND a.dateline_city = n.dateline_city
    WHERE a.published_at BETWEEN n.published_at - ?::INTERVAL AND n.published_at + ?::INTERVAL
),
-- the stories of the candidates alone, as the article_stories view derives every story (links
-- between stored articles, both ways; a story is named after its first article): the view
-- would walk every story in the warehouse, and the stage needs only these
links AS (
    SELECT l.article_id AS a, l.linked_id AS b
    FROM story_links AS l
    WHERE l.article_id IN (SELECT article_id FROM stored)
      AND l.linked_id IN (SELECT article_id FROM stored)
),
edges AS (
    SELECT a, b FROM links
    UNION
    SELECT b, a FROM links
),
reach(article_id, member) AS (
    SELECT article_id, article_id FROM wanted
    UNION
    SELECT r.article_id, e.b FROM reach AS r JOIN edges AS e ON e.a = r.member
),
firsts AS (
    SELECT r.article_id, min({'night': m.ingest_date, 'id': m.article_id}) AS first_article
    FROM reach AS r
    JOIN stored AS m ON m.article_id = r.member
    GROUP BY r.article_id
)
-- every stored member of a candidate's story: a link may only join two stories whose
-- members conflict nowhere (transforms.stories.conflict), so the stage must see them all
SELECT DISTINCT r.member AS article_id, f.first_article.id AS story_id, f.first_article.night AS story_night
FROM reach AS r
JOIN firsts AS f USING (article_id)
JOIN stored AS s ON s.article_id = r.member
WHERE s.ingest_date <> ?
"""

_CANDIDATES_SQL = f"""
SELECT {", ".join(f"a.{name}" for name in HISTORY.names if not name.startswith("story_"))},
       m.story_id, m.story_night
FROM articles AS a
JOIN _story_members AS m USING (article_id)
WHERE a.article_id = ANY(?::VARCHAR[])
ORDER BY a.article_id
"""
"""The members' stored rows, bodies included. The id list is a filter the scan applies to each
file before it reads a body: a join alone read every stored body (100 ms of a 150 ms settle query
on a 450-article night after 40 nights)."""


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
        members = con.execute(_MEMBERS_SQL, [window, window, ingest_date]).to_arrow_table()
    finally:
        con.unregister("_story_matches")
        con.unregister("_story_night")
    con.register("_story_members", members)
    try:
        history = con.execute(_CANDIDATES_SQL, [members["article_id"].to_pylist()]).to_arrow_table()
    finally:
        con.unregister("_story_members")
    history = history.cast(HISTORY)
    stored = pc.is_in(matches["candidate_id"], history["article_id"])
    return history, matches.filter(stored)
