"""Fixtures for the extractor tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import SHARED


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository, or skip when it is not there."""
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED} (it sits beside the repository)")
    return SHARED
