"""Kill notices and stale agency versions are set aside, counted, and never lost."""

from __future__ import annotations

from datetime import date

from transforms.normalize import Delivery, normalise_articles
from transforms.records import PubStatus, RawArticle
from transforms.versions import split_versions

NIGHT = date(2026, 11, 23)


def _batch(*items: tuple[str, int, PubStatus]) -> object:
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
    split = split_versions(_batch(("urn:a", 2, "usable"), ("urn:b", 1, "usable")), {"urn:a": 1})
    assert split.articles["agency_id"].to_pylist() == ["urn:a", "urn:b"]
    assert split.set_aside.num_rows == 0 and split.kill_notices.num_rows == 0


def test_version_older_than_loaded_is_ignored_and_counted() -> None:
    split = split_versions(_batch(("urn:a", 1, "usable"), ("urn:a", 3, "usable")), {"urn:a": 2})
    assert split.articles["agency_version"].to_pylist() == [3]
    assert split.stale_count == 1
    assert split.set_aside.to_pylist()[0]["disposition"] == "stale_version"


def test_withheld_and_canceled_items_are_kill_notices() -> None:
    split = split_versions(_batch(("urn:a", 4, "canceled"), ("urn:b", 2, "withheld")), {"urn:a": 9})
    assert split.articles.num_rows == 0
    assert [
        (k["agency_id"], k["agency_version"], k["pub_status"]) for k in split.kill_notices.to_pylist()
    ] == [
        ("urn:a", 4, "canceled"),
        ("urn:b", 2, "withheld"),
    ]
    assert split.set_aside["disposition"].to_pylist() == ["kill_notice", "kill_notice"]
    assert split.stale_count == 0
