# wirefacts: the README's two commands, plus the ones an operator or engineer reaches for next.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export GX_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= INFO

.PHONY: setup run test lint bench clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

.venv/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv
	$(UV) sync --frozen
	@touch $@

setup: .venv/.synced  ## create the environment from the lock file

run: setup  ## run the nightly job on the bundled sample and print a summary
	$(UV) run --frozen wirefacts run

test: setup  ## run the whole test suite
	$(UV) run --frozen pytest

lint: setup  ## ruff and mypy, as configured in pyproject.toml
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check flows transforms expectations warehouse
	$(UV) run --frozen mypy

bench: setup  ## benchmarks (need ../shared and the bench extra)
	$(UV) sync --frozen --all-extras
	$(UV) run --frozen python benchmarks/extract_bench.py

clean:  ## remove the local lake, warehouse and environment
	rm -rf var .venv
