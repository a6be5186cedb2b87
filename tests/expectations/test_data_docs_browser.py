"""Headless Chromium opens the Data Docs of a night with a failing row and sees the failure.

GX renders its pages with Bootstrap and a little JavaScript; reading the HTML
file proves the text is there, a real browser proves an engineer would see it.
Chromium comes from Debian's ``chromium`` package, installed here when missing
and running as root; elsewhere the test skips and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from night_builders import NOW

from expectations.checkpoint import NightValidation, validate_night
from expectations.run_page import write_run_page

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = REPO_ROOT / "var" / "test-artifacts" / "data-docs.png"
INSTALL_SECONDS = 600
BROWSER_SECONDS = 90
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _apt(*args: str) -> bool:
    """Run apt-get non-interactively within the time box; True when it succeeded."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        done = subprocess.run(
            ["apt-get", *args], env=env, capture_output=True, timeout=INSTALL_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _install_chromium() -> str | None:
    """Install Debian's chromium (refreshing the package lists if the first try fails)."""
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return None
    if not _apt("install", "-y", "--no-install-recommends", "chromium"):
        _apt("update")
        _apt("install", "-y", "--no-install-recommends", "chromium")
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or _install_chromium()
    if found is None:
        pytest.skip(
            "headless Chromium is not available: `chromium` is not on PATH and could not be installed "
            "with apt-get (needs root, apt-get and access to the Debian mirror)"
        )
    return found


@pytest.fixture(scope="module")
def failing_night(
    bad_night: tuple[object, object], tmp_path_factory: pytest.TempPathFactory
) -> NightValidation:
    articles, facts = bad_night
    docs_root = tmp_path_factory.mktemp("lake") / "data_docs"
    return validate_night(articles, facts, now=NOW, docs_root=docs_root, run_name="browser-run")  # type: ignore[arg-type]


def _chromium(binary: str, profile: Path, *args: str) -> str:
    """Run headless Chromium with a throwaway profile; return its stdout."""
    done = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=BROWSER_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_index_carries_the_failed_runs_page(
    chromium: str, failing_night: NightValidation, tmp_path: Path
) -> None:
    """The index's table is drawn by bootstrap-table from a CDN: offline the DOM holds its rows
    (run name, page links) but a person sees only the headings; the validation pages are static."""
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", failing_night.docs_index.as_uri())
    assert "browser-run" in dom
    assert "validations/facts/browser-run/" in dom


def test_the_validation_page_shows_the_failing_expectation(
    chromium: str, failing_night: NightValidation, tmp_path: Path
) -> None:
    page = failing_night.docs_pages["facts"].as_uri()
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", page)
    assert "fact_not_a_year (ExpectColumnValuesToNotMatchRegex" in dom
    assert "1990" in dom  # the unexpected value itself

    shot = tmp_path / "data-docs.png"
    _chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000", page)
    assert shot.is_file() and shot.stat().st_size > 10_000
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACT)


def test_the_offline_run_page_shows_the_failures(
    chromium: str, failing_night: NightValidation, tmp_path: Path
) -> None:
    """The run page is plain HTML: what a person sees offline is what the DOM holds."""
    page = write_run_page(
        failing_night.docs_index.parent,
        "browser-run",
        "night 2026-11-23: critical expectation failed",
        failing_night.results,
    )
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert "critical expectation failed" in dom
    for failed in (r for r in failing_night.results if not r.success):
        assert f"<td>{failed.rule}</td>" in dom
    shot = tmp_path / "run-page.png"
    _chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,900", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 5_000
    shutil.copyfile(shot, ARTIFACT.with_name("run-page.png"))
