"""Declared bounds on one article, checked before fact extraction.

Every fact carries its whole sentence, so the extractor's output grows with
(numbers in a sentence) x (sentence length): a 1.3 MB story of 200,000 numbers
in one sentence took 23 GB and killed the night, good stories included, and
10,000 numbers (49 KB) were enough for the density rule to refuse the whole
night without naming the story. A wire story is a few kilobytes with a few
dozen numbers, so an article past any of these bounds is not news copy to
extract but a table, a dump or an attack: it is quarantined with the bound it
broke, before extraction, and the rest of the night goes on.

The checks are cheap and linear in the body: its length first (no scan at
all), then a count of digit runs that stops at the limit, then, only for a body
longer than a sentence may be or with more numbers than a sentence may hold, the
sentence lengths and number counts from the extractor's own splitter. Bounding
sentences and articles alone is not enough: 985 numbers in one 4,948-character
sentence pass both, yet their facts carry 4.9 MB of sentence text for 5 KB of
input, and a 260 KB page of 50 such stories took 1.3 GB. So numbers per
sentence are bounded too: each fact carries one sentence, and a sentence of
``L`` characters yields at most ``max_numbers_per_sentence`` facts, so the
facts' text is at most ``max_numbers_per_sentence`` times the body, and memory
stays linear in the night's size with that constant (100 by default; the
densest sentence of Reuters-21578's 19,043 stories holds 96 numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from transforms.extract.sentences import split
from transforms.quarantine import QuarantineEntry

STAGE = "limit"
"""The quarantine stage of an article refused by a bound."""

_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class ArticleLimits:
    """The bounds, with the defaults of ``limits.*`` in :mod:`flows.settings`.

    Attributes:
        max_body_chars: Longest article body, in characters.
        max_sentence_chars: Longest sentence, in characters (as the extractor splits them).
        max_numbers: Most digit runs ("2,500" counts two) in one article.
        max_numbers_per_sentence: Most digit runs in one sentence (each makes a fact that carries
            the whole sentence).
    """

    max_body_chars: int = 200_000
    max_sentence_chars: int = 5_000
    max_numbers: int = 2_000
    max_numbers_per_sentence: int = 100


def over_limit(body: str, limits: ArticleLimits) -> str | None:
    """Which bound ``body`` breaks, in words an editor can act on; None when it is within all of them."""
    if len(body) > limits.max_body_chars:
        return (
            f"body is {len(body):,} characters, over the {limits.max_body_chars:,}-character limit "
            "(limits.max_body_chars); facts not extracted"
        )
    count = 0
    for count, _ in enumerate(_NUMBER.finditer(body), 1):
        if count > limits.max_numbers:
            return (
                f"more than {limits.max_numbers:,} numbers in one article "
                "(limits.max_numbers_per_article); facts not extracted"
            )
    if len(body) <= limits.max_sentence_chars and count <= limits.max_numbers_per_sentence:
        # no sentence is longer than its body or holds more numbers: the split (a second of a
        # Reuters night, for the few stories that could break a sentence bound) is not needed
        return None
    for index, sentence in enumerate(split(body)):
        length = sentence.end - sentence.start
        if length > limits.max_sentence_chars:
            return (
                f"sentence {index + 1} is {length:,} characters, over the {limits.max_sentence_chars:,}-"
                "character limit (limits.max_sentence_chars); facts not extracted"
            )
        numbers = sum(1 for _ in _NUMBER.finditer(body, sentence.start, sentence.end))
        if numbers > limits.max_numbers_per_sentence:
            return (
                f"sentence {index + 1} holds {numbers:,} numbers, over the "
                f"{limits.max_numbers_per_sentence:,}-number limit (limits.max_numbers_per_sentence); "
                "facts not extracted"
            )
    return None


def apply_limits(articles: pa.Table, limits: ArticleLimits) -> tuple[pa.Table, list[QuarantineEntry]]:
    """Split a batch of ARTICLES rows into those within the bounds and quarantine entries for the rest.

    Each entry names the article (headline and id), its payload (``raw_ref``) and
    its item, so the story can be found in the raw zone.
    """
    if articles.num_rows == 0:
        return articles, []
    keys = articles.select(["article_id", "headline", "source", "raw_hash", "item_ref", "source_uri"])
    rejects: list[QuarantineEntry] = []
    keep: list[bool] = []
    for row, body in zip(keys.to_pylist(), articles["body"].to_pylist(), strict=True):
        reason = over_limit(body or "", limits)
        keep.append(reason is None)
        if reason is not None:
            rejects.append(
                QuarantineEntry(
                    STAGE,
                    f"article {row['headline'] or row['article_id']!r}: {reason}",
                    row["source"],
                    raw_ref=row["raw_hash"],
                    item_ref=row["item_ref"] or row["source_uri"],
                    record_id=row["article_id"],
                )
            )
    if not rejects:
        return articles, []
    return articles.filter(pc.equal(pa.array(keep, pa.bool_()), True)), rejects
