# The two commands of the README: `make demo` and `make test`. Everything else is their set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := $(CURDIR)/.demo/dirdesk-demo.sqlite3

.PHONY: demo test system system-run venv venv-run benchmarks lint windows

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# What running needs (make demo) ...
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

# ... and what the tests and the developer tools need (make test).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	touch $@ $(VENV)/.installed-run

venv-run: $(VENV)/.installed-run
venv: $(VENV)/.installed

system-run:
	PYTHON=$(PYTHON) bash packaging/dev/system-packages.sh run

system:
	PYTHON=$(PYTHON) bash packaging/dev/system-packages.sh test

# Install what running needs, fill a demo database and open the window on it; without a display,
# say the command that opens it under a virtual screen.
demo: system-run venv-run
	mkdir -p .demo
	$(BIN)/dirdesk demo --db sqlite:///$(DEMO_DB)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BIN)/dirdesk --db sqlite:///$(DEMO_DB); \
	else \
	  echo "No display here (DISPLAY is not set). Open the window on the demo database from a desktop"; \
	  echo "session with make demo, or under a virtual screen (its picture unseen) with:"; \
	  echo "  xvfb-run -a $(BIN)/dirdesk --db sqlite:///$(DEMO_DB)"; \
	fi

# Install what the tests need (system packages included), lint and type-check (ruff, mypy strict
# over the whole package) and run the whole suite.
test: system venv lint
	$(BIN)/python -m pytest

# Build the Windows bundle and installer under Wine and smoke-test them (packaging/windows/README.md).
windows: venv-run
	PYTHON=$(CURDIR)/$(BIN)/python bash packaging/windows/build.sh

# Start-up, export, search, grid, live typing and memory against their floors (benchmarks/results.md);
# then bounded input: 1x, 10x, 100x inputs of each shape and the largest accepted file (benchmarks/bounded.md).
# Under Xvfb where it is installed (make system), else Qt's offscreen platform.
XVFB := $(if $(shell command -v xvfb-run),xvfb-run -a -s "-screen 0 1920x1080x24")
benchmarks: venv
	$(XVFB) $(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/bounded.py

lint: venv
	$(BIN)/ruff check dirdesk tests
	$(BIN)/mypy
