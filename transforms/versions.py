"""Agency versions and kill notices.

Agencies number the versions of an item (NewsML-G2 guid + version, ninjs uri +
version) and withdraw items with a publication status of ``withheld`` or
``canceled``. Two rules follow:

* a withheld or canceled item is a kill notice, not an article: it is recorded
  and the story's facts leave the warehouse (see :mod:`warehouse.loader`);
* an item older than the version of the same agency id already loaded is
  ignored (and counted), so a late re-send never overwrites a correction.

The first needs only the item; the second needs what other nights loaded, so
the flows apply it where the warehouse is read (the single loader).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from transforms.rows import keep_rows
from transforms.schemas import DELIVERIES, KILL_NOTICES

KILL_STATUSES = pa.array(["withheld", "canceled"])


@dataclass(frozen=True, slots=True)
class SetAside:
    """Articles to go on with, and DELIVERIES rows for the items set aside.

    Attributes:
        articles: The items that stay articles.
        set_aside: DELIVERIES rows of the others, with their disposition.
        kill_notices: KILL_NOTICES rows (empty unless kill notices were split off).
    """

    articles: pa.Table
    set_aside: pa.Table
    kill_notices: pa.Table


def split_kill_notices(articles: pa.Table) -> SetAside:
    """Separate withheld and canceled items from the articles.

    Args:
        articles: Normalised articles, one row per delivery (ARTICLES schema).

    Returns:
        The usable articles, the kill notices, and a ``kill_notice`` delivery row for each.
    """
    killed = pc.is_in(articles["pub_status"], KILL_STATUSES)
    notices = articles.filter(pc.and_(killed, pc.is_valid(articles["agency_id"])))
    return SetAside(
        articles=keep_rows(articles, pc.invert(killed)),
        set_aside=deliveries_of(articles.filter(killed), "kill_notice"),
        kill_notices=notices.select(list(KILL_NOTICES.names)).cast(KILL_NOTICES),
    )


def drop_stale_versions(articles: pa.Table, loaded_versions: dict[str, int]) -> SetAside:
    """Drop items older than the agency version other nights already loaded.

    Args:
        articles: Usable articles (ARTICLES schema).
        loaded_versions: Highest agency version loaded by other nights, per agency id.

    Returns:
        The articles to keep and a ``stale_version`` delivery row for each dropped one.
    """
    loaded = pa.array(
        [loaded_versions.get(a) if a is not None else None for a in articles["agency_id"].to_pylist()],
        pa.int64(),
    )
    stale = pc.fill_null(pc.less(articles["agency_version"], loaded), False)
    return SetAside(
        articles=keep_rows(articles, pc.invert(stale)),
        set_aside=deliveries_of(articles.filter(stale), "stale_version"),
        kill_notices=KILL_NOTICES.empty_table(),
    )


def deliveries_of(articles: pa.Table, disposition: str) -> pa.Table:
    """DELIVERIES rows for articles that were not loaded, with why."""
    return pa.table(
        {
            "raw_hash": articles["raw_hash"],
            "item_ref": articles["item_ref"],
            "source": articles["source"],
            "source_uri": articles["source_uri"],
            "content_hash": articles["content_hash"],
            "article_id": articles["article_id"],
            "is_duplicate": pa.array([disposition == "duplicate"] * articles.num_rows, pa.bool_()),
            "ingest_date": articles["ingest_date"],
            "disposition": pa.array([disposition] * articles.num_rows, pa.string()),
        },
        schema=DELIVERIES,
    )
