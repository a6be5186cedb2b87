# wirefacts: the README's two commands, plus the ones an operator or engineer reaches for next.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export GX_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= INFO

PREFECT_PORT ?= 4200
SERVER_PID := var/prefect-server.pid

.PHONY: setup run test lint bench bench-speed clean help serve server server-stop postgres postgres-stop

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

.venv/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv
	$(UV) sync --frozen --compile-bytecode
	@touch $@

PREFECT_DB := $(or $(PREFECT_HOME),$(HOME)/.prefect)/prefect.db

# Prefect's database is created and migrated once here, not by the first night's temporary server
# (migrating a fresh database triples that server's start).
setup: .venv/.synced  ## create the environment from the lock file and Prefect's local database
	@[ -n "$$PREFECT_API_URL" ] || [ -f "$(PREFECT_DB)" ] || $(UV) run --frozen prefect server database upgrade -y >/dev/null

SAMPLE_NIGHT ?= 2026-11-23

run: setup  ## run the nightly job on the bundled sample (its night, $(SAMPLE_NIGHT)); uses `make server`'s server when it is up
	@if [ -z "$$PREFECT_API_URL" ] && curl -sf http://127.0.0.1:$(PREFECT_PORT)/api/health >/dev/null 2>&1; then \
		echo "using the Prefect server on http://127.0.0.1:$(PREFECT_PORT) (make server)"; \
		export PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api; fi; \
	$(UV) run --frozen wirefacts run --date $(SAMPLE_NIGHT)

test: setup  ## run the whole test suite
	$(UV) run --frozen pytest

lint: setup  ## ruff and mypy, as configured in pyproject.toml
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy

bench: setup  ## benchmarks (need ../shared and the bench extra): fact fields, extraction speed, dedupe, stories, limits, backfill, lakehouse
	$(UV) sync --frozen --all-extras --compile-bytecode
	$(UV) run --frozen python -m benchmarks.fields_bench --split all
	$(UV) run --frozen python -m benchmarks.extract_bench
	$(UV) run --frozen python benchmarks/dedup_bench.py
	$(UV) run --frozen python benchmarks/story_precision.py
	$(UV) run --frozen python -m benchmarks.limits_bench
	$(UV) run --frozen python -m benchmarks.backfill_bench
	$(UV) run --frozen python -m benchmarks.lakehouse_bench

bench-speed: setup  ## issue 15's figures in one run: Reuters night (stages, overhead, RSS), sample night, 58-night backfill
	$(UV) sync --frozen --all-extras --compile-bytecode
	$(UV) run --frozen python -m benchmarks.speed_bench

server: setup  ## start a real Prefect server on 127.0.0.1:$(PREFECT_PORT) in the background (UI there too)
	@mkdir -p var
	@if [ -f $(SERVER_PID) ] && kill -0 $$(cat $(SERVER_PID)) 2>/dev/null; then echo "Prefect server already running (pid $$(cat $(SERVER_PID)))"; \
	else nohup $(UV) run --frozen prefect server start --host 127.0.0.1 --port $(PREFECT_PORT) > var/prefect-server.log 2>&1 & echo $$! > $(SERVER_PID); fi
	@for i in $$(seq 1 90); do curl -sf http://127.0.0.1:$(PREFECT_PORT)/api/health >/dev/null && break; sleep 1; done
	@curl -sf http://127.0.0.1:$(PREFECT_PORT)/api/health >/dev/null && echo "Prefect server up: http://127.0.0.1:$(PREFECT_PORT) (log: var/prefect-server.log)"

serve: server  ## register the nightly deployment (cron 02:00) on that server and serve it (Ctrl-C stops)
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(UV) run --frozen wirefacts serve

server-stop:  ## stop the background Prefect server
	@if [ -f $(SERVER_PID) ]; then kill $$(cat $(SERVER_PID)) 2>/dev/null; rm -f $(SERVER_PID); echo stopped; fi

PG_PORT ?= 5433

postgres: setup  ## start a throw-away PostgreSQL 15 in var/pg on port $(PG_PORT) for the PostgreSQL warehouse catalog
	$(UV) run --frozen python -m warehouse.pgserver start var/pg $(PG_PORT)

postgres-stop:  ## stop that PostgreSQL
	$(UV) run --frozen python -m warehouse.pgserver stop var/pg

clean:  ## remove the local lake, warehouse and environment
	rm -rf var .venv
