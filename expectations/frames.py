"""Build the pandas frames that the suites validate.

Some rules compare a fact with its article ("the surface text equals the body
slice at its offsets"). Great Expectations validates one frame at a time, so the
article-dependent values are joined onto the facts frame here as plain columns
(``body_length``, ``body_slice``) that single-frame expectations can check.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa


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
        The facts frame with ``body_length``, ``body_slice`` and ``percent_value``
        (the value of a percent that is a level, not a change) added.
    """
    frame: pd.DataFrame = facts.to_pandas().reset_index(drop=True)
    bodies = dict(zip(articles["article_id"].to_pylist(), articles["body"].to_pylist(), strict=True))
    body = frame["article_id"].map(bodies)
    frame["body_length"] = body.map(lambda text: len(text) if isinstance(text, str) else -1)
    frame["body_slice"] = [
        text[start:end] if isinstance(text, str) else None
        for text, start, end in zip(body, frame["start"], frame["end"], strict=True)
    ]
    is_level_percent = (frame["kind"] == "percent") & frame["change"].isna()
    frame["percent_value"] = frame["value"].where(is_level_percent)
    return frame
