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

Evidence is necessary, not sufficient: some pairs are never one story, however
alike their text (see :func:`conflict`). Reuters runs templated reports, so a
dividend notice of one company is word for word that of another, and the Fed's
daily market operation reads the same every morning. Different tickers or named
companies, different agency item ids, and a templated report on another day (the
same words, other figures) veto a link. Because links are transitive, the veto
is checked against every member of the two stories a link would join (as far as
the night sees them: its articles and the stored candidates' whole stories), so
two companies never meet through a third article that resembles both.

Why links and not story ids: a night can only write its own rows, and a story id
written by one night could not be corrected when an earlier night is loaded later
or re-run. Links are facts about pairs that any load order finds the same way; the
warehouse derives story ids from all nights' links (connected components, named
after the story's first article). :func:`assign_stories` applies the same rule to
report the id each new article gets now.

Everything here is pure: the warehouse side fetches the history candidates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

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

FOLLOW_UP_WINDOW = timedelta(hours=24)
"""Largest gap between the publication times of an article and its follow-up: the one
definition, used by :class:`FollowUpRule` and by the warehouse's candidate query."""

NIGHT_COLUMNS = ("article_id", "headline", "body", "agency_id", "agency", "dateline_city", "published_at")
"""What the stage reads of the night's articles."""

HISTORY = pa.schema(
    [
        ("article_id", pa.string()),
        ("headline", pa.string()),
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

    window: timedelta = FOLLOW_UP_WINDOW
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
    found = _links(rows, combined, clustering, follow_up or FollowUpRule(), config.min_containment_shingles)
    links = _without_conflicts(rows, found)
    labels = connected_components(len(rows.ids), np.concatenate([links.pairs, _stored_story_pairs(rows)]))
    return StoryStage(
        bands=night.bands,
        links=_link_table(rows, links, ingest_date),
        assignments=_assignments(rows, labels, ingest_date),
    )


@dataclass(frozen=True, slots=True)
class _Rows:
    """Night rows first, then history rows, as plain columns.

    Identities are read on first use (:meth:`identity`): only the rows a link would
    join are ever checked for conflicts, and reading one scans the whole body.
    """

    ids: list[str]
    night_count: int
    headlines: list[str | None]
    bodies: list[str | None]
    agency_ids: list[str | None]
    agencies: list[str | None]
    cities: list[str | None]
    published: list[datetime | None]
    story_keys: list[tuple[date, str] | None]
    identities: dict[int, Identity] = field(default_factory=dict)

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
            headlines=articles["headline"].to_pylist() + history["headline"].to_pylist(),
            bodies=articles["body"].to_pylist() + history["body"].to_pylist(),
            agency_ids=articles["agency_id"].to_pylist() + history["agency_id"].to_pylist(),
            agencies=articles["agency"].to_pylist() + history["agency"].to_pylist(),
            cities=articles["dateline_city"].to_pylist() + history["dateline_city"].to_pylist(),
            published=articles["published_at"].to_pylist() + history["published_at"].to_pylist(),
            story_keys=story_keys,
        )

    def identity(self, k: int) -> Identity:
        """The :class:`Identity` of row ``k``, read once."""
        found = self.identities.get(k)
        if found is None:
            found = Identity.of(self.headlines[k], self.bodies[k], self.agency_ids[k], self.published[k])
            self.identities[k] = found
        return found

    def series(self) -> frozenset[tuple[str, ...]]:
        """:func:`series_headlines` of every row, from the headlines alone."""
        return series_headlines(
            (_headline_words(_MARKERS.sub("", (headline or "").upper())), _day(when))
            for headline, when in zip(self.headlines, self.published, strict=True)
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
    texts = [int(f) if f else None for f in combined.fingerprints.tolist()]
    same_text = _all_same_key_pairs(texts)
    similar, similar_jaccard, similar_containment = _through_same_text(texts, clustering)
    follow_up, follow_scores = _follow_ups(rows, combined, clustering.pairs, rule, min_size)
    nan = np.full(len(by_agency) + len(same_text), np.nan)
    return _Links(
        pairs=np.concatenate([by_agency, same_text, similar, follow_up]).astype(np.int64),
        evidence=["agency_id"] * len(by_agency)
        + ["same_text"] * len(same_text)
        + ["similar"] * len(similar)
        + ["follow_up"] * len(follow_up),
        jaccard=np.concatenate([nan, similar_jaccard, follow_scores[0]]),
        containment=np.concatenate([nan, similar_containment, follow_scores[1]]),
    )


def _all_same_key_pairs(keys: list[int | None]) -> I64:
    """Every pair of rows with the same non-null key (a veto may refuse some, not all)."""
    groups: dict[int, list[int]] = {}
    for k, key in enumerate(keys):
        if key is not None:
            groups.setdefault(key, []).append(k)
    pairs = [(i, j) for members in groups.values() for x, i in enumerate(members) for j in members[x + 1 :]]
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def _through_same_text(texts: list[int | None], clustering: Clustering) -> tuple[I64, F64, F64]:
    """Similar pairs for every member of the same-text groups of the verified pair.

    Similarity verifies one representative per identical body; with vetoes, the
    representative may be refused (another company's notice) where a member with
    the same body is not, so each member gets the pair, with the same scores.
    """
    groups: dict[int, list[int]] = {}
    for k, key in enumerate(texts):
        if key is not None:
            groups.setdefault(key, []).append(k)

    def members(k: int) -> list[int]:
        key = texts[k]
        return groups[key] if key is not None else [k]

    pairs, jaccard, containment = [], [], []
    for (i, j), jac, con in zip(
        clustering.pairs.tolist(), clustering.jaccard.tolist(), clustering.containment.tolist(), strict=True
    ):
        for x in members(i):
            for y in members(j):
                if x != y:
                    pairs.append((min(x, y), max(x, y)))
                    jaccard.append(jac)
                    containment.append(con)
    return (
        np.array(pairs, dtype=np.int64).reshape(-1, 2),
        np.array(jaccard, dtype=np.float64),
        np.array(containment, dtype=np.float64),
    )


def _follow_ups(
    rows: _Rows, combined: Sketch, similar: I64, rule: FollowUpRule, min_size: int
) -> tuple[I64, tuple[F64, F64]]:
    """Pairs passing the follow-up rule that similarity did not already link.

    ``min_size`` (shingles of the shorter text) keeps a one-line flash from
    following up every story of its city, as for containment in similarity.
    """
    n = np.int64(len(rows.ids))
    candidates = _follow_up_candidates(rows, rule.window)
    known = similar[:, 0].astype(np.int64) * n + similar[:, 1]
    proposed = candidates[~np.isin(candidates[:, 0] * n + candidates[:, 1], known)]
    found = verify_pairs(combined.shingles, proposed)
    big_enough = np.minimum(found.size_a, found.size_b) >= min_size
    keep = (found.containment >= rule.min_containment) & big_enough
    return proposed[keep], (found.jaccard[keep], found.containment[keep])


def _follow_up_candidates(rows: _Rows, window: timedelta) -> I64:
    """Pairs with a night row, the same agency and city, published within ``window``.

    Ordered by (agency, city) in order of first appearance, then by rows. Within a
    group sorted by publication time, each row pairs with the rows after it up to
    its time plus ``window``: only the pairs in the window are ever made.
    """
    groups: dict[tuple[str, str], int] = {}
    group = np.full(len(rows.ids), -1, dtype=np.int64)
    micros = np.zeros(len(rows.ids), dtype=np.int64)
    for k, (agency, city, when) in enumerate(zip(rows.agencies, rows.cities, rows.published, strict=True)):
        if agency and city and when is not None:
            group[k] = groups.setdefault((agency, city), len(groups))
            micros[k] = (when - _epoch(when)) // _MICROSECOND
    members = np.flatnonzero(group >= 0)
    order = np.lexsort((members, micros[members], group[members]))
    members = members[order]
    owner, times = group[members], micros[members]
    # one sorted key for (group, time) and for (group, time + window): ranks of both sets of times
    values, ranks = np.unique(np.concatenate([times, times + window // _MICROSECOND]), return_inverse=True)
    ranks = ranks.reshape(-1)
    width = np.int64(len(values))
    later = np.searchsorted(owner * width + ranks[: len(times)], owner * width + ranks[len(times) :], "right")
    counts = later - np.arange(len(times)) - 1
    left = np.repeat(np.arange(len(times), dtype=np.int64), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    right = left + 1 + (np.arange(len(left), dtype=np.int64) - first)
    a, b = members[left], members[right]
    i, j = np.minimum(a, b), np.maximum(a, b)
    with_night = i < rows.night_count
    i, j, owner = i[with_night], j[with_night], owner[left][with_night]
    ranked = np.lexsort((j, i, owner))
    return np.stack([i[ranked], j[ranked]], axis=1).astype(np.int64).reshape(-1, 2)


_MICROSECOND = timedelta(microseconds=1)
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)


def _epoch(when: datetime) -> datetime:
    return _NAIVE_EPOCH if when.tzinfo is None else _UTC_EPOCH


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
        if min(i, j) >= rows.night_count:
            continue  # two stored articles: another night's pair, stored there
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


_RECORD_NUMBER_IDS = ("reuters:",)
"""Agency ids that number records rather than stories: Reuters gives every re-send and
correction a new NEWID, so different NEWIDs say nothing about the story."""
_BRACKETED = re.compile(r"<\s*([^<>]{1,80}?)\s*>")
_WORD = re.compile(r"[A-Z0-9][A-Z0-9'&./-]*")
_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*")
_MARKERS = re.compile(
    r"^\W*(?:\(?(?:RPT|REPEAT|CORRECTED|CORRECTION|UPDATE\s*\d*|REFILED|RECASTS?)\)?\W+)+", re.IGNORECASE
)
_FILLER = frozenset({"THE", "A", "AN", "OF", "TO", "IN", "ON", "FOR", "AND", "AT", "BY", "WITH", "-", "&"})
_BODY_HEAD = 400
"""Characters of the body searched for the other headline's subject (the lead names it)."""


@dataclass(frozen=True, slots=True)
class Identity:
    """What says which company, item and day an article is about, for :func:`conflict`.

    Attributes:
        names: Tickers and company names written in angle brackets in the headline
            (Reuters: ``FUQUA INDUSTRIES INC <FQA> SETS QUARTERLY``), upper case.
        item_id: The agency item id when it names a story across versions (NewsML-G2
            guid, ninjs uri), not a record number.
        words: Headline words, upper case, correction markers dropped, numbers as ``#``.
        lead: Words of the body's opening, upper case.
        numbers: The figures of the body, with their counts.
        day: The UTC publication date, when known.
        corrects: The headline says it corrects or repeats an item ("CORRECTED-", "(RPT)").
    """

    names: frozenset[str]
    item_id: str | None
    words: tuple[str, ...]
    lead: frozenset[str]
    numbers: Counter[str]
    day: date | None
    corrects: bool

    @classmethod
    def of(
        cls, headline: str | None, body: str | None, agency_id: str | None, published: datetime | None
    ) -> Identity:
        """Read an article's identity from its headline, body, agency id and publication time."""
        marked = (headline or "").upper()
        head = _MARKERS.sub("", marked)
        stable = agency_id if agency_id and not agency_id.startswith(_RECORD_NUMBER_IDS) else None
        return cls(
            names=frozenset(" ".join(_WORD.findall(m)) for m in _BRACKETED.findall(head)),
            item_id=stable,
            words=_headline_words(head),
            lead=frozenset(_stem(w) for w in _WORD.findall((body or "")[:_BODY_HEAD].upper())),
            numbers=Counter(_NUMBER.findall(body or "")),
            day=_day(published),
            corrects=head != marked.lstrip(),
        )


def _headline_words(head: str) -> tuple[str, ...]:
    """:attr:`Identity.words` of a headline in upper case, markers dropped."""
    return tuple(
        "#" if w[0].isdigit() else _stem(w) for w in _WORD.findall(head.replace("<", " ").replace(">", " "))
    )


def _day(published: datetime | None) -> date | None:
    return published.date() if published is not None else None


def _stem(word: str) -> str:
    """``PERU'S`` -> ``PERU``: a possessive names the same subject."""
    return word.removesuffix("'S").removesuffix("\u2019S")


def conflict(a: Identity, b: Identity, series: frozenset[tuple[str, ...]] = frozenset()) -> str | None:
    """Why two articles can never be one story, or None when nothing forbids it.

    * ``names``: both headlines name companies in brackets, and none in common.
    * ``item_id``: both carry story-level agency ids, and they differ.
    * ``subject``: the headlines follow one template ("X SETS QUARTERLY", "X GETS
      # MLN DLR CONTRACT") with subjects that share no word, and neither lead holds
      every word of the other's subject (so "CBT" and "CHICAGO BOARD" of one story,
      whose lead reads "Chicago Board of Trade, CBT", still meet).
    * ``templated``: one headline template (the same words but for one, figures
      aside) on different days, each body with figures the other lacks. A re-send
      repeats its figures (a cut or extended one drops or adds some); a templated
      report (the Fed's daily operation, the Bank of England's money market
      forecast) puts new figures in the same slots every day. An update rewrites
      its headline, and a correction changes figures by design, so an item marked
      as one is exempt. A headline of a
      ``series`` (one that recurs on :data:`SERIES_DAYS` days or more: "FED ADDS
      RESERVES VIA CUSTOMER REPURCHASES") is a templated report whatever its figures.
    """
    if a.names and b.names:
        if a.names.isdisjoint(b.names):
            return "names"
    elif _subjects_differ(a, b):  # bracketed names in common settle the subject
        return "subject"
    if a.item_id and b.item_id and a.item_id != b.item_id:
        return "item_id"
    if _templated(a, b) or (a.words in series and a.words == b.words and _different_days(a, b)):
        return "templated"
    return None


def _templated(a: Identity, b: Identity) -> bool:
    """One headline template on different days, each body with figures the other lacks."""
    if not _different_days(a, b) or a.corrects or b.corrects or not _same_template(a, b):
        return False
    return bool(a.numbers - b.numbers) and bool(b.numbers - a.numbers)


def _same_template(a: Identity, b: Identity) -> bool:
    """Headlines of the same words, figures aside, but for at most one ("REVISED UP"/"DOWN")."""
    if not a.words or len(a.words) != len(b.words):
        return False
    return sum(x != y for x, y in zip(a.words, b.words, strict=True)) <= 1


def _different_days(a: Identity, b: Identity) -> bool:
    return a.day is not None and b.day is not None and a.day != b.day


SERIES_DAYS = 3
"""Days a headline must recur on to be a templated series: a re-send comes back once,
maybe twice; the Fed's repurchase report comes back every business day."""


def series_headlines(headlines: Iterable[tuple[tuple[str, ...], date | None]]) -> frozenset[tuple[str, ...]]:
    """Headlines (as :attr:`Identity.words`, with their day) seen on :data:`SERIES_DAYS` or more days."""
    days: dict[tuple[str, ...], set[date]] = {}
    for words, day in headlines:
        if words and day is not None:
            days.setdefault(words, set()).add(day)
    return frozenset(words for words, seen in days.items() if len(seen) >= SERIES_DAYS)


def _subjects_differ(a: Identity, b: Identity) -> bool:
    """The words before the first word both headlines share are disjoint subjects."""
    shared = {w for w in a.words if w not in _FILLER and w != "#"} & set(b.words)
    if not shared:
        return False
    i = next(k for k, w in enumerate(a.words) if w in shared)
    j = b.words.index(a.words[i])
    subject_a = {w for w in a.words[:i] if w not in _FILLER and w != "#"}
    subject_b = {w for w in b.words[:j] if w not in _FILLER and w != "#"}
    if not subject_a or not subject_b or not subject_a.isdisjoint(subject_b):
        return False
    tail_a = {w for w in a.words[i:] if w not in _FILLER and w != "#"}
    tail_b = {w for w in b.words[j:] if w not in _FILLER and w != "#"}
    if len(tail_a & tail_b) < TEMPLATE_SHARE * min(len(tail_a), len(tail_b)):
        return False  # not one template: a rewritten headline ("QUAKE KILLS 12" / "QUAKE TOLL RISES")
    return not (subject_b <= a.lead or subject_a <= b.lead)


TEMPLATE_SHARE = 0.5
"""Share of the shorter headline tail (after the subject) the other must hold to be one template."""


_STRENGTH = {"agency_id": 0, "same_text": 1, "similar": 2, "follow_up": 3}


def _without_conflicts(rows: _Rows, links: _Links) -> _Links:
    """Keep the links that join no two conflicting articles, strongest evidence first.

    A greedy union: each link, in order of evidence (then score), merges two groups
    only if no member of one conflicts with a member of the other (stored stories
    count as one group from the start). An agency id link is the agency's word and
    always kept. Order is deterministic, so the same rows give the same links.
    """
    parent = list(range(len(rows.ids)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(rows.ids))}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(i: int, j: int) -> None:
        ri, rj = sorted((root(i), root(j)))
        if ri != rj:
            parent[rj] = ri
            members[ri] += members.pop(rj)

    for i, j in _stored_story_pairs(rows).tolist():
        union(i, j)
    series = rows.series()
    score = np.nan_to_num(np.fmax(links.jaccard, links.containment), nan=1.0)
    order = sorted(
        range(len(links.evidence)),
        key=lambda k: (_STRENGTH[links.evidence[k]], -score[k], *links.pairs[k].tolist()),
    )
    keep = []
    for k in order:
        i, j = (int(x) for x in links.pairs[k])
        ri, rj = root(i), root(j)
        if ri != rj and links.evidence[k] != "agency_id":
            identity = rows.identity
            if any(conflict(identity(x), identity(y), series) for x in members[ri] for y in members[rj]):
                continue
        union(i, j)
        keep.append(k)
    keep.sort()
    return _Links(
        pairs=links.pairs[keep].reshape(-1, 2),
        evidence=[links.evidence[k] for k in keep],
        jaccard=links.jaccard[keep],
        containment=links.containment[keep],
    )


def _stored_story_pairs(rows: _Rows) -> I64:
    """Stored rows of one stored story, as pairs: they are one story already."""
    first: dict[tuple[date, str], int] = {}
    pairs = []
    for k in range(rows.night_count, len(rows.ids)):
        key = rows.story_keys[k]
        if key is not None:
            head = first.setdefault(key, k)
            if head != k:
                pairs.append((head, k))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)
