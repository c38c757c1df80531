# Two commands on a fresh clone: `make site` builds the example site into site/,
# `make test` runs every test. Each creates the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: site test check serve docs benchmark wheel clean

site: $(STAMP)
	$(BIN)/progress-pages build

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest

check: $(STAMP)
	$(BIN)/progress-pages check

serve: $(STAMP)
	$(BIN)/progress-pages serve

# Regenerate docs/input-format.md, docs/tracker-mapping.md and the JSON Schemas in
# schemas/ (and the package's copy) from the models, and the editor settings
# (.vscode/settings.json, and the starter's copy) from generator/layout.py (tests
# check that they are current).
docs: $(STAMP)
	$(BIN)/python -m generator.model.docs > docs/input-format.md
	$(BIN)/python -m generator.spreadsheet.docs > docs/tracker-mapping.md
	$(BIN)/python -m generator.model.schemas schemas generator/schemas

# Build synthetic inputs of sizes S, M and L and print the figures (L takes minutes).
# Some sizes only: make benchmark SIZES="S M"
benchmark: $(STAMP)
	$(BIN)/python -m benchmarks.run $(SIZES)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test,engines]'
	touch $(STAMP)

# axe-core and the Nu HTML Checker for the browser tests (tests/browser), pinned by
# package-lock.json. --ignore-scripts: vnu-jar would otherwise fetch a Java of its own.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm is missing: the browser tests will be skipped (with CI=true they fail)."; fi

# The tool as a package, into dist/: what an area installs (README, "Start your area's site").
wheel: $(STAMP)
	$(BIN)/pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

clean:
	rm -rf $(VENV) node_modules site .site-* .generated *.egg-info test-artifacts dist build
