# The two commands of the README: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Build the sample articles into data/processed and print the summary. Exit status 1 from the
# build only says that some inputs were rejected (the sample holds a non-English article on
# purpose); anything else fails.
run: $(STAMP)
	$(BIN)/timeline build data/raw --out data/processed || [ $$? -eq 1 ]
	$(BIN)/timeline stats data/processed
	$(BIN)/timeline validate data/processed

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

schema: $(STAMP)
	$(BIN)/timeline schema --out schema

clean:
	rm -rf $(VENV) data/processed/events data/processed/*.parquet data/processed/manifest.json
