"""One typed place for configuration.

Precedence, lowest first: the defaults below, a TOML config file
(``wirefacts.toml`` in the working directory, or the file named by
``WIREFACTS_CONFIG``), environment variables prefixed ``WIREFACTS_``
(nested with ``__``, e.g. ``WIREFACTS_VALIDATION__MAX_FAILURE_RATE=0.1``),
and finally command-line flags, which the CLI passes as keyword arguments.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The checkout; defaults are relative to it so `make run` works from a fresh clone."""


class ValidationSettings(BaseModel):
    """Quality gate thresholds."""

    max_failure_rate: float = Field(
        0.2,
        ge=0.0,
        le=1.0,
        description="Share of validated rows that may fail before the whole night is refused.",
    )


class FetchSettings(BaseModel):
    """Limits applied while fetching payloads."""

    max_payload_bytes: int = Field(20_000_000, gt=0, description="Larger payloads are quarantined unread.")
    retries: int = Field(2, ge=0, description="Prefect retries of the fetch task.")
    retry_delay_seconds: float = Field(2.0, ge=0)


class Settings(BaseSettings):
    """Everything a run needs to know, resolved once at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="WIREFACTS_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    source: Path = Field(PROJECT_ROOT / "data" / "sample" / "drop", description="Drop folder to ingest.")
    source_name: str = Field("sample", description="Name recorded with every row from this source.")
    lake: Path = Field(PROJECT_ROOT / "var" / "lake", description="Root of the Parquet lake.")
    warehouse: Path = Field(PROJECT_ROOT / "var" / "wirefacts.duckdb", description="DuckDB file.")
    fetch: FetchSettings = FetchSettings()
    validation: ValidationSettings = ValidationSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Flags beat the environment, which beats the config file, which beats defaults."""
        toml_file = Path(os.environ.get("WIREFACTS_CONFIG", "wirefacts.toml"))
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=toml_file))


def load_settings(**overrides: Any) -> Settings:
    """Resolve settings, with command-line flags given as keyword overrides.

    Args:
        **overrides: Flag values; ``None`` means "flag not given" and is ignored.

    Returns:
        The resolved settings.
    """
    return Settings(**{key: value for key, value in overrides.items() if value is not None})
