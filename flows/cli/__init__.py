"""The ``wirefacts`` command line.

Heavy imports (Prefect, Great Expectations, DuckDB) happen inside the commands
that need them, so ``wirefacts --help`` and ``wirefacts extract`` start fast.
User errors (a missing source, a bad date, a range that ends before it starts, a
folder that cannot be created, a night another run holds) are found before
Prefect is imported, and said in one line on stderr with exit code 2 (1 for a
held night), instead of a minute of server start-up and two tracebacks.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading

import typer

from flows.cli.backfill_command import backfill
from flows.cli.extract_command import extract
from flows.cli.maintain_command import maintain
from flows.cli.night_commands import run, serve, status

app = typer.Typer(
    name="wirefacts",
    help="Batch ETL for news wire stories: fetch, normalise, deduplicate, extract numeric facts, "
    "validate with Great Expectations and load into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
for command in (run, backfill, serve, status, extract, maintain):
    app.command()(command)

from flows.sql_command import sql  # noqa: E402  (registered last; it imports DuckDB lazily)

app.command(name="sql")(sql)


def main() -> None:
    """The ``wirefacts`` console script: the command, then an exit that skips tearing the interpreter down.

    After a night the process holds Prefect, Great Expectations, pandas and the extractor's
    tables; freeing them object by object at interpreter shutdown took about a second of
    CPU on every run, for nothing the operating system does not do at once. Everything
    that must happen at exit still does, in the interpreter's own order: the wait for
    threads that are not daemons (and executors' shutdown), the ``atexit`` handlers (logging's
    flush, Prefect's log and event workers drained to the API, the temporary Prefect
    server stopped, temporary folders removed, spawned processes joined), then standard
    output and error are flushed. Every warehouse write has committed before a command
    returns, so nothing is left to a finaliser.
    """
    try:
        app()
        code: int = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    wait_for_threads = getattr(threading, "_shutdown", None)  # what Py_FinalizeEx runs first
    if wait_for_threads is not None:
        wait_for_threads()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`), a closed stream
            stream.flush()
    os._exit(code)


__all__ = ["app", "main"]
