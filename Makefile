# The two commands of the README: `make demo` and `make test`. Everything else is their set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := $(CURDIR)/.demo/dirdesk-demo.sqlite3

.PHONY: demo test system venv benchmarks lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	touch $@

venv: $(VENV)/.installed

system:
	bash packaging/dev/system-packages.sh

# Install, fill a demo database and open the window on it.
demo: system venv
	mkdir -p .demo
	$(BIN)/dirdesk demo --db sqlite:///$(DEMO_DB)
	$(BIN)/dirdesk --db sqlite:///$(DEMO_DB)

# Install what the tests need (system packages included) and run the whole suite.
test: system venv
	$(BIN)/python -m pytest

# Start-up, export, search, grid, live typing and memory against their floors (benchmarks/results.md).
# Under Xvfb where it is installed (make system), else Qt's offscreen platform.
XVFB := $(if $(shell command -v xvfb-run),xvfb-run -a -s "-screen 0 1920x1080x24")
benchmarks: venv
	$(XVFB) $(BIN)/python benchmarks/run.py

lint: venv
	$(BIN)/ruff check dirdesk tests
	$(BIN)/mypy
