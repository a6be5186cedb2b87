"""Story precision on Reuters-21578: are the articles the story linking joins really one story?

The labelled sample lives in ``benchmarks/data/story_labels.csv``: one row per article
of a sampled multi-article story, ``newid,story,group`` where ``story`` names the story
as the linking *before the fix* built it and ``group`` is the hand label (articles of a
story with the same group really are one story). Only NEWIDs and labels are stored,
never Reuters text.

What is measured, over the sampled articles, with the linking as it is now:

* story precision: multi-article stories whose members all share one hand group;
* pair precision: consecutive versions (by publication time, as ``fact_changes``
  compares them) that share a hand group.

The linking runs as the pipeline's story stage does (:func:`transforms.stories.assign_stories`),
over every article of the date range in one batch, so the pairwise rules are the
pipeline's; the corpus is read in place.

Run: ``.venv/bin/python benchmarks/story_precision.py [--start 1987-03-02] [--end 1987-03-20]``
     ``--sample N`` prints N unlabelled multi-article stories to label (NEWID, time, headline).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from transforms.normalize import Delivery, normalise_articles
from transforms.readers import read_payload
from transforms.similarity import connected_components
from transforms.stories import assign_stories, sketch_night

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578"
LABELS = ROOT / "benchmarks" / "data" / "story_labels.csv"


def load(corpus: Path, start: date, end: date) -> pa.Table:
    """The range's articles, normalised and exact duplicates dropped, as the pipeline loads them."""
    items = []
    for path in sorted(corpus.resolve().glob("reut2-*.sgm")):
        result = read_payload(path.read_bytes(), path.as_uri())
        items += [(a, Delivery(path.name, "reuters", path.as_uri())) for a in result.articles]
    articles = normalise_articles(items, end)
    in_range = pc.and_(
        pc.greater_equal(articles["pub_date"], pa.scalar(start)),
        pc.less_equal(articles["pub_date"], pa.scalar(end)),
    )
    articles = articles.filter(in_range)
    first: list[int] = []
    seen: set[str] = set()
    for k, article_id in enumerate(articles["article_id"].to_pylist()):
        if article_id not in seen:
            seen.add(article_id)
            first.append(k)
    return articles.take(first)


def stories(articles: pa.Table, night: date) -> dict[str, list[int]]:
    """Multi-article stories: story id -> row indices, ordered as versions (publication time, id)."""
    stage = assign_stories(articles, sketch_night(articles, night), _empty_history(), _empty_matches(), night)
    position = {a: k for k, a in enumerate(articles["article_id"].to_pylist())}
    linked = zip(stage.links["article_id"].to_pylist(), stage.links["linked_id"].to_pylist(), strict=True)
    pairs = [(position[a], position[b]) for a, b in linked]
    labels = connected_components(articles.num_rows, np.array(pairs, dtype=np.int64).reshape(-1, 2))
    groups: dict[int, list[int]] = defaultdict(list)
    for k, label in enumerate(labels.tolist()):
        groups[label].append(k)
    ids = articles["agency_id"].to_pylist()
    when = articles["published_at"].to_pylist()
    return {
        ids[min(m, key=lambda k: (when[k], ids[k]))]: sorted(m, key=lambda k: (when[k], ids[k]))
        for m in groups.values()
        if len(m) > 1
    }


def _empty_history() -> pa.Table:
    from transforms.stories import HISTORY

    return HISTORY.empty_table()


def _empty_matches() -> pa.Table:
    from transforms.stories import MATCHES

    return MATCHES.empty_table()


def newid(agency_id: str) -> str:
    return agency_id.removeprefix("reuters:")


def measure(
    articles: pa.Table,
    found: dict[str, list[int]],
    labels: dict[str, tuple[str, str]],
    verbose: bool = False,
) -> None:
    """Print story and pair precision over the labelled articles."""
    ids = [newid(a) for a in articles["agency_id"].to_pylist()]
    story_ok = story_total = pair_ok = pair_total = 0
    for members in found.values():
        labelled = [ids[k] for k in members if ids[k] in labels]
        if len(labelled) < 2:
            continue
        groups = [labels[n] for n in labelled]
        story_total += 1
        story_ok += len(set(groups)) == 1
        if verbose and len(set(groups)) > 1:
            print("  wrong:", ", ".join(f"{n}={labels[n][1]}" for n in labelled))
        for a, b in itertools.pairwise(groups):
            pair_total += 1
            pair_ok += a == b
    story_of = {ids[k]: story for story, members in found.items() for k in members}
    by_group: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n, key in labels.items():
        by_group[key].append(n)
    together = [g for g in by_group.values() if len(g) > 1]
    kept = sum(len({story_of.get(n) for n in g}) == 1 and story_of.get(g[0]) is not None for g in together)
    if verbose:
        for g in together:
            if len({story_of.get(n) for n in g}) != 1 or story_of.get(g[0]) is None:
                print("  split:", ", ".join(f"{n}->{story_of.get(n)}" for n in g))
    print(f"labelled articles: {len(labels)}")
    print(f"labelled true stories of 2+ articles still whole (recall): {kept}/{len(together)}")
    print(f"multi-article stories over labelled articles: {story_total}")
    if story_total:
        print(f"story precision: {story_ok}/{story_total} = {story_ok / story_total:.3f}")
        print(f"pair precision (consecutive versions): {pair_ok}/{pair_total} = {pair_ok / pair_total:.3f}")


def read_labels(path: Path) -> dict[str, tuple[str, str]]:
    with path.open(newline="") as handle:
        return {row["newid"]: (row["story"], row["group"]) for row in csv.DictReader(handle)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--start", type=date.fromisoformat, default=date(1987, 3, 2))
    parser.add_argument("--end", type=date.fromisoformat, default=date(1987, 3, 20))
    parser.add_argument("--verbose", action="store_true", help="list the stories that join different groups")
    parser.add_argument("--sample", type=int, default=0, help="print N multi-article stories to label")
    args = parser.parse_args(argv)
    articles = load(args.corpus, args.start, args.end)
    found = stories(articles, args.end)
    print(f"articles {articles.num_rows}, multi-article stories {len(found)}")
    if args.sample:
        heads = articles["headline"].to_pylist()
        when = articles["published_at"].to_pylist()
        ids = articles["agency_id"].to_pylist()
        bodies = articles["body"].to_pylist()
        for story, members in list(found.items())[: args.sample]:
            print(f"== {newid(story)} ({len(members)})")
            for k in members:
                print(f"  {newid(ids[k])}\t{when[k]:%m-%d %H:%M}\t{heads[k]}\t| {bodies[k][:90]!r}")
        return 0
    measure(articles, found, read_labels(LABELS), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
