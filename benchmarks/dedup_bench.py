"""Near-duplicate clustering on Reuters-21578: ours against datasketch's MinHashLSH.

Prints, in one run:

* exact-duplicate groups (identical bodies) and whether every one is clustered;
* pairs found, recall and precision against exact Jaccard >= threshold, for
  both methods. The truth is exact over the whole corpus: every pair that can
  reach the threshold is found by an all-pairs prefix-filtering join and its
  Jaccard computed on the full shingle sets (no sampling);
* stories per second (signature + LSH + verification);
* the corpus split into nights by date, loaded one after another into a temp
  DuckDB through ``warehouse.band_index``: seconds of the first and last night.

Run: ``.venv/bin/python benchmarks/dedup_bench.py [--threshold 0.8] [--num-perm 128] [--nights 30]``

Timings are the best of ``--repeat`` runs per method, since the machine may be shared.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import numpy.typing as npt

from transforms.readers.reuters_sgml import read_reuters_sgml
from transforms.similarity import (
    SimilarityConfig,
    cluster,
    concat,
    normalise,
    shingle_hashes,
    sketch,
    verify_pairs,
)
from transforms.similarity.lsh import unique_pairs
from transforms.similarity.verify import distinct_sets
from warehouse.band_index import band_table, candidates_from_history, create_band_index, store_bands

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578"
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Story:
    """What the benchmark needs of an article."""

    article_id: str
    body: str
    published: date


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the figures."""
    args = _arguments(argv)
    files = sorted(CORPUS.glob("reut2-*.sgm"))
    if not files:
        print(f"Reuters-21578 not found at {CORPUS}; nothing to measure.")
        return 0
    stories = _load(files)
    texts = [s.body for s in stories]
    config = SimilarityConfig(threshold=args.threshold, num_perm=args.num_perm)
    print(
        f"{len(stories)} stories with a body; threshold {args.threshold}, {args.num_perm} permutations, "
        f"{config.shingle_words}-word shingles; our banding {config.lsh.bands} x {config.lsh.rows}"
    )
    ours, ours_seconds, labels = _run_ours(texts, config)
    theirs, theirs_seconds = _run_datasketch(texts, config)
    for _ in range(args.repeat - 1):
        ours_seconds = min(ours_seconds, _run_ours(texts, config)[1])
        theirs_seconds = min(theirs_seconds, _run_datasketch(texts, config)[1])
    truth = _exact_truth(texts, config)
    _report_exact_groups(texts, labels, theirs)
    _report_pairs("ours", ours, truth, ours_seconds, len(texts))
    print(
        f"  of which {len(ours - truth)} accepted by containment only (Jaccard < threshold, e.g. story + "
        f"longer update); precision of our Jaccard-accepted pairs is exact by construction"
    )
    _report_pairs("datasketch MinHashLSH", theirs, truth, theirs_seconds, len(texts))
    print(f"  same-cluster recall (ours, transitive): {_same_cluster_recall(labels, truth):.2%}")
    print(f"speed-up: {theirs_seconds / ours_seconds:.1f}x datasketch's stories per second")
    _nights(stories, config, args.nights)
    return 0


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--nights", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3, help="time each method this often, keep the best")
    return parser.parse_args(argv)


def _load(files: list[Path]) -> list[Story]:
    """Articles with a published date, in file order."""
    stories = []
    for path in files:
        for article in read_reuters_sgml(path.read_bytes(), str(path)).articles:
            if article.published_at is not None and article.agency_id is not None:
                stories.append(Story(article.agency_id, article.body, article.published_at.date()))
    return stories


def _run_ours(texts: list[str], config: SimilarityConfig) -> tuple[set[tuple[int, int]], float, I64]:
    """Our clustering, timed end to end; pairs expanded over exact-duplicate groups."""
    _ = config.lsh
    start = time.perf_counter()
    batch = sketch(texts, config)
    result = cluster(batch, config)
    seconds = time.perf_counter() - start
    return _expand(result.pairs, batch.fingerprints), seconds, result.labels


def _expand(links: I64, fingerprints: I64) -> set[tuple[int, int]]:
    """Pairs implied by links between exact-duplicate groups, plus pairs within groups."""
    groups: dict[int, list[int]] = {}
    for row, key in enumerate(fingerprints.tolist()):
        groups.setdefault(key if key else -1 - row, []).append(row)
    members = [groups[key if key else -1 - row] for row, key in enumerate(fingerprints.tolist())]
    pairs = {(i, j) for group in groups.values() for i in group for j in group if i < j}
    for a, b in links.tolist():
        pairs.update((min(i, j), max(i, j)) for i in members[a] for j in members[b])
    return pairs


def _run_datasketch(texts: list[str], config: SimilarityConfig) -> tuple[set[tuple[int, int]], float]:
    """datasketch MinHash + MinHashLSH at the same threshold and permutations, timed the same way."""
    from datasketch import MinHash, MinHashLSH

    start = time.perf_counter()
    shingle_sets = [_word_shingles(text, config.shingle_words) for text in texts]
    rows = [row for row, shingles in enumerate(shingle_sets) if shingles]
    hashes = MinHash.bulk([shingle_sets[row] for row in rows], num_perm=config.num_perm)
    lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)
    with lsh.insertion_session() as session:
        for row, minhash in zip(rows, hashes, strict=True):
            session.insert(row, minhash)
    pairs: set[tuple[int, int]] = set()
    for row, minhash in zip(rows, hashes, strict=True):
        pairs.update((min(row, other), max(row, other)) for other in lsh.query(minhash) if other != row)
    return pairs, time.perf_counter() - start


def _word_shingles(text: str, k: int) -> list[bytes]:
    """The same shingles as ours, as byte strings for datasketch's SHA-1."""
    words = normalise(text).split()
    if 0 < len(words) < k:
        return [b" ".join(words)]
    return [b" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]


def _exact_truth(texts: list[str], config: SimilarityConfig) -> set[tuple[int, int]]:
    """Every pair with exact Jaccard >= threshold, by an AllPairs prefix-filtering join.

    Sets are ordered rarest shingle first; two sets with Jaccard >= t must share
    one of the first ``|x| - ceil(t |x|) + 1`` shingles of each, so only pairs
    sharing a prefix shingle need their exact Jaccard computed.
    """
    shingles = shingle_hashes([normalise(t) for t in texts], config.shingle_words)
    sets = distinct_sets(shingles)
    _, dense, counts = np.unique(sets.values, return_inverse=True, return_counts=True)
    doc = np.repeat(np.arange(len(texts)), sets.sizes())
    order = np.lexsort((counts[dense], doc))
    dense, doc = dense[order], doc[order]
    sizes = sets.sizes()
    position = np.arange(len(doc)) - sets.offsets[doc]
    prefix = sizes - np.ceil(config.threshold * sizes - 1e-9).astype(np.int64) + 1
    keep = position < prefix[doc]
    candidates = _sharing_pairs(dense[keep], doc[keep], len(texts))
    jaccard = verify_pairs(shingles, candidates).jaccard
    return {(int(a), int(b)) for a, b in candidates[jaccard >= config.threshold]}


def _sharing_pairs(tokens: I64, docs: I64, n: int) -> I64:
    """Distinct document pairs that share any token."""
    order = np.argsort(tokens, kind="stable")
    tokens, docs = tokens[order], docs[order]
    bounds = np.flatnonzero(np.diff(np.concatenate([[-1], tokens, [-1]])))
    found = [
        (a, b)
        for s, e in itertools.pairwise(bounds)
        if e - s > 1
        for i, a in enumerate(docs[s:e].tolist())
        for b in docs[s + i + 1 : e].tolist()
    ]
    pairs = np.array(found, dtype=np.int64).reshape(-1, 2)
    return unique_pairs(np.sort(pairs, axis=1), n)


def _report_exact_groups(texts: list[str], labels: I64, theirs: set[tuple[int, int]]) -> None:
    groups: dict[str, list[int]] = {}
    for row, text in enumerate(texts):
        if text.strip():
            groups.setdefault(text, []).append(row)
    dups = [g for g in groups.values() if len(g) > 1]
    ours_ok = sum(len({int(labels[r]) for r in g}) == 1 for g in dups)
    theirs_ok = sum(all((g[0], r) in theirs for r in g[1:]) for g in dups)
    print(f"exact-duplicate groups (identical bodies): {len(dups)} groups, {sum(map(len, dups))} stories")
    print(
        f"  ours: {ours_ok}/{len(dups)} groups in one cluster; "
        f"datasketch: {theirs_ok}/{len(dups)} fully paired"
    )


def _report_pairs(
    name: str, found: set[tuple[int, int]], truth: set[tuple[int, int]], seconds: float, n: int
) -> None:
    hit = len(found & truth)
    recall, precision = hit / max(len(truth), 1), hit / max(len(found), 1)
    print(
        f"{name}: {len(found)} pairs, recall {recall:.2%} of {len(truth)} exact-Jaccard pairs, "
        f"precision {precision:.2%} (Jaccard criterion), {seconds:.2f} s, {n / seconds:,.0f} stories/s"
    )


def _same_cluster_recall(labels: I64, truth: set[tuple[int, int]]) -> float:
    return sum(bool(labels[a] == labels[b]) for a, b in truth) / max(len(truth), 1)


def _nights(stories: list[Story], config: SimilarityConfig, nights: int) -> None:
    """Load the corpus night by night through the band index, timing each night."""
    ordered = sorted(stories, key=lambda s: s.published)
    bodies = {s.article_id: s.body for s in ordered}
    splits = np.array_split(np.arange(len(ordered)), nights)
    warm = duckdb.connect()
    create_band_index(warm)
    _load_night(warm, [ordered[i] for i in splits[0]], bodies, config)
    warm.close()
    with tempfile.TemporaryDirectory() as folder:
        con = duckdb.connect(str(Path(folder) / "bands.duckdb"))
        create_band_index(con)
        timings, joined = [], 0
        for chunk in splits:
            night = [ordered[i] for i in chunk]
            start = time.perf_counter()
            joined += _load_night(con, night, bodies, config)
            timings.append(time.perf_counter() - start)
        rows = con.sql("SELECT count(*) FROM article_bands").fetchone()
        con.close()
    stored = rows[0] if rows else 0
    print(
        f"{nights} nights of ~{len(ordered) // nights} stories into DuckDB ({stored} band rows): "
        f"first night {timings[0]:.3f} s, last night {timings[-1]:.3f} s, "
        f"median {float(np.median(timings)):.3f} s; {joined} stories joined an earlier night's story"
    )
    print("  (one-time imports are paid by a warm-up night on a throwaway in-memory database first)")


def _load_night(
    con: duckdb.DuckDBPyConnection, night: list[Story], bodies: dict[str, str], config: SimilarityConfig
) -> int:
    """One night: sketch, look up stored bands, verify with stored texts, store. Returns cross-night joins."""
    batch = sketch([s.body for s in night], config)
    bands = band_table([s.article_id for s in night], batch.band_hashes, night[-1].published)
    matches = candidates_from_history(con, bands)
    stored_ids = sorted(set(matches.column("candidate_id").to_pylist()))
    position = {article_id: len(night) + k for k, article_id in enumerate(stored_ids)}
    position.update({s.article_id: k for k, s in enumerate(night)})
    new, old = matches.column("article_id").to_pylist(), matches.column("candidate_id").to_pylist()
    pairs = np.array([[position[a], position[c]] for a, c in zip(new, old, strict=True)], dtype=np.int64)
    combined = concat(batch, sketch([bodies[i] for i in stored_ids], config))
    labels = cluster(combined, config, extra_candidates=pairs.reshape(-1, 2)).labels
    store_bands(con, bands)
    return int(np.isin(labels[: len(night)], labels[len(night) :]).sum())


if __name__ == "__main__":
    sys.exit(main())
