"""Agency versions and kill notices, applied before deduplication.

Agencies number the versions of an item (NewsML-G2 guid + version, ninjs uri +
version) and withdraw items with a publication status of ``withheld`` or
``canceled``. Two rules follow:

* an item older than the version of the same agency id already loaded is
  ignored (and counted), so a late re-send never overwrites a correction;
* a withheld or canceled item is a kill notice, not an article: it is recorded
  and the story's facts leave the warehouse (see :mod:`warehouse.loader`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from transforms.schemas import DELIVERIES, KILL_NOTICES


@dataclass(frozen=True, slots=True)
class VersionSplit:
    """A night's normalised articles split by what the agency's metadata says.

    Attributes:
        articles: Usable items that are not older than what is loaded.
        kill_notices: Withheld or canceled items (KILL_NOTICES schema).
        set_aside: DELIVERIES rows for the kill notices and the stale versions.
    """

    articles: pa.Table
    kill_notices: pa.Table
    set_aside: pa.Table

    @property
    def stale_count(self) -> int:
        """Items ignored because a newer version was already loaded."""
        return int(pc.sum(pc.equal(self.set_aside["disposition"], "stale_version")).as_py() or 0)


def split_versions(articles: pa.Table, loaded_versions: dict[str, int]) -> VersionSplit:
    """Separate kill notices and stale versions from the articles to load.

    Args:
        articles: Normalised articles, one row per delivery (ARTICLES schema).
        loaded_versions: Highest agency version loaded by other nights, per agency id.

    Returns:
        The split.
    """
    killed = pc.is_in(articles["pub_status"], pa.array(["withheld", "canceled"]))
    loaded = pa.array(
        [loaded_versions.get(a) if a is not None else None for a in articles["agency_id"].to_pylist()],
        pa.int64(),
    )
    stale = pc.fill_null(pc.less(articles["agency_version"], loaded), False)
    stale = pc.and_(stale, pc.invert(killed))
    kills = articles.filter(pc.and_(killed, pc.is_valid(articles["agency_id"])))
    kill_notices = kills.select(list(KILL_NOTICES.names)).cast(KILL_NOTICES)
    aside = articles.filter(pc.or_(killed, stale))
    disposition = pc.if_else(
        pc.is_in(aside["pub_status"], pa.array(["withheld", "canceled"])), "kill_notice", "stale_version"
    )
    set_aside = pa.table(
        {
            "raw_hash": aside["raw_hash"],
            "item_ref": aside["item_ref"],
            "source": aside["source"],
            "source_uri": aside["source_uri"],
            "content_hash": aside["content_hash"],
            "article_id": aside["article_id"],
            "is_duplicate": pa.array([False] * aside.num_rows, pa.bool_()),
            "ingest_date": aside["ingest_date"],
            "disposition": disposition,
        },
        schema=DELIVERIES,
    )
    keep = pc.invert(pc.or_(killed, stale))
    return VersionSplit(articles=articles.filter(keep), kill_notices=kill_notices, set_aside=set_aside)
