"""Serve the nightly flow as a scheduled Prefect deployment.

Prefect's temporary local server cannot run schedules, so serving needs a real
server: ``make serve`` starts ``prefect server start`` on 127.0.0.1 and points
``PREFECT_API_URL`` at it. The deployment has a concurrency limit of one, so two
runs never overlap; a run for any date can be started by hand with
``prefect deployment run 'wirefacts-nightly/nightly' -p date=2026-11-23``.
"""

from __future__ import annotations

from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL

from flows.nightly import nightly_flow
from flows.settings import Settings

DEPLOYMENT_NAME = "nightly"


class NoPrefectServerError(RuntimeError):
    """Serving was asked for without a Prefect server to register with."""


def deployment_parameters(settings: Settings) -> dict[str, str]:
    """Parameters every scheduled run gets: where to read and write (the date is left to the run)."""
    return {"source": settings.source, "lake": str(settings.lake), "warehouse": str(settings.warehouse)}


def serve_nightly(settings: Settings) -> None:
    """Register the nightly deployment with its cron schedule and serve it until interrupted.

    Args:
        settings: Resolved settings; ``schedule.cron`` and ``schedule.timezone`` set the schedule.

    Raises:
        NoPrefectServerError: ``PREFECT_API_URL`` is not set.
    """
    if not PREFECT_API_URL.value():
        raise NoPrefectServerError(
            "wirefacts serve needs a Prefect server: run `make serve`, or start `prefect server start` "
            "and set PREFECT_API_URL (e.g. http://127.0.0.1:4200/api)"
        )
    nightly_flow.serve(
        name=DEPLOYMENT_NAME,
        schedules=[Cron(settings.schedule.cron, timezone=settings.schedule.timezone)],
        parameters=deployment_parameters(settings),
        global_limit=1,
        tags=["wirefacts", "nightly"],
        description="wirefacts nightly ETL: one night (logical date = yesterday unless `date` is given).",
    )
