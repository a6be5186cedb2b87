"""The offline run page lists every rule, failures first, and links the GX validation pages."""

from __future__ import annotations

from pathlib import Path

from expectations.run_page import write_run_page
from expectations.validate import RuleResult


def _result(rule: str, success: bool, page: Path, unexpected: int = 0) -> RuleResult:
    return RuleResult(
        "facts",
        rule,
        "ExpectColumnValuesToBeInSet",
        success,
        10,
        unexpected,
        critical=False,
        docs_page=str(page),
    )


def test_run_page_and_index(tmp_path: Path) -> None:
    gx_page = tmp_path / "validations" / "facts" / "run-1" / "page.html"
    results = [_result("kind_known", True, gx_page), _result("unit_known", False, gx_page, unexpected=3)]
    page = write_run_page(tmp_path, "run-1", "night 2026-11-23, run run-1: passed", results)
    html = page.read_text()
    assert page == tmp_path / "runs" / "run-1.html"
    assert html.index("unit_known") < html.index("kind_known")  # failures first
    assert '<tr class="failed"><td>FAILED</td><td>facts</td><td>unit_known</td><td>no</td><td>3</td>' in html
    assert 'href="../validations/facts/run-1/page.html"' in html
    write_run_page(tmp_path, "run-2", "night 2026-11-24, run run-2: passed", results[:1])
    index = (tmp_path / "runs" / "index.html").read_text()
    assert 'href="run-1.html"' in index and 'href="run-2.html"' in index
    assert "<script" not in html + index


def test_titles_are_escaped(tmp_path: Path) -> None:
    page = write_run_page(tmp_path, "r", "<b>night</b>", [])
    assert "&lt;b&gt;night&lt;/b&gt;" in page.read_text()
