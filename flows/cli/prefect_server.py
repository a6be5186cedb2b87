"""Prefect's temporary server, started by the command line before anything else is imported.

With no ``PREFECT_API_URL``, Prefect starts a temporary server when the first flow run
begins: only then, after the command has spent its own seconds importing Prefect, Great
Expectations and DuckDB, does it launch ``uvicorn`` in a subprocess and wait for it (5 s on
a quiet two-core machine with a Prefect database already made, 10-27 s on a fresh
``PREFECT_HOME`` or a busy one). The client also imports the whole server application
(FastAPI, SQLAlchemy, every route: seconds of CPU) just to find the class that launches it.

:func:`start_early` launches the very same subprocess (the command line, environment and
ephemeral switches of ``prefect.server.api.server.SubprocessASGIServer``) at the start of
``wirefacts run`` and ``wirefacts backfill``, so the server imports and migrates its
database on one core while the command imports on the other. :meth:`EarlyServer.use`
then waits for its health check and points Prefect at it with ``PREFECT_API_URL`` (in the
settings and in the environment worker processes inherit): the flow run is the same real
Prefect flow run, one task per stage, on a real Prefect server, and Prefect never imports
its server module in this process. A server the operator configured (``PREFECT_API_URL``
in the environment or in the active Prefect profile) wins: the early one is then stopped
unused. The server dies with the command (``atexit``, and on Linux the parent-death
signal, so a killed command leaves no server behind).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field

STARTUP_TIMEOUT_SECONDS = 120.0
"""Default wait for the server's health check; ``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS`` wins."""
PORT_IN_USE_EXIT = 3
"""uvicorn's exit code when its port was taken between our choice and its bind: try another port."""


SKIP_BLOCK_REGISTRATION = {
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}
"""A temporary server need not register Prefect's block types (no flow here uses a block; ``make
server`` registers them in the same database when it starts): skipping it spares the server the
import of every Prefect collection (prefect-dask pulls in dask.distributed) and the registry's hash,
about 10% of its start's CPU. The operator's environment wins."""


class ServerStartError(RuntimeError):
    """The temporary Prefect server did not answer its health check in time."""


@dataclass(slots=True)
class EarlyServer:
    """A temporary Prefect server subprocess started before the command's imports."""

    process: subprocess.Popen[bytes]
    port: int
    env: dict[str, str] = field(repr=False)

    @property
    def api_url(self) -> str:
        """The API root Prefect's client is pointed at."""
        return f"http://127.0.0.1:{self.port}/api"

    @contextlib.contextmanager
    def use(self) -> Iterator[str | None]:
        """Point Prefect at this server for the block; yield its URL, or ``None`` if one is configured.

        Call once Prefect is imported: the active profile's ``PREFECT_API_URL`` is only
        known then. A configured server wins and this one is stopped at once.
        """
        from prefect.settings import PREFECT_API_URL, temporary_settings

        if _configured_api_url():
            self.stop()
            yield None
            return
        from prefect.context import refresh_global_settings_context

        self.wait_until_healthy()
        # In the environment (spawned workers inherit it) and in Prefect's global settings (threads
        # start without this context's settings: a flow's or task runner's thread that missed the URL
        # would start a temporary server of its own), as well as in this context.
        os.environ["PREFECT_API_URL"] = self.api_url
        refresh_global_settings_context()
        try:
            with temporary_settings({PREFECT_API_URL: self.api_url}):
                yield self.api_url
        finally:
            os.environ.pop("PREFECT_API_URL", None)
            refresh_global_settings_context()

    def wait_until_healthy(self) -> None:
        """Block until ``/api/health`` answers 200; restart on another port if uvicorn lost its port."""
        timeout = float(
            os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", STARTUP_TIMEOUT_SECONDS)
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == PORT_IN_USE_EXIT:
                self.port = _free_port()
                self.process = _launch(self.port, self.env)
                continue
            if code is not None:
                raise ServerStartError(
                    f"the temporary Prefect server exited with code {code} before it was up"
                )
            if _healthy(self.api_url):
                return
            time.sleep(0.1)
        self.stop()
        raise ServerStartError(
            f"the temporary Prefect server did not answer within {timeout:.0f} s "
            "(raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or start one with `make server`)"
        )

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 5 s); safe to call twice."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextlib.contextmanager
def prefect_api(server: EarlyServer | None) -> Iterator[str | None]:
    """:meth:`EarlyServer.use` when a server was started early; else leave Prefect's settings alone."""
    if server is None:
        yield None
        return
    with server.use() as url:
        yield url


def start_early() -> EarlyServer | None:
    """Launch the temporary server now, unless ``PREFECT_API_URL`` is set or ephemeral mode is off.

    Only the environment is read here (importing Prefect's settings is what this start
    overlaps); a URL set in a Prefect profile is honoured later, in :meth:`EarlyServer.use`.
    """
    ephemeral_off = os.environ.get("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "").lower() in {"0", "false"}
    if os.environ.get("PREFECT_API_URL") or ephemeral_off:
        return None
    if "prefect.settings" in sys.modules and _configured_api_url():  # already imported (tests, a caller)
        return None
    env = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
    }
    env = {**SKIP_BLOCK_REGISTRATION, **env}
    port = _free_port()
    server = EarlyServer(_launch(port, env), port, env)
    atexit.register(server.stop)
    return server


def _configured_api_url() -> str | None:
    """The API URL Prefect's current settings name (a profile, a test harness), if any."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    return str(url) if url else None


def _launch(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Prefect's own temporary-server command line (``SubprocessASGIServer._run_uvicorn_command``)."""
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    assert spec is not None and spec.submodule_search_locations  # a dependency
    app_dir = os.path.dirname(next(iter(spec.submodule_search_locations)))
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        app_dir,
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]
    return subprocess.Popen(
        command, env=env, preexec_fn=_die_with_parent if sys.platform == "linux" else None
    )


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to SIGTERM it when the command dies, even by SIGKILL."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _free_port() -> int:
    """A port the kernel says is free now (uvicorn exits 3 if another process takes it first)."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _healthy(api_url: str) -> bool:
    """Whether the server answers its health check (a refused connection means not yet)."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False
