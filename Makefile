# Every target bootstraps what it needs from Python 3.11 and make alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo generate check-generated lint typecheck test pytest clean

$(STAMP): pyproject.toml requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (set PYTHON=...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation -e '.[testing,cli,redis,sync,mcp]'
	touch $(STAMP)

install: $(STAMP) ## venv with the package (editable) and the dev tools; redis-server and PostgreSQL for the tests that need them
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing redis-server (Debian package) for the Redis pacing tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; \
	  else \
	    echo "redis-server is missing; the Redis pacing tests need it: sudo apt-get install redis-server"; \
	  fi; }
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing postgresql (Debian package) for the sync tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null; \
	  else \
	    echo "PostgreSQL is missing; the sync tests need it: sudo apt-get install postgresql"; \
	  fi; }

demo: $(STAMP) ## the main job: the fake Harvest with a year of data, and examples/ run against it
	$(BIN)/python examples/demo.py

generate: $(STAMP) ## spec/ -> generated/harvest_v2
	$(BIN)/python -m generator

check-generated: $(STAMP) ## fail when generated/ is not what spec/ and the templates produce
	$(BIN)/python -m generator --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy overlays/harvest_v2 generated/harvest_v2 generator release benchmarks tests examples

pytest: install  # the Redis tests need redis-server, which install provides
	$(BIN)/python -m pytest -n 2

test: check-generated lint typecheck pytest ## everything CI runs
	$(BIN)/python -m release.tree_marker write

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# --- Releases (release/; how to cut one: README, "Releasing") -------------------
.PHONY: api-diff changelog dist publish

api-diff: $(STAMP) ## API changes since BASE (default: the newest v<version> tag) and the bump they need; JSON=1 for JSON
	$(BIN)/python -m release.api_diff $(if $(BASE),--base '$(BASE)') $(if $(JSON),--json)

changelog: $(STAMP) ## write the changes since BASE (default: the newest release tag) into CHANGELOG.md under info.version
	$(BIN)/python -m release.changelog $(if $(BASE),--base '$(BASE)')

dist: $(STAMP) ## wheel and sdist of info.version in dist/, contents checked
	$(BIN)/python -m release.dist

publish: $(STAMP) ## refuse unless fresh, tested, new and bumped enough; build, twine check, upload to $$TWINE_REPOSITORY_URL, tag
	$(BIN)/python -m release.publish

# --- Benchmarks (benchmarks/; figures are ratios measured side by side) ----------
.PHONY: bench

bench: $(STAMP) ## print the benchmark table (README shows one from a real run)
	$(BIN)/python benchmarks/bench.py
