"""The ``wirefacts`` command line.

Heavy imports (Prefect, Great Expectations, DuckDB) happen inside the commands
that need them, so ``wirefacts --help`` and ``wirefacts extract`` start fast.
User errors (a missing source, a bad date, a range that ends before it starts, a
folder that cannot be created, a night another run holds) are found before
Prefect is imported, and said in one line on stderr with exit code 2 (1 for a
held night), instead of a minute of server start-up and two tracebacks.
"""

from __future__ import annotations

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

__all__ = ["app"]
