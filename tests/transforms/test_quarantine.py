"""Quarantine ids are deterministic so re-runs do not add copies."""

from __future__ import annotations

from datetime import date

from transforms.quarantine import QuarantineEntry, quarantine_table

ENTRY = QuarantineEntry("read", "payload is empty", "sample", raw_ref="abc", item_ref="file:///x")


def test_same_entry_same_id_whatever_the_run() -> None:
    first = quarantine_table([ENTRY], date(2026, 11, 23), "run-1")
    second = quarantine_table([ENTRY], date(2026, 11, 23), "run-2")
    assert first["quarantine_id"].to_pylist() == second["quarantine_id"].to_pylist()


def test_other_night_other_id() -> None:
    first = quarantine_table([ENTRY], date(2026, 11, 23), "run-1")
    other = quarantine_table([ENTRY], date(2026, 11, 24), "run-1")
    assert first["quarantine_id"][0] != other["quarantine_id"][0]
    assert first.to_pylist()[0]["reason"] == "payload is empty"
