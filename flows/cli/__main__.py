"""``python -m flows.cli``: the ``wirefacts`` command."""

from flows.cli import main

main()
