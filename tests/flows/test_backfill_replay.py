"""``backfill --reextract`` stages each night's stories as the first run did, even when payloads span weeks.

A Reuters ``.sgm`` file holds a thousand stories over several weeks, so one payload
feeds many nights and most of its stories fall outside any given range. The corpus
here is the smallest such case: two SGML files whose stories span eight days, of
which a backfill takes the middle three.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from flows.backfill import run_backfill
from flows.settings import load_settings
from warehouse.connection import connect as connect_warehouse

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

START, END = date(1987, 3, 2), date(1987, 3, 4)
COMPANIES = ["Acme Mining", "Borealis Steel", "Cordova Foods", "Delta Shipping", "Elmira Paper"]


def _story(new_id: int, day: date, company: str) -> str:
    """One Reuters-21578 record, dated ``day``, with a few numbers to extract."""
    stamp = day.strftime("%d-%b-%Y").upper()
    return f"""<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="{new_id}" NEWID="{new_id}">
<DATE>{stamp} 10:{new_id % 60:02d}:00.00</DATE>
<TOPICS><D>earn</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>f{new_id:04d}reute</UNKNOWN>
<TEXT>&#2;
<TITLE>{company.upper()} REPORTS RESULTS FOR DAY {day.day}</TITLE>
<DATELINE>    NEW YORK, {day.strftime("%b")} {day.day} - </DATELINE><BODY>{company} said its net profit rose
{10 + new_id} pct to {new_id * 3}.5 mln dlrs in the quarter, on sales of {new_id * 40} mln dlrs.
    The company said it employed {1000 + new_id * 7} people at {new_id + 2} plants and
expected to spend {new_id + 12} mln dlrs on a new mill of {new_id * 100} square metres.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""


NO_BODY = """<REUTERS TOPICS="NO" NEWID="{new_id}">
<DATE>02-MAR-1987 09:00:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
NOTICE WITHOUT A BODY
&#3;</TEXT>
</REUTERS>
"""


def _corpus(folder: Path) -> list[date]:
    """Stories from 1987-02-27 to 1987-03-06 (the range is 03-02..03-04); returns their dates.

    Two SGML files span the range and beyond, the first with a body-less record too
    (a read reject); a third file lies wholly before the range (with a body-less record
    of its own); an empty file cannot be read at all.
    """
    folder.mkdir()
    dates: list[date] = []
    first = [date(1987, 2, 27) + timedelta(days=n) for n in range(0, 8, 2)]  # 02-27, 03-01, 03-03, 03-05
    second = [date(1987, 2, 28) + timedelta(days=n) for n in range(0, 8, 2)]  # 02-28, 03-02, 03-04, 03-06
    for number, (name, days) in enumerate([("reut2-000.sgm", first), ("reut2-001.sgm", second)]):
        records = [
            _story(10 * number + i + 1, day, COMPANIES[(i + number) % len(COMPANIES)])
            for i, day in enumerate(days + days[1:3])  # some days twice: nights of several stories
        ]
        dates += days + days[1:3]
        if number == 0:
            records.append(NO_BODY.format(new_id=99))
        (folder / name).write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(records))
    before = [_story(50 + n, date(1987, 2, 20 + n), COMPANIES[n]) for n in range(3)]
    (folder / "reut2-002.sgm").write_text("".join([*before, NO_BODY.format(new_id=98)]))
    (folder / "empty.sgm").write_text("")
    return dates + [date(1987, 2, 20 + n) for n in range(3)]


def _state(warehouse: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows a replay must leave as they were (runs aside: each run adds one)."""
    con = connect_warehouse(warehouse, read_only=True)
    try:
        return {
            "articles": con.execute(
                "SELECT article_id, pub_date, ingest_date FROM articles ORDER BY ALL"
            ).fetchall(),
            "facts": con.execute("SELECT fact_id, value, ingest_date FROM facts ORDER BY ALL").fetchall(),
            "deliveries": con.execute(
                "SELECT raw_hash, item_ref, article_id, disposition, ingest_date FROM deliveries ORDER BY ALL"
            ).fetchall(),
            "raw_files": con.execute("SELECT raw_hash, ingest_date FROM raw_files ORDER BY ALL").fetchall(),
            "quarantine": con.execute("SELECT quarantine_id FROM quarantine ORDER BY ALL").fetchall(),
            "quarantine_reasons": con.execute(
                "SELECT reason, ingest_date FROM quarantine ORDER BY ALL"
            ).fetchall(),
        }
    finally:
        con.close()


def test_reextract_gives_exactly_the_rows_of_the_first_run(tmp_path: Path) -> None:
    dates = _corpus(tmp_path / "drop")
    in_range = [d for d in dates if START <= d <= END]
    settings = load_settings(
        source=str(tmp_path / "drop"), lake=str(tmp_path / "lake"), warehouse=str(tmp_path / "w.sqlite")
    )
    first = run_backfill(settings, START, END, workers=1, reextract=False)
    before = _state(tmp_path / "w.sqlite")
    assert {row[1] for row in before["articles"]} == {START, date(1987, 3, 3), END}
    assert len(before["articles"]) == len(in_range) == 6
    assert first.undated_or_outside == len(dates) - len(in_range) + 1  # NEWID=98 lies outside too
    quarantined = {row[0] for row in before["quarantine_reasons"]}
    assert any("NEWID=99 has no body" in reason for reason in quarantined)
    assert not any("NEWID=98" in reason for reason in quarantined)
    assert len(before["quarantine_reasons"]) == 2  # NEWID=99 and the empty file

    replay = run_backfill(settings, START, END, workers=1, reextract=True)

    assert _state(tmp_path / "w.sqlite") == before
    assert [n.articles_loaded for n in replay.nights] == [n.articles_loaded for n in first.nights]
    # articles are written once, as the warehouse's data files (no second copy in the lake)
    assert not (tmp_path / "lake" / "articles").exists()
    pub_dates = {row[1] for row in _state(tmp_path / "w.sqlite")["articles"]}
    assert sorted(pub_dates) == [START, date(1987, 3, 3), END]


def test_replaying_one_night_leaves_the_other_nights_rejects_where_they_were(tmp_path: Path) -> None:
    """A payload's read rejects belong to the night the first run gave them, even when a
    replay of a later night of its range does not include that night."""
    _corpus(tmp_path / "drop")
    second = tmp_path / "drop" / "reut2-001.sgm"  # feeds 03-02 and 03-04: its reject goes to 03-02
    second.write_text(second.read_text() + NO_BODY.format(new_id=97))
    settings = load_settings(
        source=str(tmp_path / "drop"), lake=str(tmp_path / "lake"), warehouse=str(tmp_path / "w.sqlite")
    )
    run_backfill(settings, START, END, workers=1, reextract=False)
    before = _state(tmp_path / "w.sqlite")
    assert [night for reason, night in before["quarantine_reasons"] if "NEWID=97" in reason] == [START]

    run_backfill(settings, END, END, workers=1, reextract=True)

    assert _state(tmp_path / "w.sqlite") == before
