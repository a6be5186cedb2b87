"""A plain-HTML page per run that works offline, and an index of those pages.

GX's own Data Docs index draws its table of runs with JavaScript loaded from a
CDN, so on an offline machine a person sees an empty index. The validation
pages themselves are static and readable. This module writes, beside them,
``runs/<run>.html`` (every rule of the run: suite, rule, critical or not, result,
unexpected rows, link to the GX page) and ``runs/index.html`` (every run,
newest first), both self-contained HTML with no script. A run's page also lists
the failing rows themselves (id, surface, sentence, reason), kept beside it as
``runs/<run>.failing.json`` for the night reports.

The night reports (``reports/index.html`` and ``reports/night-<date>.html``) are
drawn from the warehouse after the load, since only it knows every night: status,
counts, failed rules, failing rows, quarantine reasons and charts over time (inline
SVG from :mod:`expectations.report_charts`; still no script, no network).
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from expectations.report_charts import line_chart, stacked_bar_chart
from expectations.validate import RuleResult

_STYLE = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
    ".failed{background:#fdd}.passed{background:#efe}"
    ".refused,.crashed,.failed-night{background:#fdd}.loaded{background:#efe}.running{background:#ffd}"
    "figure.chart{margin:1em 0}figcaption{color:#555;font-size:90%}td.text{max-width:48em}"
    ".nights td:first-child{white-space:nowrap}"
)
MAX_FAILING_ROWS = 500
"""Failing rows kept per run (page and JSON); a refused night can fail thousands, all in quarantine."""
STATUS_WORDS = {
    "success": "loaded",
    "rejected": "refused",
    "failed": "failed",
    "crashed": "crashed",
    "running": "running",
}
"""runs.status as an operator says it."""
CHART_NIGHTS = 60
"""Nights drawn in the charts (the latest ones): enough to see a trend, small enough to read."""


@dataclass(frozen=True, slots=True)
class FailingRow:
    """A row that broke a rule: what it is, what it says and why it was refused."""

    record: str
    record_id: str
    surface: str
    sentence: str
    reason: str


def failing_rows(
    articles: pa.Table,
    facts: pa.Table,
    bad_articles: Mapping[str, Sequence[str]],
    bad_facts: Mapping[str, Sequence[str]],
) -> list[FailingRow]:
    """The night's failing articles and facts with their text, for the run page.

    A failing fact is never loaded (and a refused night loads nothing), so its surface
    and sentence exist only here, at validation time.
    """
    rows = []
    if bad_articles:
        for row in articles.select(["article_id", "headline"]).to_pylist():
            if row["article_id"] in bad_articles:
                rules = ", ".join(bad_articles[row["article_id"]])
                reason = f"article failed expectation(s): {rules}"
                rows.append(FailingRow("article", row["article_id"], row["headline"] or "", "", reason))
    if bad_facts:
        for row in facts.select(["fact_id", "surface", "sentence"]).to_pylist():
            if row["fact_id"] in bad_facts:
                reason = f"fact failed expectation(s): {', '.join(bad_facts[row['fact_id']])}"
                rows.append(FailingRow("fact", row["fact_id"], row["surface"], row["sentence"], reason))
    return rows


def write_run_page(
    docs_root: Path,
    run_name: str,
    title: str,
    results: Iterable[RuleResult],
    failing: Sequence[FailingRow] = (),
) -> Path:
    """Write the run's page and refresh the index of runs.

    Args:
        docs_root: The Data Docs site root (``<lake>/data_docs``).
        run_name: The run id; the page is ``runs/<run_name>.html``.
        title: A heading naming the night and its verdict.
        results: Every rule result of the run, with its GX page in ``docs_page``.
        failing: The rows that broke a rule (see :func:`failing_rows`); the first
            ``MAX_FAILING_ROWS`` are listed and kept as ``runs/<run_name>.failing.json``.

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
    kept = list(failing)[:MAX_FAILING_ROWS]
    _write_text(runs / f"{run_name}.failing.json", json.dumps([asdict(r) for r in kept], ensure_ascii=False))
    _write(
        page,
        title,
        f"<h1>{escape(title)}</h1><table>{header}{rows}</table>"
        + _failing_table(kept, len(failing))
        + '<p><a href="index.html">all runs</a> · <a href="../reports/index.html">night reports</a></p>',
    )
    _write_index(runs)
    return page


def _failing_table(rows: Sequence[FailingRow], total: int) -> str:
    """The failing rows themselves: id, surface, sentence and reason ("" when none failed)."""
    if not rows:
        return ""
    body = "".join(
        f'<tr class="failing-row"><td>{escape(r.record)}</td><td><code>{escape(r.record_id)}</code></td>'
        f'<td>{escape(r.surface)}</td><td class="text">{escape(r.sentence)}</td>'
        f"<td>{escape(r.reason)}</td></tr>"
        for r in rows
    )
    more = (
        f"<p>{total - len(rows)} more failing rows are in the quarantine table.</p>"
        if total > len(rows)
        else ""
    )
    return (
        f'<h2>Failing rows ({total})</h2><table class="failing"><tr><th>row</th><th>id</th><th>surface</th>'
        f"<th>sentence</th><th>reason</th></tr>{body}</table>{more}"
    )


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
    """List every run page, newest first.

    One writer at a time (an exclusive lock on ``runs/.index.lock``): two workers listing
    the folder at once could each miss the other's new page, and the last to write would win.
    """
    with (runs / ".index.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _write_index_locked(runs)


def _write_index_locked(runs: Path) -> None:
    """:func:`_write_index` under its lock."""
    pages = sorted(
        (p for p in runs.glob("*.html") if p.name != "index.html"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    items = "".join(f'<li><a href="{escape(p.name)}">{escape(_title_of(p))}</a></li>' for p in pages)
    _write(
        runs / "index.html",
        "wirefacts validation runs",
        f'<h1>wirefacts validation runs</h1><p><a href="../reports/index.html">night reports, with charts</a>'
        f"</p><ul>{items}</ul>",
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
    _write_text(path, html)


def _write_text(path: Path, text: str) -> None:
    """Write a file atomically: a reader sees the old file or the new one, never half of it.

    The temporary file's name is this writer's own: a backfill's workers write the runs
    index at the same moments, and with one shared name the first rename took the
    second writer's file away from under it (a backfill once failed so).
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@dataclass(frozen=True, slots=True)
class NightRun:
    """The latest run of one night, as the night reports and ``wirefacts status`` show it."""

    night: date
    run_id: str
    status: str
    runs: int
    started_at: datetime | None
    duration_seconds: float | None
    articles_loaded: int
    facts_loaded: int
    quarantined: int
    stage_seconds: dict[str, float]
    error: str | None

    @property
    def word(self) -> str:
        """loaded, refused, failed, crashed or running."""
        return STATUS_WORDS.get(self.status, self.status)


def night_runs(con: duckdb.DuckDBPyConnection) -> list[NightRun]:
    """The latest run of every night that has one, oldest night first.

    The latest run decides a night's state: a refused night run again and loaded is loaded.
    """
    rows = con.execute(
        """
        SELECT ingest_date, run_id, status, runs, started_at,
               epoch(finished_at - started_at), articles_loaded, facts_loaded, quarantined,
               stage_seconds, error
        FROM (
            SELECT *, count(*) OVER (PARTITION BY ingest_date) AS runs,
                   row_number() OVER (PARTITION BY ingest_date ORDER BY started_at DESC, run_id DESC)
                       AS newest
            FROM runs
        )
        WHERE newest = 1
        ORDER BY ingest_date
        """
    ).fetchall()
    return [
        NightRun(
            night=r[0],
            run_id=str(r[1]),
            status=str(r[2]),
            runs=int(r[3]),
            started_at=r[4],
            duration_seconds=None if r[5] is None else round(float(r[5]), 1),
            articles_loaded=int(r[6] or 0),
            facts_loaded=int(r[7] or 0),
            quarantined=int(r[8] or 0),
            stage_seconds={str(k): float(v) for k, v in (r[9] or {}).items()},
            error=r[10],
        )
        for r in rows
    ]


def night_page(docs_root: Path, night: date) -> Path:
    """Where the report of ``night`` is (or will be) written."""
    return Path(docs_root) / "reports" / f"night-{night.isoformat()}.html"


def write_reports(con: duckdb.DuckDBPyConnection, docs_root: Path) -> Path:
    """Write the report of every night in the warehouse and their index; return the index.

    Args:
        con: A connection to the warehouse (read-only is enough).
        docs_root: The Data Docs site root; pages go to ``<docs_root>/reports/``.
    """
    reports = Path(docs_root) / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    nights = night_runs(con)
    reasons = _reasons_by_night(con)
    for index, night in enumerate(nights):
        window = nights[max(0, index + 1 - CHART_NIGHTS) : index + 1]
        _write_night(con, Path(docs_root), night, window, reasons)
    recent = nights[-CHART_NIGHTS:]
    rows = "".join(
        f'<tr class="{_css(n)}"><td><a href="{_page_name(n.night)}">{n.night}</a></td><td>{n.word}</td>'
        f"<td>{n.runs}</td><td>{n.articles_loaded}</td><td>{n.facts_loaded}</td><td>{n.quarantined}</td>"
        f"<td>{_seconds(n.duration_seconds)}</td><td>{escape(_short(n.error))}</td></tr>"
        for n in reversed(nights)
    )
    body = (
        "<h1>wirefacts nights</h1>"
        f"<p>{len(nights)} nights recorded; charts show the latest {len(recent)}. "
        '<a href="../runs/index.html">validation runs</a></p>'
        + _charts(recent, reasons)
        + '<h2>Every night, newest first</h2><table class="nights"><tr><th>night</th><th>status</th>'
        "<th>runs</th><th>articles</th><th>facts</th><th>quarantined</th><th>duration</th><th>why</th></tr>"
        f"{rows}</table>"
    )
    index_page = reports / "index.html"
    _write(index_page, "wirefacts nights", body)
    return index_page


def _write_night(
    con: duckdb.DuckDBPyConnection,
    docs_root: Path,
    night: NightRun,
    window: Sequence[NightRun],
    reasons: Mapping[date, Mapping[str, int]],
) -> None:
    """One night's report: verdict, counts, failed rules, failing rows, quarantine, charts."""
    runs_dir = docs_root / "runs"
    failed_rules = con.execute(
        "SELECT suite, rule, critical, unexpected_count, element_count, observed_value, docs_page "
        "FROM validation_results WHERE run_id = ? AND NOT success ORDER BY NOT critical, suite, rule",
        [night.run_id],
    ).fetchall()
    rules = "".join(
        f'<tr class="failed"><td>{escape(r[0])}</td><td>{escape(r[1])}</td><td>{"yes" if r[2] else "no"}</td>'
        f"<td>{r[3]} of {r[4]}</td><td>{'' if r[5] is None else f'{r[5]:.4g}'}</td>"
        f"<td>{_link(r[6], docs_root / 'reports', 'Data Docs')}</td></tr>"
        for r in failed_rules
    )
    quarantine = con.execute(
        "SELECT stage, reason, count(*) FROM quarantine WHERE ingest_date = ? "
        "GROUP BY ALL ORDER BY 3 DESC, 1, 2",
        [night.night],
    ).fetchall()
    kinds = "".join(
        f"<tr><td>{escape(kind)}</td><td>{count}</td></tr>"
        for kind, count in sorted(reasons.get(night.night, {}).items(), key=lambda kv: (-kv[1], kv[0]))
    )
    all_runs = con.execute(
        "SELECT run_id, status, started_at, epoch(finished_at - started_at), error FROM runs "
        "WHERE ingest_date = ? ORDER BY started_at DESC",
        [night.night],
    ).fetchall()
    run_rows = "".join(
        f"<tr><td>{_link(str(runs_dir / f'{r[0]}.html'), docs_root / 'reports', str(r[0]))}</td>"
        f"<td>{STATUS_WORDS.get(r[1], r[1])}</td><td>{r[2]:%Y-%m-%d %H:%M:%S}</td>"
        f"<td>{_seconds(None if r[3] is None else float(r[3]))}</td><td>{escape(_short(r[4], 300))}</td></tr>"
        for r in all_runs
    )
    failing = _failing_of(runs_dir, night.run_id)
    counts = (
        f"<table><tr><th>articles loaded</th><td>{night.articles_loaded}</td></tr>"
        f"<tr><th>facts loaded</th><td>{night.facts_loaded}</td></tr>"
        f"<tr><th>quarantined</th><td>{night.quarantined}</td></tr>"
        f"<tr><th>duration</th><td>{_seconds(night.duration_seconds)}</td></tr>"
        f"<tr><th>runs of this night</th><td>{night.runs}</td></tr></table>"
    )
    body = (
        f'<h1 class="{_css(night)}">night {night.night}: {night.word}</h1>'
        + (f'<p class="error">{escape(night.error)}</p>' if night.error else "")
        + counts
        + (
            "<h2>Failed rules</h2><table><tr><th>suite</th><th>rule</th><th>critical</th>"
            f"<th>rows failing</th><th>observed</th><th>page</th></tr>{rules}</table>"
            if rules
            else "<p>Every rule held.</p>"
            if night.status in ("success", "rejected")
            else ""
        )
        + _failing_table(failing, len(failing))
        + (
            "<h2>Quarantine by kind of reason</h2><table><tr><th>reason kind</th><th>rows</th></tr>"
            f"{kinds}</table>"
            f"<p>{sum(q[2] for q in quarantine)} rows; see quarantine_summary in the warehouse.</p>"
            if kinds
            else ""
        )
        + _charts(window, reasons)
        + f"<h2>Runs of this night</h2><table><tr><th>run</th><th>status</th><th>started (UTC)</th>"
        f"<th>duration</th><th>error</th></tr>{run_rows}</table>"
        + '<p><a href="index.html">all nights</a></p>'
    )
    _write(night_page(docs_root, night.night), f"night {night.night}: {night.word}", body)


def _charts(nights: Sequence[NightRun], reasons: Mapping[date, Mapping[str, int]]) -> str:
    """Facts and articles per night, quarantine reasons over time, seconds per stage over time."""
    labels = [n.night.isoformat() for n in nights]
    loaded = line_chart(
        "Facts and articles loaded per night",
        labels,
        {
            "facts": [float(n.facts_loaded) for n in nights],
            "articles": [float(n.articles_loaded) for n in nights],
        },
        "rows",
    )
    kinds = _top_names([reasons.get(n.night, {}) for n in nights])
    quarantine = stacked_bar_chart(
        "Quarantined rows per night, by kind of reason",
        labels,
        {
            kind: [float(_bucket(reasons.get(n.night, {}), kind, kinds)) for n in nights]
            for kind in kinds + (["other"] if _has_other(nights, reasons, kinds) else [])
        },
        "rows",
    )
    stages = _top_names([n.stage_seconds for n in nights], limit=10)
    seconds = stacked_bar_chart(
        "Seconds per stage, latest run of each night",
        labels,
        {stage: [n.stage_seconds.get(stage, 0.0) for n in nights] for stage in stages},
        "seconds",
    )
    return f'<h2>Over time</h2><div class="charts">{loaded}{quarantine}{seconds}</div>'


def _reasons_by_night(con: duckdb.DuckDBPyConnection) -> dict[date, dict[str, int]]:
    """Quarantine rows per night and kind of reason (quarantine_summary.reason_kind)."""
    out: dict[date, dict[str, int]] = {}
    for night, stage, kind, count in con.execute(
        "SELECT ingest_date, stage, reason_kind, sum(row_count) FROM quarantine_summary GROUP BY ALL"
    ).fetchall():
        out.setdefault(night, {})[f"{stage}: {kind}"] = int(count)
    return out


def _top_names(maps: Sequence[Mapping[str, float]], limit: int = 7) -> list[str]:
    """The names with the largest totals, largest first (the rest are drawn as "other")."""
    totals: dict[str, float] = {}
    for values in maps:
        for name, value in values.items():
            totals[name] = totals.get(name, 0.0) + value
    return [name for name, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def _bucket(values: Mapping[str, int], name: str, named: Sequence[str]) -> int:
    """A named kind's count, or for "other" the sum of the kinds not named."""
    if name != "other" or "other" in named:
        return values.get(name, 0)
    return sum(v for k, v in values.items() if k not in named)


def _has_other(
    nights: Sequence[NightRun], reasons: Mapping[date, Mapping[str, int]], named: Sequence[str]
) -> bool:
    return any(k not in named for n in nights for k in reasons.get(n.night, {}))


def _failing_of(runs_dir: Path, run_id: str) -> list[FailingRow]:
    """The failing rows the run's validation kept beside its page (none when it has no file)."""
    path = runs_dir / f"{run_id}.failing.json"
    try:
        data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [FailingRow(**row) for row in data]


def _link(target: str | None, here: Path, text: str) -> str:
    """A relative link from a report page to another page of the site, or plain text if it is missing."""
    if not target or not Path(target).exists():
        return escape(text) if target is None or text != "Data Docs" else ""
    return f'<a href="{escape(os.path.relpath(target, here))}">{escape(text)}</a>'


def _page_name(night: date) -> str:
    return f"night-{night.isoformat()}.html"


def _css(night: NightRun) -> str:
    return "failed-night" if night.word == "failed" else night.word


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f} s"


def _short(text: str | None, limit: int = 120) -> str:
    """An error on one line, cut for a table cell (the night page shows it whole)."""
    if not text:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
