"""The temporary Prefect server the command line starts before its imports (flows.cli.prefect_server)."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pytest

from flows.cli import prefect_server
from flows.cli.prefect_server import prefect_api, start_early


def test_a_configured_api_url_means_no_early_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert start_early() is None


def test_ephemeral_mode_switched_off_means_no_early_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "false")
    assert start_early() is None


def test_no_early_server_leaves_prefect_alone() -> None:
    with prefect_api(None) as url:
        assert url is None


def test_the_early_server_is_a_real_prefect_api_and_stops(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Started with Prefect's own command line: its health check answers, the flow's settings and the
    environment workers inherit name it, and it is gone once stopped."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        monkeypatch.setattr(prefect_server, "_configured_api_url", lambda: None)
        server = start_early()
        assert server is not None
        try:
            with server.use() as url:
                assert url == server.api_url
                assert PREFECT_API_URL.value() == url
                assert os.environ["PREFECT_API_URL"] == url
                with urllib.request.urlopen(f"{url}/health", timeout=10) as response:
                    assert response.status == 200
            assert "PREFECT_API_URL" not in os.environ
        finally:
            server.stop()
        assert server.process.poll() is not None
