"""Build the pandas frames that the suites validate.

Some rules compare a fact with its article ("the surface text equals the body
slice at its offsets"). Great Expectations validates one frame at a time, so the
article-dependent values are joined onto the facts frame here as plain columns
(``body_length``, ``body_slice``, ``orphan_article_id``) that single-frame
expectations can check. Night-level distributions are one more frame of a single
row (:func:`night_frame`), so they render in Data Docs as an observed value.

Speed: a Reuters night has 120,000 facts. The helper columns are computed with
Arrow and with Python loops over plain lists (never by iterating Arrow-backed
pandas columns, which costs a microsecond per element), and a caller that knows
which columns its rules read passes ``columns`` so that the long text nobody
checks (a fact's sentence, an article's headline) is never converted to pandas
nor written to the validation's scratch files.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_OF_WHOLE = re.compile(r"\s+of\b", re.IGNORECASE)
"""The words after a percent that make it a share of a whole ("70 percent of the city")."""
_SIGN_WORD = re.compile(r"(?:minus|plus|\+|\u00b1)", re.IGNORECASE)
"""A sign spelled out makes an offset from a reference, not a share: "minus 15 pct of the
reference price" is a real band (Reuters, the 1987 coffee accord)."""

FACT_HELPERS = (
    "body_length",
    "body_slice",
    "share_of_whole",
    "percent_magnitude",
    "unitless_surface",
    "orphan_article_id",
)
"""Columns :func:`facts_frame` adds to the facts, in this order after the FACTS columns."""


def rule_columns(kwargs: Iterable[dict[str, Any]]) -> set[str]:
    """The columns a list of expectation arguments reads (``column``, ``column_A``, ``column_B``)."""
    return {
        str(value)
        for arguments in kwargs
        for key, value in arguments.items()
        if key in {"column", "column_A", "column_B"}
    }


def articles_frame(articles: pa.Table, columns: Collection[str] | None = None) -> pd.DataFrame:
    """Articles as pandas, with a default RangeIndex that maps back to table rows.

    Args:
        articles: ARTICLES rows.
        columns: Keep only these columns (those the rules read); None keeps all but ``subheads``.
    """
    names = [n for n in articles.column_names if n != "subheads" and (columns is None or n in columns)]
    frame: pd.DataFrame = articles.select(names).to_pandas()
    if "pub_date" in frame:
        frame["pub_date"] = pd.to_datetime(frame["pub_date"])
    return frame.reset_index(drop=True)


def facts_frame(facts: pa.Table, articles: pa.Table, columns: Collection[str] | None = None) -> pd.DataFrame:
    """Facts as pandas plus the columns that relate each fact to its article body.

    Args:
        facts: FACTS rows.
        articles: The articles those facts come from.
        columns: Keep only these columns (FACTS columns or helpers); None keeps them all.

    Returns:
        The facts frame with helper columns: ``body_length`` (-1 without an
        article), ``body_slice``, ``share_of_whole`` (the value of a percent that is
        a level and is followed by "of": a share of a whole, never negative),
        ``percent_magnitude`` (the absolute value of any percent), ``unitless_surface`` (the surface of a fact
        without a unit, where a bare year could hide) and ``orphan_article_id``
        (the article id when that article is not in ``articles``, else null).
    """
    keep = [n for n in facts.column_names if columns is None or n in columns]
    frame: pd.DataFrame = facts.select(keep).to_pandas().reset_index(drop=True)
    wanted = [h for h in FACT_HELPERS if columns is None or h in columns]
    if not wanted:
        return frame
    ids = articles["article_id"]
    surface = facts["surface"]
    surface_dtype = pa.array([], surface.type).to_pandas().dtype
    body: list[str | None] = []
    if {"body_length", "body_slice", "share_of_whole"} & set(wanted):
        # The last article of an id wins, as a dict built from the rows would have it: index_in
        # finds the first match, so it looks in the reversed column.
        last = pc.index_in(facts["article_id"], value_set=ids[::-1]).to_pylist()
        bodies: list[str | None] = articles["body"].to_pylist()
        top = len(bodies) - 1
        body = [None if i is None else bodies[top - i] for i in last]
    starts, ends = facts["start"].to_pylist(), facts["end"].to_pylist()
    helpers: dict[str, Any] = {}
    if "body_length" in wanted:
        # Explicit dtypes: on a night without facts pandas infers text for empty columns, and a
        # text body_length compared with the integer `end` makes end_inside_body fail on no rows.
        helpers["body_length"] = pd.Series(
            [len(text) if isinstance(text, str) else -1 for text in body], dtype="int64"
        )
    if "body_slice" in wanted:
        helpers["body_slice"] = pd.Series(
            [
                text[start:end] if isinstance(text, str) else None
                for text, start, end in zip(body, starts, ends, strict=True)
            ],
            dtype=surface_dtype,
        )
    if "share_of_whole" in wanted:
        helpers["share_of_whole"] = _share_of_whole(facts, body, ends)
    if "percent_magnitude" in wanted:
        percent = pc.fill_null(pc.equal(facts["kind"], "percent"), False)
        magnitude = pc.if_else(percent, pc.abs(facts["value"].cast(pa.float64())), None)
        helpers["percent_magnitude"] = pd.Series(magnitude.to_numpy(zero_copy_only=False), dtype="float64")
    if "unitless_surface" in wanted:
        unitless = pc.if_else(pc.is_null(facts["unit"]), surface, pa.scalar(None, surface.type))
        helpers["unitless_surface"] = pd.Series(unitless.to_pandas(), dtype=surface_dtype)
    if "orphan_article_id" in wanted:
        known = pc.is_in(facts["article_id"], value_set=ids)
        orphan = pc.if_else(known, pa.scalar(None, facts["article_id"].type), facts["article_id"])
        id_dtype = pa.array([], facts["article_id"].type).to_pandas().dtype
        helpers["orphan_article_id"] = pd.Series(orphan.to_pandas(), dtype=id_dtype)
    for name in wanted:
        frame[name] = helpers[name].set_axis(frame.index)
    return frame


def _share_of_whole(facts: pa.Table, body: list[str | None], ends: list[int]) -> pd.Series:
    """The value of a percent level followed by "of" (a share of a whole), else NaN.

    Only percents without a change can be a share, so the two regular expressions run on
    those rows alone (a few thousand of a Reuters night's 120,000 facts).
    """
    level = pc.and_(
        pc.fill_null(pc.equal(facts["kind"], "percent"), False),
        pc.is_null(facts["change"]) if "change" in facts.column_names else pa.scalar(True),
    )
    rows = pc.indices_nonzero(level)
    values = pc.take(facts["value"].cast(pa.float64()), rows).to_pylist()
    surfaces = pc.take(facts["surface"], rows).to_pylist()
    share: list[float | None] = [None] * facts.num_rows
    for row, value, surface in zip(rows.to_pylist(), values, surfaces, strict=True):
        text = body[row]
        if (
            isinstance(text, str)
            and _OF_WHOLE.match(text, ends[row]) is not None
            and not (isinstance(surface, str) and _SIGN_WORD.match(surface))
        ):
            share[row] = value
    return pd.Series(share, dtype="float64")


def night_frame(articles: pa.Table, facts: pa.Table) -> pd.DataFrame:
    """One row of night-level numbers: articles, words, facts and facts per 1,000 words.

    The density is null for a night without words: there is nothing to judge,
    and the density rule then passes (see :func:`expectations.checkpoint.validate_night`).
    """
    words = int(pc.sum(articles["word_count"]).as_py() or 0) if articles.num_rows else 0
    density = facts.num_rows * 1000 / words if words else None
    return pd.DataFrame(
        {
            "articles": [articles.num_rows],
            "words": [words],
            "facts": [facts.num_rows],
            "facts_per_1000_words": pd.Series([density], dtype="float64"),
        }
    )
