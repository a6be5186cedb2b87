"""Headless Chromium opens the night reports of two real nights, one loaded and one refused.

The pages are written from the warehouse that two real nightly runs filled (a real
Prefect server, real GX validation, real DuckDB), the way ``wirefacts status`` writes
them. A browser proves what a person sees offline: the charts are drawn (inline SVG
with marks in it, no script, no network) and the refused night lists its failing rows.
Screenshots are kept in ``var/test-artifacts/`` (git-ignored): report-index.png and
report-refused-night.png.
"""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from test_data_docs_browser import _chromium, chromium  # noqa: F401  (the fixture is used by name)

from flows.nightly import NightRejectedError, nightly_flow
from flows.settings import load_settings
from flows.status import print_status

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "var" / "test-artifacts"
LOADED, REFUSED = date(2026, 11, 22), date(2026, 11, 23)
FUTURE_STORY = "From the future\n\n2099-01-01\n\nParis (AFP) - Some 40 people came.\n"


@pytest.fixture(scope="module")
def site(sample_drop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Night 22 loads the Peru quake story (and quarantines an empty file); night 23 is refused."""
    home = tmp_path_factory.mktemp("reports")
    first, second = home / "drop-22", home / "drop-23"
    first.mkdir()
    second.mkdir()
    shutil.copy(sample_drop / "2026-11-22-andes-quake.txt", first)
    (first / "empty.txt").write_bytes(b"")
    (second / "future.txt").write_text(FUTURE_STORY)
    common = {"lake": str(home / "lake"), "warehouse": str(home / "w.sqlite")}
    nightly_flow(date=LOADED, settings=load_settings(source=str(first), **common))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WIREFACTS_VALIDATION__MAX_FAILURE_RATE", "0.1")
        with pytest.raises(NightRejectedError):
            nightly_flow(date=REFUSED, settings=load_settings(source=str(second), **common))
    docs = home / "lake" / "data_docs"
    code = print_status(home / "w.sqlite", LOADED, until=REFUSED, docs_root=docs, out=io.StringIO())
    assert code == 1  # a refused night needs attention
    return docs / "reports"


def _svgs(dom: str) -> list[str]:
    """The SVG elements of a page, as the browser serialised them."""
    return re.findall(r"<svg\b.*?</svg>", dom, flags=re.DOTALL)


def _drawn(svg: str) -> bool:
    """An SVG with at least one mark in it (a bar, a line or a point), not an empty frame."""
    return bool(re.search(r"<(rect|polyline|circle)\b[^>]*(height|points|r)=\"[0-9.]", svg))


def _shot(binary: str, tmp_path: Path, page: Path, name: str) -> None:
    shot = tmp_path / name
    _chromium(binary, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2200", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / name)


def test_the_index_draws_its_charts_and_lists_both_nights(chromium: str, site: Path, tmp_path: Path) -> None:  # noqa: F811
    index = site / "index.html"
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", index.as_uri())
    svgs = _svgs(dom)
    assert len(svgs) == 3 and all(_drawn(svg) for svg in svgs)
    assert "Facts and articles loaded per night" in dom
    assert "night-2026-11-22.html" in dom and "night-2026-11-23.html" in dom
    assert re.search(r"2026-11-23</a></td><td>refused", dom)
    _shot(chromium, tmp_path, index, "report-index.png")


def test_the_refused_night_lists_its_failing_rows(chromium: str, site: Path, tmp_path: Path) -> None:  # noqa: F811
    page = site / "night-2026-11-23.html"
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert "night 2026-11-23: refused" in dom
    assert "<td>pub_date_not_in_future</td>" in dom  # the failed rule
    rows = re.findall(r'<tr class="failing-row">(.*?)</tr>', dom, flags=re.DOTALL)
    assert len(rows) == 1
    assert "From the future" in rows[0] and "article failed expectation(s): pub_date_not_in_future" in rows[0]
    assert len(_svgs(dom)) == 3 and any(_drawn(svg) for svg in _svgs(dom))
    _shot(chromium, tmp_path, page, "report-refused-night.png")
