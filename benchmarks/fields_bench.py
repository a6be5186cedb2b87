"""Score the numeric-fact extractor field by field against the labelled dev set.

Run from the repository root::

    python -m benchmarks.fields_bench                      # dev split
    python -m benchmarks.fields_bench --split blind        # blind split (scores only)
    python -m benchmarks.fields_bench --split all --ids F  # only the items whose ids F lists
    python -m benchmarks.fields_bench --split dev --errors 10 --field unit

Data (``benchmarks/facts_devset``, labelling rules in its ``GUIDE.md``):

* ``reuters.jsonl``: sentences of Reuters-21578 stored as locators only (``newid``,
  ``sentence_start``/``sentence_end`` into the article body, ``sentence_sha1``). The
  bodies are rebuilt by :func:`load_reuters` exactly as the pipeline builds
  ``articles.body``: ``read_reuters_sgml`` then ``normalise_article``. An item whose
  sentence no longer hashes to ``sentence_sha1`` is reported and skipped.
* ``written.jsonl``: sentences written for the project, text inline.

How an item is scored:

1. ``transforms.extract.extract`` runs on the whole article body (Reuters) or the
   whole ``text`` (written). When its signature accepts keyword arguments
   ``headline`` and ``dateline`` they are passed (the story's headline and dateline
   city); otherwise the text alone.
2. Predicted facts whose span lies inside the labelled sentence are kept; the rest
   of the article is not scored.
3. Gold and predicted facts are aligned one to one by character overlap, greedily,
   largest overlap first (ties: earlier gold fact first). Facts that do not overlap
   stay unaligned.

Reported per split (and per source):

* **value P/R/F1**: an aligned pair is value-correct when the gold point value and
  the predicted value agree within 1e-6 relative, or, for a gold range or vague
  quantity (value null), when predicted low and high both agree with gold low and
  high. Precision = value-correct pairs / predicted facts in the sentences; recall =
  value-correct pairs / gold facts.
* **field accuracy** over aligned pairs, for ``unit``, ``kind``, ``subject_head``,
  ``about``, ``place``, ``change``. ``unit``, ``kind`` and ``change`` compare
  exactly; ``subject_head`` exactly after lower-casing and stripping; ``about`` and
  ``place`` case-insensitively after dropping punctuation and the words inc, corp,
  co, ltd, plc, corporation, company, group, &, the, and count right when either
  normalised string contains the other. null == null is right, null against a value
  is wrong. A predicted Fact without the attribute (older extractors) scores as None.
* **whole row**: value AND unit AND kind AND subject_head AND about right, over the
  aligned pairs and over all gold facts (unaligned gold facts count as wrong).
* **CQE-protocol style table** (after the CQE quantity-extraction benchmark, on the
  same alignment). For each variant a pair earns a credit in [0, 1]; precision =
  total credit / predicted facts, recall = total credit / gold facts:

  - ``value``: 1 when value-correct;
  - ``value+unit``: value-correct and the units equal, where a bare count's unit is
    its ``subject_head`` (so "12 planes" must say what it counts);
  - ``value+change``: value-correct and ``change`` equal;
  - ``value+concept``: value-correct times the token-overlap F1 between the
    normalised ``about`` strings (1 when both are null, 0 when one is) -- partial
    credit for a partly right concept.

``--errors N`` lists up to N mismatches per field (or only ``--field``), for the dev
split only: the blind split is scored, never inspected.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from transforms.extract import extract
from transforms.normalize import Delivery, normalise_article
from transforms.readers.reuters_sgml import read_reuters_sgml

ROOT = Path(__file__).resolve().parent.parent
DEVSET = Path(__file__).resolve().parent / "facts_devset"
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578"
FIELDS = ("unit", "kind", "subject_head", "about", "place", "change")
SPLITS = ("dev", "blind")
_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "corporation", "company", "group", "&", "the"})
_TOKEN = re.compile(r"[a-z0-9&]+")


def load_reuters(
    corpus: Path = CORPUS, newids: Iterable[str] | None = None
) -> dict[str, tuple[str | None, str | None, str]]:
    """Articles of Reuters-21578 as the pipeline stores them: {newid: (headline, dateline_city, body)}.

    Each ``reut2-*.sgm`` is read with ``read_reuters_sgml`` and every article goes
    through ``normalise_article`` (the ``parse`` stage's normaliser), so ``body`` is
    the text ``articles.body`` holds and the extractor sees.

    Args:
        corpus: Folder holding ``reut2-*.sgm``.
        newids: When given, only these articles are kept.
    """
    wanted = set(newids) if newids is not None else None
    articles: dict[str, tuple[str | None, str | None, str]] = {}
    for path in sorted(corpus.glob("reut2-*.sgm")):
        result = read_reuters_sgml(path.read_bytes(), str(path))
        for raw in result.articles:
            newid = (raw.item_ref or "").removeprefix("NEWID=")
            if wanted is not None and newid not in wanted:
                continue
            row = normalise_article(raw, Delivery("fields_bench", "reuters", str(path)), date(1987, 1, 1))
            articles[newid] = (row["headline"], row["dateline_city"], row["body"])
    return articles


@dataclass(slots=True)
class Item:
    """One labelled sentence with the text the extractor runs on."""

    item_id: str
    source: str
    split: str
    text: str
    start: int
    end: int
    headline: str | None
    dateline: str | None
    gold: list[dict[str, Any]]


def load_items(split: str) -> tuple[list[Item], list[str]]:
    """The labelled items of a split ("dev", "blind" or "all") and any problems found loading them."""
    problems: list[str] = []
    items: list[Item] = []
    reuters = [
        json.loads(line) for line in (DEVSET / "reuters.jsonl").read_text().splitlines() if line.strip()
    ]
    written = [
        json.loads(line) for line in (DEVSET / "written.jsonl").read_text().splitlines() if line.strip()
    ]
    reuters = [r for r in reuters if split == "all" or r["split"] == split]
    written = [w for w in written if split == "all" or w["split"] == split]
    articles = load_reuters(newids={r["newid"] for r in reuters}) if reuters else {}
    for r in reuters:
        if r["newid"] not in articles:
            problems.append(f"{r['id']}: NEWID={r['newid']} not found in the corpus")
            continue
        headline, dateline, body = articles[r["newid"]]
        sentence = body[r["sentence_start"] : r["sentence_end"]]
        if hashlib.sha1(sentence.encode()).hexdigest() != r["sentence_sha1"]:
            problems.append(f"{r['id']}: sentence hash differs (reader or normaliser changed?); skipped")
            continue
        gold = [
            {**f, "start": f["start"] + r["sentence_start"], "end": f["end"] + r["sentence_start"]}
            for f in r["facts"]
        ]
        items.append(
            Item(
                r["id"],
                "reuters",
                r["split"],
                body,
                r["sentence_start"],
                r["sentence_end"],
                headline,
                dateline,
                gold,
            )
        )
    for w in written:
        items.append(
            Item(
                w["id"],
                "written",
                w["split"],
                w["text"],
                0,
                len(w["text"]),
                w["headline"],
                w["dateline"],
                w["facts"],
            )
        )
    return items, problems


def _extractor() -> Callable[[Item], list[Any]]:
    """``extract`` wrapped to pass headline and dateline when its signature accepts them."""
    try:
        parameters = inspect.signature(extract).parameters
    except (TypeError, ValueError):
        parameters = {}  # type: ignore[assignment]
    accepts = {"headline", "dateline"} <= set(parameters) or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    )
    if accepts:
        return lambda item: list(extract(item.text, headline=item.headline, dateline=item.dateline))  # type: ignore[call-arg]
    return lambda item: list(extract(item.text))


def _attr(fact: Any, name: str) -> Any:
    return getattr(fact, name, None)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def value_ok(gold: dict[str, Any], pred: Any) -> bool:
    """Gold point value within 1e-6 relative; for a range or vague gold fact, low and high both."""
    if gold["value"] is not None:
        return _close(gold["value"], _attr(pred, "value"))
    return _close(gold["low"], _attr(pred, "low")) and _close(gold["high"], _attr(pred, "high"))


def _entity_tokens(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [t for t in _TOKEN.findall(text.lower().replace("&", " & ")) if t not in _SUFFIXES]


def entity_ok(gold: str | None, pred: str | None) -> bool:
    """``about``/``place``: normalised strings equal or one contains the other; null only matches null."""
    g, p = _entity_tokens(gold), _entity_tokens(pred)
    if g is None or p is None:
        return g is None and p is None
    gs, ps = " ".join(g), " ".join(p)
    return gs in ps or ps in gs


def entity_overlap(gold: str | None, pred: str | None) -> float:
    """Token-overlap F1 of the normalised strings (1 when both null, 0 when one is)."""
    g, p = _entity_tokens(gold), _entity_tokens(pred)
    if g is None or p is None:
        return 1.0 if g is None and p is None else 0.0
    if not g and not p:
        return 1.0
    common = sum(min(g.count(t), p.count(t)) for t in set(g))
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def field_ok(name: str, gold: dict[str, Any], pred: Any) -> bool:
    """Whether one field of an aligned pair is right (see the module docstring)."""
    g, p = gold.get(name), _attr(pred, name)
    if name in ("about", "place"):
        return entity_ok(g, p)
    if name == "subject_head":
        g = g.strip().lower() if isinstance(g, str) else g
        p = p.strip().lower() if isinstance(p, str) else p
    return bool(g == p)


def _unit_or_count(unit: str | None, head: str | None) -> str | None:
    return unit if unit is not None else (head.strip().lower() if isinstance(head, str) else None)


def align(gold: Sequence[dict[str, Any]], preds: Sequence[Any]) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment by span overlap, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


@dataclass(slots=True)
class Tally:
    """Counts for one group of items."""

    gold: int = 0
    predicted: int = 0
    aligned: int = 0
    value_right: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    row_right: int = 0
    cqe: dict[str, float] = field(
        default_factory=lambda: dict.fromkeys(("value", "value+unit", "value+change", "value+concept"), 0.0)
    )


@dataclass(slots=True)
class Mismatch:
    """One wrong field of an aligned pair (or an unaligned gold fact), for ``--errors``."""

    item_id: str
    field: str
    surface: str
    gold: Any
    predicted: Any
    sentence: str


def score(items: Sequence[Item], run: Callable[[Item], list[Any]]) -> tuple[dict[str, Tally], list[Mismatch]]:
    """Tallies per group ("all", "reuters", "written") and the mismatches found."""
    tallies = {name: Tally() for name in ("all", "reuters", "written")}
    mismatches: list[Mismatch] = []
    for item in items:
        preds = [f for f in run(item) if f.start >= item.start and f.end <= item.end]
        pairs = align(item.gold, preds)
        sentence = item.text[item.start : item.end]
        for tally in (tallies["all"], tallies[item.source]):
            tally.gold += len(item.gold)
            tally.predicted += len(preds)
            tally.aligned += len(pairs)
        aligned_gold = {gi for gi, _ in pairs}
        for gi, g in enumerate(item.gold):
            if gi not in aligned_gold:
                mismatches.append(Mismatch(item.item_id, "missed", g["surface"], g["value"], None, sentence))
        for gi, pi in pairs:
            g, p = item.gold[gi], preds[pi]
            v_ok = value_ok(g, p)
            oks = {name: field_ok(name, g, p) for name in FIELDS}
            unit_ok = _unit_or_count(g["unit"], g["subject_head"]) == _unit_or_count(
                _attr(p, "unit"), _attr(p, "subject_head")
            )
            credit = {
                "value": float(v_ok),
                "value+unit": float(v_ok and unit_ok),
                "value+change": float(v_ok and oks["change"]),
                "value+concept": entity_overlap(g["about"], _attr(p, "about")) if v_ok else 0.0,
            }
            row = v_ok and oks["unit"] and oks["kind"] and oks["subject_head"] and oks["about"]
            for tally in (tallies["all"], tallies[item.source]):
                tally.value_right += v_ok
                tally.row_right += row
                for name in FIELDS:
                    tally.field_right[name] += oks[name]
                for name, c in credit.items():
                    tally.cqe[name] += c
            if not v_ok:
                got = (_attr(p, "value"), _attr(p, "low"), _attr(p, "high"))
                mismatches.append(
                    Mismatch(
                        item.item_id, "value", g["surface"], (g["value"], g["low"], g["high"]), got, sentence
                    )
                )
            for name in FIELDS:
                if not oks[name]:
                    mismatches.append(
                        Mismatch(item.item_id, name, g["surface"], g.get(name), _attr(p, name), sentence)
                    )
    return tallies, mismatches


def _prf(right: float, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _pct(part: float, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def report(split: str, tallies: dict[str, Tally], n_items: dict[str, int]) -> None:
    """Print the tables of one split."""
    print(f"\n=== split: {split} ===")
    for name in ("all", "reuters", "written"):
        t = tallies[name]
        if not n_items.get(name):
            continue
        p, r, f = _prf(t.value_right, t.predicted, t.gold)
        print(f"\n[{name}] items {n_items[name]}  gold facts {t.gold}  predicted in sentences {t.predicted}")
        print(f"  aligned by span {t.aligned}  value P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        print(f"  field accuracy over {t.aligned} aligned pairs:")
        for fname in FIELDS:
            print(f"    {fname:<13} {_pct(t.field_right[fname], t.aligned)}")
        print(f"    {'whole row':<13} {_pct(t.row_right, t.aligned)}  (value+unit+kind+subject_head+about)")
        print(f"  whole row over all gold facts: {_pct(t.row_right, t.gold)}")
        print("  CQE-style     P       R       F1")
        for cname, credit in t.cqe.items():
            cp, cr, cf = _prf(credit, t.predicted, t.gold)
            print(f"    {cname:<13} {cp:.3f}   {cr:.3f}   {cf:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "blind", "all"), default="dev")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="list up to N mismatches per field (dev)"
    )
    parser.add_argument(
        "--field", choices=("value", "missed", *FIELDS), help="only list mismatches of this field"
    )
    parser.add_argument(
        "--ids",
        type=Path,
        metavar="FILE",
        help="score only the items whose ids FILE lists, one per line (e.g. the items one commit added)",
    )
    args = parser.parse_args(argv)
    only = set(args.ids.read_text(encoding="utf-8").split()) if args.ids else None
    if args.errors and args.split == "blind":
        print("refused: the blind split is scored, never inspected (use --errors with --split dev)")
        return 2
    run = _extractor()
    splits = SPLITS if args.split == "all" else (args.split,)
    dev_mismatches: list[Mismatch] = []
    for split in splits:
        items, problems = load_items(split)
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
        if only is not None:
            items = [item for item in items if item.item_id in only]
        tallies, mismatches = score(items, run)
        n_items = {
            "all": len(items),
            "reuters": sum(i.source == "reuters" for i in items),
            "written": sum(i.source == "written" for i in items),
        }
        report(split, tallies, n_items)
        if split == "dev":
            dev_mismatches = mismatches
    if args.errors:
        fields = (args.field,) if args.field else ("missed", "value", *FIELDS)
        for fname in fields:
            shown = [m for m in dev_mismatches if m.field == fname][: args.errors]
            if not shown:
                continue
            print(f"\n--- dev mismatches: {fname} ---")
            for m in shown:
                print(f"  {m.item_id}  {m.surface!r}: gold {m.gold!r}  predicted {m.predicted!r}")
                print(f"      | {m.sentence[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
