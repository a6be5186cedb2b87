"""``python -m flows.cli``: the ``wirefacts`` command."""

from flows.cli import app

app()
