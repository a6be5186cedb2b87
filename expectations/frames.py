"""Build the pandas frames that the suites validate.

Some rules compare a fact with its article ("the surface text equals the body
slice at its offsets"). Great Expectations validates one frame at a time, so the
article-dependent values are joined onto the facts frame here as plain columns
(``body_length``, ``body_slice``, ``orphan_article_id``) that single-frame
expectations can check. Night-level distributions are one more frame of a single
row (:func:`night_frame`), so they render in Data Docs as an observed value.
"""

from __future__ import annotations

import re

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_OF_WHOLE = re.compile(r"\s+of\b", re.IGNORECASE)
"""The words after a percent that make it a share of a whole ("70 percent of the city")."""
_SIGN_WORD = re.compile(r"(?:minus|plus|\+|\u00b1)", re.IGNORECASE)
"""A sign spelled out makes an offset from a reference, not a share: "minus 15 pct of the
reference price" is a real band (Reuters, the 1987 coffee accord)."""


def articles_frame(articles: pa.Table) -> pd.DataFrame:
    """Articles as pandas, with a default RangeIndex that maps back to table rows."""
    frame: pd.DataFrame = articles.drop_columns(["subheads"]).to_pandas()
    frame["pub_date"] = pd.to_datetime(frame["pub_date"])
    return frame.reset_index(drop=True)


def facts_frame(facts: pa.Table, articles: pa.Table) -> pd.DataFrame:
    """Facts as pandas plus the columns that relate each fact to its article body.

    Args:
        facts: FACTS rows.
        articles: The articles those facts come from.

    Returns:
        The facts frame with helper columns: ``body_length`` (-1 without an
        article), ``body_slice``, ``share_of_whole`` (the value of a percent that is
        a level and is followed by "of": a share of a whole, never negative),
        ``percent_magnitude`` (the absolute value of any percent), ``unitless_surface`` (the surface of a fact
        without a unit, where a bare year could hide) and ``orphan_article_id``
        (the article id when that article is not in ``articles``, else null).
    """
    frame: pd.DataFrame = facts.to_pandas().reset_index(drop=True)
    bodies = dict(zip(articles["article_id"].to_pylist(), articles["body"].to_pylist(), strict=True))
    body = frame["article_id"].map(bodies)
    # Explicit dtypes: on a night without facts pandas infers text for empty columns, and a
    # text body_length compared with the integer `end` makes end_inside_body fail on no rows.
    frame["body_length"] = pd.Series(
        [len(text) if isinstance(text, str) else -1 for text in body], index=frame.index, dtype="int64"
    )
    frame["body_slice"] = pd.Series(
        [
            text[start:end] if isinstance(text, str) else None
            for text, start, end in zip(body, frame["start"], frame["end"], strict=True)
        ],
        index=frame.index,
        dtype=frame["surface"].dtype,
    )
    is_percent = frame["kind"] == "percent"
    of_follows = pd.Series(
        [
            isinstance(text, str) and _OF_WHOLE.match(text, end) is not None
            for text, end in zip(body, frame["end"], strict=True)
        ],
        index=frame.index,
        dtype=bool,
    )
    signed_offset = frame["surface"].str.match(_SIGN_WORD).astype(bool)
    frame["share_of_whole"] = frame["value"].where(
        is_percent & frame["change"].isna() & of_follows & ~signed_offset
    )
    frame["percent_magnitude"] = frame["value"].abs().where(is_percent)
    frame["unitless_surface"] = frame["surface"].where(frame["unit"].isna())
    frame["orphan_article_id"] = frame["article_id"].where(~frame["article_id"].isin(list(bodies)))
    return frame


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
