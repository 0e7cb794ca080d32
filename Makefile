# kgraph: two commands on a fresh machine with Python 3.11+
#   make demo   install kgraph into .venv and build the graph of data/samples into out/
#   make test   install the test extras into .venv and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test install install-test bench eval-news lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

demo: install
	$(BIN)/kgraph build data/samples -o out

test: install-test
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check kgraph tests benchmarks scripts

bench: install
	$(BIN)/python benchmarks/bench_extract.py

eval-news: install
	$(BIN)/kgraph eval benchmarks/news-dev.jsonl
	$(BIN)/kgraph eval benchmarks/news-fresh.jsonl
	$(BIN)/kgraph eval benchmarks/news-final.jsonl
	$(BIN)/kgraph eval benchmarks/news-events.jsonl

clean:
	rm -rf out build dist *.egg-info .pytest_cache
