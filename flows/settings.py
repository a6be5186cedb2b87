"""One typed place for configuration.

Precedence, lowest first: the defaults below, a TOML config file
(``wirefacts.toml`` in the working directory, or the file named by
``WIREFACTS_CONFIG``), environment variables prefixed ``WIREFACTS_``
(nested with ``__``, e.g. ``WIREFACTS_VALIDATION__MAX_FAILURE_RATE=0.1``),
and finally command-line flags, which the CLI passes as keyword arguments.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from flows.io.lake import Lake, is_local, open_filesystem
from flows.io.locks import LockPlace
from flows.io.sources import DropFolderSource, HttpFeedSource, SourceConfig
from warehouse.catalog import Catalog

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The checkout; defaults are relative to it so `make run` works from a fresh clone."""


if TYPE_CHECKING:
    from transforms.limits import ArticleLimits


class ValidationSettings(BaseModel):
    """Quality gate thresholds."""

    max_failure_rate: float = Field(
        0.2,
        ge=0.0,
        le=1.0,
        description="Share of validated rows that may fail before the whole night is refused.",
    )
    min_words_for_rates: int = Field(
        2_000,
        ge=0,
        description="Words a night needs before rate rules (facts per 1,000 words) judge it; "
        "a smaller night is too small a sample and is not refused by them.",
    )
    data_docs_every: int = Field(
        10,
        ge=0,
        description="Which nights get GX Data Docs pages: every night where a rule failed, and about "
        "one passing night in N (chosen by run id); 1: every night, 0: failing nights only.",
    )


class FetchSettings(BaseModel):
    """Limits applied while fetching payloads."""

    max_payload_bytes: int = Field(20_000_000, gt=0, description="Larger payloads are quarantined unread.")
    retries: int = Field(2, ge=0, description="Prefect retries of the fetch task.")
    retry_delay_seconds: float = Field(2.0, ge=0)


class LimitSettings(BaseModel):
    """Bounds on one article, checked before extraction so no story can exhaust a night's memory."""

    max_body_chars: int = Field(200_000, gt=0, description="Longer article bodies are quarantined.")
    max_sentence_chars: int = Field(5_000, gt=0, description="A longer sentence is quarantined.")
    max_numbers_per_article: int = Field(
        2_000, gt=0, description="An article with more numbers than this is quarantined unextracted."
    )
    max_numbers_per_sentence: int = Field(
        100,
        gt=0,
        description="An article with a sentence of more numbers than this is quarantined unextracted "
        "(each number's fact carries its whole sentence).",
    )

    def article_limits(self) -> ArticleLimits:
        """The bounds as the transforms take them."""
        from transforms.limits import ArticleLimits

        return ArticleLimits(
            max_body_chars=self.max_body_chars,
            max_sentence_chars=self.max_sentence_chars,
            max_numbers=self.max_numbers_per_article,
            max_numbers_per_sentence=self.max_numbers_per_sentence,
        )


class SqlSettings(BaseModel):
    """Limits on analyst queries (``wirefacts sql``)."""

    timeout_seconds: float = Field(60.0, gt=0, description="A query still running after this is stopped.")


class RunnerSettings(BaseModel):
    """Where the transforms run: a backfill's nights on workers, a large night's extraction on every core."""

    kind: Literal["local", "dask"] = Field(
        "local", description="local: a thread pool in this process; dask: a dask.distributed cluster."
    )
    dask_address: str | None = Field(
        None, description="Scheduler address (tcp://host:8786) for kind=dask; None starts a local cluster."
    )
    extract_workers: int = Field(
        0,
        ge=0,
        description="Processes a large nightly run extracts facts in; 0: one per CPU core. "
        "A backfill's nights already run in parallel and extract in their own worker.",
    )

    def night_extract_workers(self) -> int:
        """How many processes a nightly run's extract stage may use."""
        return self.extract_workers or os.cpu_count() or 1


class MaintenanceSettings(BaseModel):
    """Snapshot expiry and file clean-up (``wirefacts maintain``, the served ``maintain`` deployment)."""

    retention_days: float = Field(
        30.0,
        ge=0,
        description="Snapshots older than this are expired (time travel to them ends), except the "
        "snapshot of each night's latest load and the newest snapshot.",
    )
    file_grace_hours: float = Field(
        24.0,
        ge=0,
        description="Files left by expired snapshots (or by killed writers) are deleted once this old: "
        "a reader that started before the expiry may still be reading them.",
    )
    cron: str = Field("30 3 * * 0", description="When the served maintenance runs (default Sundays 03:30).")

    def retention(self) -> timedelta:
        """The retention as a duration."""
        return timedelta(days=self.retention_days)

    def file_grace(self) -> timedelta:
        """The file grace period as a duration."""
        return timedelta(hours=self.file_grace_hours)


class ScheduleSettings(BaseModel):
    """When the served nightly deployment runs."""

    cron: str = Field("0 2 * * *", description="Cron expression of the nightly run (default 02:00).")
    timezone: str = Field("UTC", description="IANA time zone the cron expression is read in.")


def _default_sources() -> dict[str, DropFolderSource | HttpFeedSource]:
    """The bundled sample, so `make run` works with no configuration."""
    return {"sample": DropFolderSource(path=PROJECT_ROOT / "data" / "sample" / "drop")}


class Settings(BaseSettings):
    """Everything a run needs to know, resolved once at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="WIREFACTS_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    sources: dict[str, SourceConfig] = Field(
        default_factory=lambda: _default_sources(),
        description="Sources by name; each run ingests one of them.",
    )
    source: str = Field("sample", description="Name of the source a run ingests, or a drop-folder path.")
    lake: str = Field(
        str(PROJECT_ROOT / "var" / "lake"),
        description="Root of the Parquet lake: a folder, or an fsspec URL such as s3://bucket/lake.",
    )
    lake_options: dict[str, Any] = Field(
        default_factory=dict,
        exclude=True,  # credentials: never in a flow run's parameters stored on the Prefect server
        description="Keyword arguments of the lake's fsspec file system (S3: endpoint_url, key, secret...).",
    )
    warehouse: Path = Field(
        PROJECT_ROOT / "var" / "wirefacts.sqlite",
        description="The warehouse's DuckLake catalog, a SQLite file (the default, one machine).",
    )
    warehouse_catalog: str | None = Field(
        None,
        description="A PostgreSQL DuckLake catalog instead of the SQLite file, as 'postgres:<libpq string>' "
        "(e.g. 'postgres:dbname=wirefacts host=db.internal user=etl'): several machines load at once.",
    )
    warehouse_data: str | None = Field(
        None,
        description="Where the warehouse's Parquet data files go (the lake's curated zone); "
        "default <lake>/curated/ (an s3:// lake puts them on object storage too).",
    )
    data_docs: Path | None = Field(
        None,
        description="Folder of the GX Data Docs site and run pages; default <lake>/data_docs for a "
        "local lake, else data_docs/ beside the warehouse.",
    )
    locks: Path | None = Field(
        None,
        description="Folder of the per-night lock files; default <lake>/_locks for a local lake, "
        "else _locks/ beside the warehouse (the single loader's machine).",
    )
    lock_wait_seconds: float = Field(
        0.0, ge=0, description="How long a run waits for another run of the same night before failing."
    )
    fetch: FetchSettings = FetchSettings()
    limits: LimitSettings = LimitSettings()
    sql: SqlSettings = SqlSettings()
    runner: RunnerSettings = RunnerSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    maintenance: MaintenanceSettings = MaintenanceSettings()
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

    def open_lake(self) -> Lake:
        """The lake these settings name."""
        return Lake(self.lake, self.lake_options)

    def warehouse_target(self) -> Catalog:
        """The warehouse these settings name: its DuckLake catalog and data path."""
        data = self.warehouse_data or self.open_lake().url("curated") + "/"
        metadata = self.warehouse_catalog or f"sqlite:{self.warehouse.resolve()}"
        return Catalog(metadata, data, dict(self.lake_options))

    def data_docs_dir(self) -> Path:
        """Where validation pages go: a local folder even when the lake is object storage."""
        return self.data_docs or self._local_state("data_docs")

    def locks_dir(self) -> Path:
        """Where night locks live: ``flock`` needs a local (or shared POSIX) folder."""
        return self.locks or self._local_state("_locks")

    def night_locks(self) -> LockPlace:
        """Where night locks are taken: advisory locks in a PostgreSQL catalog (shared by every
        machine that loads it), else lock files in :meth:`locks_dir`."""
        return LockPlace.for_catalog(self.locks_dir(), self.warehouse_target().metadata)

    def _local_state(self, name: str) -> Path:
        """``<lake>/<name>`` for a local lake, else ``<name>`` beside the warehouse (nothing is created)."""
        fs, root = open_filesystem(self.lake, self.lake_options)
        return Path(root) / name if is_local(fs) else self.warehouse.resolve().parent / name

    def resolve_source(self) -> tuple[str, DropFolderSource | HttpFeedSource]:
        """The name and configuration of the source this run ingests.

        ``source`` is a configured name, or a path to a folder, which is taken as an
        ad-hoc drop folder named after the folder.

        Raises:
            ValueError: Neither a configured name nor an existing folder.
        """
        if self.source in self.sources:
            return self.source, self.sources[self.source]
        path = Path(self.source)
        if path.is_dir():
            return path.resolve().name, DropFolderSource(path=path)
        known = ", ".join(sorted(self.sources)) or "none"
        raise ValueError(f"source {self.source!r} is neither a configured source ({known}) nor a folder")


def default_night(now: datetime | None = None) -> date:
    """The night a run without ``--date`` processes: yesterday (UTC), as a nightly schedule expects.

    Here, not in the flow's module, so the CLI can name the night before Prefect is imported.
    """
    return ((now or datetime.now(UTC)) - timedelta(days=1)).date()


def load_settings(**overrides: Any) -> Settings:
    """Resolve settings, with command-line flags given as keyword overrides.

    Args:
        **overrides: Flag values; ``None`` means "flag not given" and is ignored.

    Returns:
        The resolved settings.
    """
    return Settings(**{key: value for key, value in overrides.items() if value is not None})
