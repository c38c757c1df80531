# Two commands on a fresh clone: `make site` builds the example site into site/,
# `make test` runs every test. Each creates the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test check serve docs benchmark clean

site: $(STAMP)
	$(BIN)/progress-pages build

test: $(STAMP)
	$(BIN)/pytest

check: $(STAMP)
	$(BIN)/progress-pages check

serve: $(STAMP)
	$(BIN)/progress-pages serve

# Regenerate docs/input-format.md from the data model (a test checks it is current).
docs: $(STAMP)
	$(BIN)/python -m generator.model.docs > docs/input-format.md

# Build synthetic inputs of sizes S, M and L and print the figures (L takes minutes).
# Some sizes only: make benchmark SIZES="S M"
benchmark: $(STAMP)
	$(BIN)/python -m benchmarks.run $(SIZES)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) site .site-* .generated *.egg-info
