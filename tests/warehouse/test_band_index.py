"""Cross-night clustering through the stored band hashes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from transforms.similarity import SimilarityConfig, cluster, sketch
from warehouse.band_index import band_table, candidates_from_history
from warehouse.connection import connect
from warehouse.stories import replace_story_rows

STORY = (
    "Islamic State fighters control about 70 percent of the town of Kobani, a monitoring group said "
    "on Tuesday, as Kurdish defenders held out in the west of the town near the Turkish border. "
    "The Syrian Observatory for Human Rights said at least 19 fighters were killed overnight in clashes "
    "around the cultural centre. Coalition aircraft carried out five strikes on positions east of the town."
)
OTHER = (
    "Kurdish fighters pushed Islamic State militants back from two districts in the south of Kobani on "
    "Wednesday, a Kurdish official said, after a night of heavy coalition air strikes on the town. "
    "Turkey has refused to let Kurdish volunteers cross the frontier to join the defenders."
)
UPDATE = STORY.replace("70 percent", "60 percent") + " A Kurdish official said reinforcements arrived."
NIGHT_1, NIGHT_2 = date(2014, 10, 7), date(2014, 10, 8)
CONFIG = SimilarityConfig()


def _bands(ids: list[str], texts: list[str], night: date) -> pa.Table:
    return band_table(ids, sketch(texts, CONFIG).band_hashes, night)


def _connect(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return connect(tmp_path / "warehouse.sqlite")


def store_bands(con: duckdb.DuckDBPyConnection, bands: pa.Table) -> None:
    """Store a night's bands as the loader does: the night's rows replaced whole."""
    (night,) = set(bands.column("night").to_pylist())
    replace_story_rows(con, night, bands, None)


def test_tomorrows_update_finds_todays_story(tmp_path: Path) -> None:
    con = _connect(tmp_path)
    store_bands(con, _bands(["afp:1", "afp:2"], [STORY, OTHER], NIGHT_1))
    con.close()
    con = _connect(tmp_path)
    found = candidates_from_history(con, _bands(["afp:3"], [UPDATE], NIGHT_2))
    assert found.column("article_id").to_pylist() == ["afp:3"]
    assert found.column("candidate_id").to_pylist() == ["afp:1"]


def test_candidates_verified_together_with_the_stored_text(tmp_path: Path) -> None:
    """The loader's recipe: sketch new and matched stored texts together, verify the matches."""
    con = _connect(tmp_path)
    store_bands(con, _bands(["afp:1", "afp:2"], [STORY, OTHER], NIGHT_1))
    stored = {"afp:1": STORY, "afp:2": OTHER}
    found = candidates_from_history(con, _bands(["afp:3"], [UPDATE], NIGHT_2))
    ids = ["afp:3", *found.column("candidate_id").to_pylist()]
    batch = sketch([UPDATE, *(stored[i] for i in ids[1:])], CONFIG)
    pairs = np.array([[0, k] for k in range(1, len(ids))], dtype=np.int64)
    assert cluster(batch, CONFIG, extra_candidates=pairs).labels.tolist() == [0, 0]


def test_reloading_a_night_replaces_its_bands(tmp_path: Path) -> None:
    con = _connect(tmp_path)
    store_bands(con, _bands(["afp:1"], [STORY], NIGHT_1))
    store_bands(con, _bands(["afp:1"], [STORY], NIGHT_1))
    store_bands(con, _bands(["afp:1"], [OTHER], NIGHT_1))
    rows = con.sql("SELECT count(*), count(DISTINCT band) FROM article_bands").fetchone()
    assert rows == (25, 25)
    assert candidates_from_history(con, _bands(["afp:9"], [STORY], NIGHT_2)).num_rows == 0


def test_articles_of_the_new_batch_are_not_their_own_candidates(tmp_path: Path) -> None:
    con = _connect(tmp_path)
    store_bands(con, _bands(["afp:1"], [STORY], NIGHT_1))
    assert candidates_from_history(con, _bands(["afp:1"], [STORY], NIGHT_1)).num_rows == 0


def test_stories_older_than_the_window_are_not_searched(tmp_path: Path) -> None:
    con = _connect(tmp_path)
    store_bands(con, _bands(["afp:1"], [STORY], NIGHT_1))
    later = _bands(["afp:3"], [UPDATE], NIGHT_1 + timedelta(days=40))
    assert candidates_from_history(con, later).num_rows == 0
    assert candidates_from_history(con, later, window=None).num_rows == 1
