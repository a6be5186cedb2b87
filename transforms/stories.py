"""Which story each of a night's new articles belongs to, as links between articles.

A story is a set of articles linked by evidence, strongest first:

* ``agency_id``: the same agency item id (NewsML-G2 guid, ninjs uri), whatever the text;
* ``same_text``: the same normalised text;
* ``similar``: a verified near duplicate (:mod:`transforms.similarity`), e.g. a
  portal re-send or an update that adds a paragraph;
* ``follow_up``: the same agency and dateline city within :attr:`FollowUpRule.window`,
  holding at least :attr:`FollowUpRule.min_containment` of the shorter text. Why: a
  wire update rewrites its lead ("kills at least 12" becomes "toll rises to 27"),
  which leaves about 0.6 of the first version's shingles, below the 0.8 that keeps
  templated reports (daily repo operations, bond issues) apart. The metadata
  narrows who may link at the lower threshold.

Why links and not story ids: a night can only write its own rows, and a story id
written by one night could not be corrected when an earlier night is loaded later
or re-run. Links are facts about pairs that any load order finds the same way; the
warehouse derives story ids from all nights' links (connected components, named
after the story's first article). :func:`assign_stories` applies the same rule to
report the id each new article gets now.

Everything here is pure: the warehouse side fetches the history candidates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from transforms.similarity import (
    Clustering,
    SimilarityConfig,
    Sketch,
    cluster,
    concat,
    connected_components,
    sketch,
    verify_pairs,
)
from transforms.similarity.bands import band_table

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

STORY_SIMILARITY = SimilarityConfig()
"""Near-duplicate settings for stories. Band hashes stored on earlier nights are only
comparable under the same settings, so change them with a rebuild of ``article_bands``."""

NIGHT_COLUMNS = ("article_id", "body", "agency_id", "agency", "dateline_city", "published_at")
"""What the stage reads of the night's articles."""

HISTORY = pa.schema(
    [
        ("article_id", pa.string()),
        ("body", pa.string()),
        ("agency_id", pa.string()),
        ("agency", pa.string()),
        ("dateline_city", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("story_id", pa.string()),
        ("story_night", pa.date32()),
    ]
)
"""Stored articles that may share a story with the night's: the candidate itself and its
story as the warehouse derives it today (``story_night`` is the night of the story's first article)."""

MATCHES = pa.schema([("article_id", pa.string()), ("candidate_id", pa.string())])
"""Band matches: a night article and a stored article sharing a band hash."""

STORY_LINKS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("linked_id", pa.string(), nullable=False),
        pa.field("evidence", pa.string(), nullable=False),
        pa.field("jaccard", pa.float64()),
        pa.field("containment", pa.float64()),
        pa.field("ingest_date", pa.date32(), nullable=False),
    ]
)
"""One row per link the night found: ``article_id < linked_id``, both in one story."""

ASSIGNMENTS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("story_id", pa.string(), nullable=False),
        pa.field("joined_stored", pa.bool_(), nullable=False),
    ]
)
"""The story each night article belongs to now, and whether it joined a story another night stored."""


@dataclass(frozen=True, slots=True)
class FollowUpRule:
    """When an article rewritten from another is still the same story (see the module doc).

    Attributes:
        window: Largest gap between the two publication times.
        min_containment: Share of the shorter text's shingles found in the longer one.
    """

    window: timedelta = timedelta(hours=24)
    min_containment: float = 0.5


@dataclass(frozen=True, slots=True)
class NightSketch:
    """A night's articles sketched once: for the band lookup, then for clustering.

    Attributes:
        sketch: Similarity sketch of the bodies, in row order.
        bands: The night's ``article_bands`` rows (see :mod:`warehouse.band_index`).
    """

    sketch: Sketch
    bands: pa.Table


@dataclass(frozen=True, slots=True)
class StoryStage:
    """What the night writes about stories, and what it found.

    Attributes:
        bands: ``article_bands`` rows of the night's articles.
        links: STORY_LINKS rows.
        assignments: ASSIGNMENTS rows, one per night article.
    """

    bands: pa.Table
    links: pa.Table
    assignments: pa.Table

    @property
    def joined_stored(self) -> int:
        """Night articles that joined a story another night stored."""
        return sum(self.assignments["joined_stored"].to_pylist())


def sketch_night(
    articles: pa.Table, ingest_date: date, config: SimilarityConfig = STORY_SIMILARITY
) -> NightSketch:
    """Sketch the night's bodies and build its band rows."""
    night = sketch(articles["body"].to_pylist(), config)
    ids = articles["article_id"].to_pylist()
    return NightSketch(night, band_table(ids, night.band_hashes, ingest_date))


def assign_stories(
    articles: pa.Table,
    night: NightSketch,
    history: pa.Table,
    matches: pa.Table,
    ingest_date: date,
    *,
    config: SimilarityConfig = STORY_SIMILARITY,
    follow_up: FollowUpRule | None = None,
) -> StoryStage:
    """Link the night's articles to each other and to stored ones, and name their stories.

    Args:
        articles: The night's new articles (at least :data:`NIGHT_COLUMNS`), as sketched in ``night``.
        night: :func:`sketch_night` of ``articles``.
        history: Stored candidates (:data:`HISTORY`), none of them from this night.
        matches: Band matches (:data:`MATCHES`) between night and stored articles.
        ingest_date: The night.
        config: Must be the configuration ``night`` was sketched with.
        follow_up: The follow-up rule; the default rule when None.

    Returns:
        The night's band rows, links and story assignments.
    """
    rows = _Rows.of(articles, history)
    combined = concat(night.sketch, sketch(history["body"].to_pylist(), config))
    clustering = cluster(combined, config, rows.agency_ids, _match_positions(rows, matches))
    links = _links(rows, combined, clustering, follow_up or FollowUpRule(), config.min_containment_shingles)
    labels = connected_components(len(rows.ids), links.pairs)
    return StoryStage(
        bands=night.bands,
        links=_link_table(rows, links, ingest_date),
        assignments=_assignments(rows, labels, ingest_date),
    )


@dataclass(frozen=True, slots=True)
class _Rows:
    """Night rows first, then history rows, as plain columns."""

    ids: list[str]
    night_count: int
    agency_ids: list[str | None]
    agencies: list[str | None]
    cities: list[str | None]
    published: list[datetime | None]
    story_keys: list[tuple[date, str] | None]

    @classmethod
    def of(cls, articles: pa.Table, history: pa.Table) -> _Rows:
        n = articles.num_rows
        story_keys: list[tuple[date, str] | None] = [None] * n
        story_keys += list(
            zip(history["story_night"].to_pylist(), history["story_id"].to_pylist(), strict=True)
        )
        return cls(
            ids=articles["article_id"].to_pylist() + history["article_id"].to_pylist(),
            night_count=n,
            agency_ids=articles["agency_id"].to_pylist() + history["agency_id"].to_pylist(),
            agencies=articles["agency"].to_pylist() + history["agency"].to_pylist(),
            cities=articles["dateline_city"].to_pylist() + history["dateline_city"].to_pylist(),
            published=articles["published_at"].to_pylist() + history["published_at"].to_pylist(),
            story_keys=story_keys,
        )


@dataclass(frozen=True, slots=True)
class _Links:
    """Links between rows, with their evidence and scores (NaN when not measured)."""

    pairs: I64
    evidence: list[str]
    jaccard: F64
    containment: F64


def _match_positions(rows: _Rows, matches: pa.Table) -> I64:
    """Band matches as row pairs, for the similarity verifier."""
    position = {article_id: k for k, article_id in enumerate(rows.ids)}
    found = zip(matches["article_id"].to_pylist(), matches["candidate_id"].to_pylist(), strict=True)
    pairs = [(position[a], position[c]) for a, c in found if a in position and c in position]
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def _links(
    rows: _Rows, combined: Sketch, clustering: Clustering, rule: FollowUpRule, min_size: int
) -> _Links:
    """Every piece of evidence that two rows are one story."""
    by_agency = _same_key_pairs(rows.agency_ids)
    same_text = _same_key_pairs([int(f) if f else None for f in combined.fingerprints.tolist()])
    follow_up, follow_scores = _follow_ups(rows, combined, clustering.pairs, rule, min_size)
    nan = np.full(len(by_agency) + len(same_text), np.nan)
    return _Links(
        pairs=np.concatenate([by_agency, same_text, clustering.pairs, follow_up]).astype(np.int64),
        evidence=["agency_id"] * len(by_agency)
        + ["same_text"] * len(same_text)
        + ["similar"] * len(clustering.pairs)
        + ["follow_up"] * len(follow_up),
        jaccard=np.concatenate([nan, clustering.jaccard, follow_scores[0]]),
        containment=np.concatenate([nan, clustering.containment, follow_scores[1]]),
    )


def _follow_ups(
    rows: _Rows, combined: Sketch, similar: I64, rule: FollowUpRule, min_size: int
) -> tuple[I64, tuple[F64, F64]]:
    """Pairs passing the follow-up rule that similarity did not already link.

    ``min_size`` (shingles of the shorter text) keeps a one-line flash from
    following up every story of its city, as for containment in similarity.
    """
    known = {(int(i), int(j)) for i, j in similar.tolist()}
    fresh = [p for p in _follow_up_candidates(rows, rule.window) if p not in known]
    proposed = np.array(fresh, dtype=np.int64).reshape(-1, 2)
    found = verify_pairs(combined.shingles, proposed)
    big_enough = np.minimum(found.size_a, found.size_b) >= min_size
    keep = (found.containment >= rule.min_containment) & big_enough
    return proposed[keep], (found.jaccard[keep], found.containment[keep])


def _follow_up_candidates(rows: _Rows, window: timedelta) -> list[tuple[int, int]]:
    """Pairs with a night row, the same agency and city, published within ``window``."""
    groups: dict[tuple[str, str], list[int]] = {}
    for k, (agency, city, when) in enumerate(zip(rows.agencies, rows.cities, rows.published, strict=True)):
        if agency and city and when is not None:
            groups.setdefault((agency, city), []).append(k)
    pairs = []
    for members in groups.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if min(i, j) < rows.night_count and _within(rows.published[i], rows.published[j], window):
                    pairs.append((min(i, j), max(i, j)))
    return pairs


def _within(a: datetime | None, b: datetime | None, window: timedelta) -> bool:
    return a is not None and b is not None and abs(a - b) <= window


def _same_key_pairs(keys: list[str | None] | list[int | None]) -> I64:
    """Links from each row to the first row with the same non-null key."""
    first: dict[object, int] = {}
    pairs = []
    for k, key in enumerate(keys):
        if key is None:
            continue
        head = first.setdefault(key, k)
        if head != k:
            pairs.append((head, k))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def _link_table(rows: _Rows, links: _Links, ingest_date: date) -> pa.Table:
    """STORY_LINKS rows, each pair once with its strongest evidence, ordered for stable output."""
    best: dict[tuple[str, str], tuple[str, float | None, float | None]] = {}
    for (i, j), evidence, jac, con in zip(
        links.pairs.tolist(), links.evidence, links.jaccard.tolist(), links.containment.tolist(), strict=True
    ):
        key = (min(rows.ids[i], rows.ids[j]), max(rows.ids[i], rows.ids[j]))
        if key[0] != key[1] and key not in best:
            best[key] = (evidence, None if np.isnan(jac) else jac, None if np.isnan(con) else con)
    ordered = sorted(best.items())
    return pa.Table.from_pylist(
        [
            {
                "article_id": a,
                "linked_id": b,
                "evidence": e,
                "jaccard": jac,
                "containment": con,
                "ingest_date": ingest_date,
            }
            for (a, b), (e, jac, con) in ordered
        ],
        schema=STORY_LINKS,
    )


def _assignments(rows: _Rows, labels: I64, ingest_date: date) -> pa.Table:
    """The story of each night row: named after the first article of everything it links to.

    A story's first article is the one of the earliest night (then the smallest id);
    stored rows stand for their whole story by its ``(story_night, story_id)``.
    """
    first: dict[int, tuple[date, str]] = {}
    for k, label in enumerate(labels.tolist()):
        key = rows.story_keys[k] or (ingest_date, rows.ids[k])
        first[label] = min(first.get(label, key), key)
    stored = set(labels[rows.night_count :].tolist())
    night = labels[: rows.night_count].tolist()
    return pa.Table.from_pylist(
        [
            {"article_id": rows.ids[k], "story_id": first[label][1], "joined_stored": label in stored}
            for k, label in enumerate(night)
        ],
        schema=ASSIGNMENTS,
    )
