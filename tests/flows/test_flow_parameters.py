"""The flows take the settings whole: a setting given in code reaches the run; deployment JSON resolves."""

from __future__ import annotations

from pathlib import Path

from flows.backfill import backfill_flow
from flows.nightly import nightly_flow
from flows.serve import deployment_parameters
from flows.settings import Settings, load_settings


def test_settings_given_in_code_reach_the_flows_unchanged(tmp_path: Path) -> None:
    settings = load_settings(
        source=str(tmp_path), lake=str(tmp_path / "lake"), validation={"max_failure_rate": 0.05}
    )
    for flow_ in (nightly_flow, backfill_flow):
        given = (
            {"settings": settings}
            if flow_ is nightly_flow
            else {"start": "2026-11-01", "end": "2026-11-02", "settings": settings}
        )
        assert flow_.validate_parameters(given)["settings"] is settings


def test_a_deployments_settings_are_where_to_read_and_write_and_resolve_to_settings(tmp_path: Path) -> None:
    settings = load_settings(
        source=str(tmp_path),
        lake=str(tmp_path / "lake"),
        warehouse=tmp_path / "w.duckdb",
        lake_options={"key": "k"},
    )
    parameters = deployment_parameters(settings)
    assert parameters == {
        "settings": {
            "source": str(tmp_path),
            "lake": str(tmp_path / "lake"),
            "warehouse": str(tmp_path / "w.duckdb"),
        }
    }
    resolved = nightly_flow.validate_parameters(parameters)["settings"]
    assert isinstance(resolved, Settings)
    assert (resolved.source, resolved.lake, resolved.warehouse) == (
        settings.source,
        settings.lake,
        settings.warehouse,
    )
    assert resolved.lake_options == {}  # credentials stay with the serving process, not on the server


def test_the_lakes_credentials_are_not_in_a_flow_runs_stored_parameters(tmp_path: Path) -> None:
    settings = load_settings(lake=str(tmp_path / "lake"), lake_options={"secret": "s3cr3t"})
    stored = nightly_flow.serialize_parameters({"settings": settings})
    assert "s3cr3t" not in str(stored) and stored["settings"]["lake"] == str(tmp_path / "lake")
    assert settings.open_lake().options == {"secret": "s3cr3t"}  # the run itself still has them
