"""Serve the nightly flow as a scheduled Prefect deployment.

Prefect's temporary local server cannot run schedules, so serving needs a real
server: ``make serve`` starts ``prefect server start`` on 127.0.0.1 and points
``PREFECT_API_URL`` at it. The deployment has a concurrency limit of one, so two
runs never overlap; a run for any date can be started by hand with
``uv run prefect deployment run 'wirefacts-nightly/nightly' -p date=2026-11-23``.
A signal stops it within :data:`STOP_GRACE_SECONDS`, even when the server is gone.
The same runner serves ``wirefacts-maintain/maintain`` on ``maintenance.cron``: snapshot
expiry and file clean-up (:mod:`flows.maintain`), so history does not grow for ever.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from typing import Any

from prefect.runner import Runner
from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL

from flows.nightly import nightly_flow
from flows.settings import Settings

DEPLOYMENT_NAME = "nightly"
MAINTAIN_DEPLOYMENT = "maintain"
STOP_GRACE_SECONDS = 10.0
"""How long a stop request gives Prefect to shut down cleanly before the process exits anyway."""


class NoPrefectServerError(RuntimeError):
    """Serving was asked for without a Prefect server to register with."""


DEPLOYED_SETTINGS = frozenset({"source", "lake", "warehouse"})
"""The settings a deployment carries: where to read and write. The rest (credentials such as
``lake_options`` included) comes from the serving process's config file and environment, which
every scheduled run resolves again, so no secret is stored on the Prefect server."""


def deployment_parameters(settings: Settings) -> dict[str, Any]:
    """Parameters every scheduled run gets: the settings saying where to read and write, as JSON
    (the flow's ``settings`` parameter; the date is left to the run)."""
    return {"settings": settings.model_dump(mode="json", include=set(DEPLOYED_SETTINGS))}


def serve_nightly(settings: Settings, grace_seconds: float = STOP_GRACE_SECONDS) -> None:
    """Register the nightly deployment with its cron schedule and serve it until SIGINT or SIGTERM.

    On the first signal the runner stops as Prefect does it (cancel in-flight runs,
    pause the deployment's schedule so runs do not pile up unserved); if that has not
    finished within ``grace_seconds`` (the server went away and pausing retries for
    40 s, say), or on a second signal, the process exits at once, with status 0: the
    operator asked it to stop.

    Args:
        settings: Resolved settings; ``schedule.cron`` and ``schedule.timezone`` set the schedule.
        grace_seconds: How long a clean shutdown may take.

    Raises:
        NoPrefectServerError: ``PREFECT_API_URL`` is not set.
    """
    if not PREFECT_API_URL.value():
        raise NoPrefectServerError(
            "wirefacts serve needs a Prefect server: run `make serve`, or start "
            "`uv run prefect server start` and set PREFECT_API_URL (e.g. http://127.0.0.1:4200/api)"
        )
    runner = _BoundedStopRunner(grace_seconds, name=DEPLOYMENT_NAME, pause_on_shutdown=True)
    # Both signals take Prefect's graceful road, bounded in time, from now on: registering the
    # deployment talks to the server too, and a stop may come before the runner starts (the
    # runner installs the same SIGTERM handler again). A custom SIGINT handler also keeps
    # asyncio.run from turning Ctrl-C into a cancellation whose clean-up waits on an absent server.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, runner.handle_sigterm)
    from flows.maintain import maintain_flow

    runner.add_flow(
        maintain_flow,
        name=MAINTAIN_DEPLOYMENT,
        schedules=[Cron(settings.maintenance.cron, timezone=settings.schedule.timezone)],
        parameters=deployment_parameters(settings),
        concurrency_limit=1,
        tags=["wirefacts", "maintenance"],
        description="wirefacts maintenance: expire snapshots older than maintenance.retention_days "
        "(keeping each night's latest load) and delete files nothing needs any more.",
    )
    runner.add_flow(
        nightly_flow,
        name=DEPLOYMENT_NAME,
        schedules=[Cron(settings.schedule.cron, timezone=settings.schedule.timezone)],
        parameters=deployment_parameters(settings),
        concurrency_limit=1,
        tags=["wirefacts", "nightly"],
        description="wirefacts nightly ETL: one night (logical date = yesterday unless `date` is given).",
    )
    print(
        f"serving deployment '{nightly_flow.name}/{DEPLOYMENT_NAME}' ({settings.schedule.cron}, "
        f"{settings.schedule.timezone}); run a night by hand with: uv run prefect deployment run "
        f"'{nightly_flow.name}/{DEPLOYMENT_NAME}' -p date=YYYY-MM-DD",
        flush=True,
    )
    asyncio.run(runner.start())


class _BoundedStopRunner(Runner):
    """Prefect's runner, whose stop on a signal is bounded in time.

    Prefect's own handler only schedules a graceful stop; when the server is gone,
    that stop retries the API for about 40 s and signals meanwhile do nothing.
    """

    def __init__(self, grace_seconds: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._grace_seconds = grace_seconds
        self._stop_requested = threading.Event()

    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        """Start Prefect's graceful stop, and a deadline after which the process exits anyway."""
        signum = args[0] if args and isinstance(args[0], int) else signal.SIGTERM
        if self._stop_requested.is_set():
            _exit_now(f"second {signal.Signals(signum).name}: stopping now")
        self._stop_requested.set()
        threading.Thread(target=self._deadline, name="wirefacts-stop-deadline", daemon=True).start()
        super().handle_sigterm(*args, **kwargs)

    def _deadline(self) -> None:
        time.sleep(self._grace_seconds)
        _exit_now(
            f"Prefect did not stop within {self._grace_seconds:.0f} s (is its server gone?); stopping now"
        )


def _exit_now(reason: str) -> None:
    """Leave the process at once (in-flight runs were asked to cancel), status 0: a requested stop."""
    sys.stderr.write(f"wirefacts serve: {reason}\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
