# The two commands of the README: `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Analyse the built-in demo corpus and print a summary; the full result goes to demo-output.json.
demo: $(STAMP)
	$(BIN)/rasd analyze --json demo-output.json

## Lint, then run the whole test suite (pytest's exit 5, "no tests collected", counts as a failure).
test: $(STAMP)
	$(BIN)/ruff check rasd tests benchmarks eval
	$(BIN)/ruff format --check rasd tests benchmarks eval
	$(BIN)/pytest -q

## Benchmarks that print figures and write benchmarks/results/*.json (need ../shared).
bench: $(STAMP)
	$(BIN)/python benchmarks/html_extraction.py
	$(BIN)/python benchmarks/glue.py
	$(BIN)/python benchmarks/sentences.py
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache demo-output.json
