"""Peak memory of a number-heavy story, with and without the article limits (issue 13).

A 1.3 MB story of 200,000 numbers in one sentence was killed at 23 GB: every
fact carries its whole sentence, so memory grows with the square of the count.
The limits (:mod:`transforms.limits`) quarantine such a story before extraction.
This benchmark measures, each case in a fresh process (``ru_maxrss`` is a
lifetime peak, so cases must not share one):

* ``wirefacts extract`` on stories of growing size with the limits raised out of
  the way (the CLI applies them too): the growth the limits exist to stop, kept
  small enough not to take the machine down (``--max-unbounded``);
* the pipeline's path, :func:`flows.stages.within_limits` then extraction, on the
  200,000-number story: it must be quarantined, quickly, in little memory;
* the same path on a night of table-like stories that pass the per-article bounds
  (985 numbers in one 4,948-character sentence each): without the per-sentence
  bound (``max_numbers_per_sentence`` raised) memory grows by about 13 MB per 5 KB
  story; with it they are quarantined;
* stories at the bounds (19 sentences of 100 numbers, 1,900 numbers), 5 and 20 of
  them: memory grows linearly, by the facts' text (at most 100 x the body).

    uv run python -m benchmarks.limits_bench [--max-unbounded 20000]

Run it by hand or from ``make bench``; it asserts nothing a timed test would,
but exits 1 if a limited run is not quarantined or takes more than 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMITED_BUDGET_MB = 500


def story(numbers: int) -> str:
    """One sentence of ``numbers`` numbers, as the red team sent it."""
    return "The readings were " + ", ".join(str(n % 1000) for n in range(numbers)) + " units.\n"


RAISED = {
    "WIREFACTS_LIMITS__MAX_BODY_CHARS": "100000000",
    "WIREFACTS_LIMITS__MAX_SENTENCE_CHARS": "100000000",
    "WIREFACTS_LIMITS__MAX_NUMBERS_PER_ARTICLE": "100000000",
    "WIREFACTS_LIMITS__MAX_NUMBERS_PER_SENTENCE": "100000000",
}
"""Limits out of the way, for the unbounded cases."""

_NIGHT = """
import json, resource, sys, time
from dataclasses import replace
from datetime import date
import pyarrow as pa
from flows import stages
from transforms.facts import extract_facts
from transforms.limits import ArticleLimits
from transforms.schemas import ARTICLES
kind, count = sys.argv[1], int(sys.argv[2])
if kind == "at-bounds":
    sentence = "The readings were " + ", ".join(str(100 + i) for i in range(100)) + " units."
    body = " ".join([sentence] * 19)
else:
    body = "The readings were " + ", ".join(str(100 + i % 900) for i in range(985)) + " units."
limits = ArticleLimits()
if kind == "table-no-sentence-bound":
    limits = replace(limits, max_numbers_per_sentence=10**9)
rows = []
for k in range(count):
    row = {name: None for name in ARTICLES.names}
    row.update(article_id=f"a{k}", content_hash=f"h{k}", raw_hash="r", source="bench", format="afp_text",
               pub_status="usable", pub_date=date(2026, 11, 23), date_source="run_date",
               body=f"Station {k}. " + body, subheads=[], paragraph_count=1, word_count=len(body.split()),
               boilerplate_removed=0, ingest_date=date(2026, 11, 23))
    rows.append(row)
began = time.perf_counter()
parsed = stages.within_limits(stages.Parsed(pa.Table.from_pylist(rows, schema=ARTICLES)), limits)
facts = extract_facts(parsed.articles).facts
print(json.dumps({"seconds": time.perf_counter() - began, "facts": facts.num_rows,
                  "bytes": sum(len(r["body"]) for r in rows), "quarantined": len(parsed.rejects),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


_LIMITED = """
import json, resource, sys, time
from datetime import date
import pyarrow as pa
from flows import stages
from transforms.facts import extract_facts
from transforms.limits import ArticleLimits
from transforms.schemas import ARTICLES
body = open(sys.argv[1], encoding="utf-8").read()
row = {name: None for name in ARTICLES.names}
row.update(article_id="a", content_hash="h", raw_hash="r", source="bench", format="afp_text",
           pub_status="usable", pub_date=date(2026, 11, 23), date_source="run_date", body=body,
           subheads=[], paragraph_count=1, word_count=len(body.split()), boilerplate_removed=0,
           ingest_date=date(2026, 11, 23))
began = time.perf_counter()
parsed = stages.within_limits(stages.Parsed(pa.Table.from_pylist([row], schema=ARTICLES)), ArticleLimits())
facts = extract_facts(parsed.articles).facts
print(json.dumps({"seconds": time.perf_counter() - began, "facts": facts.num_rows,
                  "quarantined": [r.reason for r in parsed.rejects],
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _peak_of_child(
    argv: list[str], stdin_path: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, float, int, str]:
    """Run a command to the end: its peak RSS in MB (from wait4), wall seconds, JSON lines, last line.

    Output is read line by line and not kept: the unbounded cases print gigabytes of
    facts, and a parent that large would hand its size on to the next children
    (a forked child's peak starts at its parent's size).
    """
    began = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as stdin:
        child = subprocess.Popen(
            argv,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
        )
        assert child.stdout is not None
        json_lines, last = 0, b""
        for line in child.stdout:
            json_lines += line.startswith(b"{")
            last = line if line.strip() else last
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, time.perf_counter() - began, json_lines, last.decode(errors="replace")


def main() -> int:
    """Print one line per case; exit 1 if the limited case is not bounded."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-unbounded", type=int, default=10_000, help="largest unbounded case (numbers)")
    args = parser.parse_args()
    wirefacts = str(Path(sys.executable).with_name("wirefacts"))
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'case':<44} {'numbers':>8} {'bytes':>10} {'peak MB':>9} {'seconds':>8}  result")
        for numbers in [n for n in (1_000, 2_500, 5_000, 10_000, 20_000) if n <= args.max_unbounded]:
            path = Path(tmp) / f"s{numbers}.txt"
            path.write_text(story(numbers), encoding="utf-8")
            peak, seconds, facts, _ = _peak_of_child([wirefacts, "extract"], path, RAISED)
            print(
                f"{'wirefacts extract (limits raised)':<44} {numbers:>8,} {path.stat().st_size:>10,} "
                f"{peak:>9.0f} {seconds:>8.2f}  {facts:,} facts"
            )
        path = Path(tmp) / "s200000.txt"
        path.write_text(story(200_000), encoding="utf-8")
        peak, seconds, _, out = _peak_of_child([sys.executable, "-c", _LIMITED, str(path)])
        result = json.loads(out)
        verdict = (
            result["quarantined"][0] if result["quarantined"] else f"NOT quarantined: {result['facts']} facts"
        )
        print(
            f"{'limits on: within_limits + extract':<44} {200_000:>8,} {path.stat().st_size:>10,} "
            f"{peak:>9.0f} {result['seconds']:>8.2f}  {verdict}"
        )
    ok = bool(result["quarantined"]) and peak < LIMITED_BUDGET_MB
    for kind, count in (("table-no-sentence-bound", 20), ("table", 20), ("at-bounds", 5), ("at-bounds", 20)):
        peak, _, _, out = _peak_of_child([sys.executable, "-c", _NIGHT, kind, str(count)])
        night = json.loads(out)
        label = f"{count} stories: {kind}"
        print(
            f"{label:<44} {night['facts'] + 985 * night['quarantined']:>8,} {night['bytes']:>10,} "
            f"{peak:>9.0f} {night['seconds']:>8.2f}  {night['facts']:,} facts, "
            f"{night['quarantined']} quarantined"
        )
        if kind == "table":
            ok = ok and night["quarantined"] == count and peak < LIMITED_BUDGET_MB
        if kind == "at-bounds":
            ok = ok and night["quarantined"] == 0 and peak < LIMITED_BUDGET_MB
    print(f"limited run {'within' if ok else 'OVER'} its {LIMITED_BUDGET_MB} MB budget and quarantined: {ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
