"""End to end over the IPTC examples in ../shared: every readable story loads, the rest is explained."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flows.nightly import nightly_flow
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.shared, pytest.mark.usefixtures("prefect_server")]


def test_iptc_examples_load_and_the_rest_is_quarantined(shared_dir: Path, tmp_path: Path) -> None:
    formats = shared_dir / "formats"
    settings = load_settings(
        source=str(formats), lake=str(tmp_path / "lake"), warehouse=str(tmp_path / "w.sqlite")
    )
    summary = nightly_flow(date=date(2026, 11, 23), settings=settings)
    con = connect_warehouse(tmp_path / "w.sqlite", read_only=True)
    loaded = con.execute("SELECT format, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall()
    reasons = [r[0] for r in con.execute("SELECT reason FROM quarantine ORDER BY reason").fetchall()]
    con.close()
    assert loaded == [("newsml_g2", 1), ("ninjs", 4)]
    assert summary.quarantined == len(reasons) == summary.fetched - 5
    assert sum("licence" in r for r in reasons) == 2  # the two LICENSE files are not stories
    assert all(reasons)
    again = nightly_flow(date=date(2026, 11, 24), settings=settings)
    assert (again.new_payloads, again.articles_loaded) == (0, 0)
