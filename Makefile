# Werkpad: two commands do all set-up on a fresh machine.
#   make demo   start the platform with demo data (SQLite) at http://127.0.0.1:8000
#   make test   run the whole test suite (static checks, unit, integration, browser)
#   make test-db only the tests that use the database, for a second database (.ci/run)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo demo-reset test test-db lint assets messages deps deps-dev system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.deps: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	touch $@

$(VENV)/.deps-dev: requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.lock
	touch $@ $(VENV)/.deps

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.deps
deps-dev: $(VENV)/.deps-dev

assets: node_modules/.installed
	scripts/collect_assets.sh

messages: $(BIN)/python
	scripts/system_deps.sh gettext
	cd src/werkpad && ../../$(BIN)/django-admin compilemessages --ignore='.venv' -v 0

demo: deps assets messages
	scripts/demo.sh $(HOST) $(PORT)

demo-reset:
	rm -f var/werkpad.sqlite3
	$(MAKE) demo

test: deps-dev assets messages
	scripts/system_deps.sh chromium
	scripts/test.sh

test-db: deps-dev assets messages
	scripts/system_deps.sh chromium
	scripts/test.sh --db-only

lint: deps-dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) node_modules src/werkpad/static/vendor staticfiles
