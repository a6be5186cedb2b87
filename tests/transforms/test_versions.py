"""Kill notices and stale agency versions are set aside, counted, and never lost."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from transforms.normalize import Delivery, normalise_articles
from transforms.records import PubStatus, RawArticle
from transforms.versions import drop_stale_versions, split_kill_notices

NIGHT = date(2026, 11, 23)


def _batch(*items: tuple[str, int, PubStatus]) -> pa.Table:
    raws = [
        (
            RawArticle(
                format="ninjs",
                body=f"Body of {agency_id} v{version}.",
                agency_id=agency_id,
                agency_version=version,
                pub_status=status,
            ),
            Delivery(f"raw-{agency_id}-{version}", "feed", f"http://feed/{agency_id}"),
        )
        for agency_id, version, status in items
    ]
    return normalise_articles(raws, NIGHT)


def test_usable_new_versions_pass_through() -> None:
    batch = _batch(("urn:a", 2, "usable"), ("urn:b", 1, "usable"))
    kept = drop_stale_versions(split_kill_notices(batch).articles, {"urn:a": 1})
    assert kept.articles["agency_id"].to_pylist() == ["urn:a", "urn:b"]
    assert kept.set_aside.num_rows == 0


def test_version_older_than_loaded_is_ignored_and_counted() -> None:
    kept = drop_stale_versions(_batch(("urn:a", 1, "usable"), ("urn:a", 3, "usable")), {"urn:a": 2})
    assert kept.articles["agency_version"].to_pylist() == [3]
    assert kept.set_aside["disposition"].to_pylist() == ["stale_version"]


def test_withheld_and_canceled_items_are_kill_notices() -> None:
    split = split_kill_notices(
        _batch(("urn:a", 4, "canceled"), ("urn:b", 2, "withheld"), ("urn:c", 1, "usable"))
    )
    assert split.articles["agency_id"].to_pylist() == ["urn:c"]
    assert [
        (k["agency_id"], k["agency_version"], k["pub_status"]) for k in split.kill_notices.to_pylist()
    ] == [
        ("urn:a", 4, "canceled"),
        ("urn:b", 2, "withheld"),
    ]
    assert split.set_aside["disposition"].to_pylist() == ["kill_notice", "kill_notice"]
