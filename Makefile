# Two commands on a fresh clone: `make site` builds the example site into site/,
# `make test` runs every test. Each creates the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test check serve docs clean

site: $(STAMP)
	$(BIN)/progress-pages build

test: $(STAMP)
	$(BIN)/pytest

check: $(STAMP)
	$(BIN)/progress-pages check

serve: $(STAMP)
	$(BIN)/progress-pages serve

# Regenerate docs/input-format.md, docs/tracker-mapping.md and the JSON Schemas in
# schemas/ from the models (tests check that they are current).
docs: $(STAMP)
	$(BIN)/python -m generator.model.docs > docs/input-format.md
	$(BIN)/python -m generator.spreadsheet.docs > docs/tracker-mapping.md
	$(BIN)/python -m generator.model.schemas schemas

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) site .site-* *.egg-info
