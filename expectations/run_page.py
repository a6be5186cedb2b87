"""A plain-HTML page per run that works offline, and an index of those pages.

GX's own Data Docs index draws its table of runs with JavaScript loaded from a
CDN, so on an offline machine a person sees an empty index. The validation
pages themselves are static and readable. This module writes, beside them,
``runs/<run>.html`` (every rule of the run: suite, rule, critical or not, result,
unexpected rows, link to the GX page) and ``runs/index.html`` (every run,
newest first), both self-contained HTML with no script.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape
from pathlib import Path

from expectations.validate import RuleResult

_STYLE = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
    ".failed{background:#fdd}.passed{background:#efe}"
)


def write_run_page(docs_root: Path, run_name: str, title: str, results: Iterable[RuleResult]) -> Path:
    """Write the run's page and refresh the index of runs.

    Args:
        docs_root: The Data Docs site root (``<lake>/data_docs``).
        run_name: The run id; the page is ``runs/<run_name>.html``.
        title: A heading naming the night and its verdict.
        results: Every rule result of the run, with its GX page in ``docs_page``.

    Returns:
        The run page's path.
    """
    runs = Path(docs_root) / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    page = runs / f"{run_name}.html"
    rows = "".join(
        _row(result, runs) for result in sorted(results, key=lambda r: (r.success, r.suite, r.rule))
    )
    header = "<tr><th>result</th><th>suite</th><th>rule</th><th>critical</th><th>unexpected rows</th>"
    header += "<th>observed</th><th>Data Docs</th></tr>"
    _write(
        page,
        title,
        f'<h1>{escape(title)}</h1><table>{header}{rows}</table><p><a href="index.html">all runs</a></p>',
    )
    _write_index(runs)
    return page


def _row(result: RuleResult, runs: Path) -> str:
    """One table row; failed rules first, so the page opens on what went wrong."""
    verdict = "passed" if result.success else "failed"
    link = ""
    if result.docs_page:
        href = os.path.relpath(result.docs_page, runs)
        link = f'<a href="{escape(href)}">{escape(result.suite)} page</a>'
    observed = "" if result.observed_value is None else f"{result.observed_value:.4g}"
    cells = [
        verdict.upper(),
        result.suite,
        result.rule,
        "yes" if result.critical else "no",
        str(result.unexpected_count),
        observed,
    ]
    return (
        f'<tr class="{verdict}">' + "".join(f"<td>{escape(c)}</td>" for c in cells) + f"<td>{link}</td></tr>"
    )


def _write_index(runs: Path) -> None:
    """List every run page, newest first."""
    pages = sorted(
        (p for p in runs.glob("*.html") if p.name != "index.html"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    items = "".join(f'<li><a href="{escape(p.name)}">{escape(_title_of(p))}</a></li>' for p in pages)
    _write(
        runs / "index.html",
        "wirefacts validation runs",
        f"<h1>wirefacts validation runs</h1><ul>{items}</ul>",
    )


def _title_of(page: Path) -> str:
    """The title a run page was written with."""
    text = page.read_text(encoding="utf-8")
    start, end = text.find("<title>"), text.find("</title>")
    return text[start + 7 : end] if start >= 0 and end > start else page.stem


def _write(path: Path, title: str, body: str) -> None:
    """A complete HTML document, written atomically."""
    html = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )
    tmp = path.with_suffix(".partial")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
