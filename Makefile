# jixiao — two commands on a fresh machine with Python 3.11 and make:
#   make demo   (creates .venv, installs, runs the demo on the shipped example)
#   make test   (creates .venv, installs test extras, runs the whole suite)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test fuzz bench templates lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/jixiao demo

test: $(STAMP)
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest -q

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m slow tests

bench: $(STAMP)
	$(BIN)/python bench/bench_rules.py
	$(BIN)/python bench/bench_reader.py
	$(BIN)/python bench/bench_collect.py

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/ruff check src udfs tests bench

templates: $(STAMP)
	$(BIN)/jixiao templates build

clean:
	rm -rf $(VENV) build dist *.egg-info demo_out
