# novelproc: `make run` for a local instance, `make test` for the whole suite.
# Both work on a fresh Debian machine: they install what is missing.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-$(shell sha1sum requirements.txt 2>/dev/null | cut -c1-12)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_UPDATED := /tmp/.novelproc-apt-updated

TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/novelproc
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: run test venv redis postgres chromium axe lint bench

# axe-core checks every page in the browser tests (tests/browser/axe.py reads AXE_JS).
# Pinned, fetched once from the npm registry; the tarball's sha256 is checked.
AXE_VERSION := 4.14.1
AXE_SHA256 := e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745
AXE_DIR := var/axe-core-$(AXE_VERSION)
AXE_JS := $(AXE_DIR)/axe.min.js

venv: $(STAMP)
$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@rm -f $(VENV)/.requirements-* && touch $@

define apt_install
	@if ! command -v $(1) >/dev/null 2>&1; then \
		echo "Installing $(2)..."; \
		[ -f $(APT_UPDATED) ] || { $(SUDO) apt-get update -qq && touch $(APT_UPDATED); }; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(2) >/dev/null; \
	fi
endef

# Queued work survives a restart of this redis-server: it keeps an append-only file in var/redis.
redis:
	$(call apt_install,redis-server,redis-server)
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { \
		echo "Starting redis-server on 127.0.0.1:6379"; \
		mkdir -p var/redis; \
		redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly yes \
			--dir $(CURDIR)/var/redis --logfile $(CURDIR)/var/redis/redis.log; \
		for i in $$(seq 50); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.1; done; }

postgres:
	$(call apt_install,pg_ctlcluster,postgresql)
	@pg_isready -h 127.0.0.1 -p 5432 -q || { \
		echo "Starting PostgreSQL"; \
		$(SUDO) pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | sort -V | tail -1) main start; \
		for i in $$(seq 100); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.2; done; }

chromium:
	$(call apt_install,chromium,chromium)

axe: $(AXE_JS)
$(AXE_JS):
	$(call apt_install,npm,nodejs npm)
	@rm -rf $(AXE_DIR).tmp && mkdir -p $(AXE_DIR).tmp
	cd $(AXE_DIR).tmp && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null
	echo "$(AXE_SHA256)  $(AXE_DIR).tmp/axe-core-$(AXE_VERSION).tgz" | sha256sum --check --quiet
	tar -xzf $(AXE_DIR).tmp/axe-core-$(AXE_VERSION).tgz -C $(AXE_DIR).tmp package/axe.min.js package/LICENSE
	@rm -rf $(AXE_DIR) && mv $(AXE_DIR).tmp/package $(AXE_DIR) && rm -rf $(AXE_DIR).tmp

run: venv redis
	$(PY) manage.py serve

test: venv redis postgres chromium axe
	@set +e; \
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) DRAMATIQ_NAMESPACE=novelproc-test AXE_JS=$(AXE_JS) \
		$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: treating as a failure"; exit 1; fi; \
	exit $$rc

# ruff, then the import rules of pyproject.toml ([tool.importlinter]).
lint: venv
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/lint-imports

bench: venv redis postgres
	DATABASE_URL=$(TEST_DATABASE_URL) $(PY) bench/pipeline.py
