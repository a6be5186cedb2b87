"""The nightly flow: fetch the night's payloads, then run the night (:func:`flows.pipeline.run_night`).

One flow run per night and one task per stage over the whole batch: Prefect
costs about a second per flow run and milliseconds per task run, so work is
orchestrated per night, never per article. The night is the run's logical date
(Airflow's data interval start): the run for date D owns everything it ingests,
and running D again replaces exactly what D wrote. Two runs of the same night
never overlap: each holds the night's lock (:mod:`flows.io.locks`).
"""

from datetime import date

from prefect import flow

from flows.io.sources import FetchResult
from flows.pipeline import (
    NightFailedError,
    NightRejectedError,
    new_run_id,
    night_band,
    night_context,
    run_night,
)
from flows.results import RunSummary
from flows.settings import Settings, default_night, load_settings
from flows.stages import Transformed
from flows.tasks import fetch_task
from flows.transform import Step, transform_night
from flows.warm_up import night_workers, warm_up_extractor
from transforms.parallel import kept_processes

__all__ = ["NightFailedError", "NightRejectedError", "RunSummary", "nightly_flow", "run_nightly"]


def night_run_name() -> str:
    """Prefect's name for a nightly flow run: ``night-2026-11-23``, so the UI lists runs by night."""
    from prefect.runtime import flow_run

    night = flow_run.parameters.get("date") or default_night()
    return f"night-{night}"


@flow(name="wirefacts-nightly", flow_run_name=night_run_name, log_prints=True)
def nightly_flow(date: date | None = None, settings: Settings | None = None) -> RunSummary:
    """Ingest one night from a configured source into the lake and the warehouse.

    Args:
        date: The night (logical date); defaults to yesterday in UTC.
        settings: The run's settings, whole (a pydantic model: Prefect validates it, and a
            deployment gives it as JSON, e.g. ``{"source": ..., "lake": ..., "warehouse": ...}``,
            resolved over the serving process's config file and environment); default: those.

    Returns:
        The run summary.
    """
    return run_nightly(settings or load_settings(), date or default_night())


def run_nightly(settings: Settings, night: date) -> RunSummary:
    """Fetch the night from the source, then transform, settle and load it: one :func:`run_night`."""
    run_id, source = new_run_id(), settings.resolve_source()[0]

    def fetch_and_transform(step: Step) -> tuple[FetchResult, Transformed]:
        fetch = fetch_task.with_options(
            retries=settings.fetch.retries, retry_delay_seconds=settings.fetch.retry_delay_seconds
        )
        fetched = step("fetch", fetch, settings, night)
        band = night_band(settings, night)
        workers = settings.runner.night_extract_workers()
        ctx = night_context(settings, night, run_id, source, band, extract_workers=workers)
        return fetched, transform_night(fetched.manifest, ctx, step)

    # the stages that fan out find their processes warm: started now, they load while the night fetches
    with kept_processes(night_workers(settings), warm=warm_up_extractor):
        return run_night(settings, night, fetch_and_transform, run_id=run_id, source=source)
