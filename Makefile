# Field Intake: the two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: run demo test bench lint translations screenshots clean system-deps

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "python3-venv is missing; installing it"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the GUI needs at run time (Qt's xcb platform plugin, CJK fonts).
system-deps:
	@bash tools/ensure-debs.sh

translations: $(STAMP)
	$(PY) tools/build_translations.py

run: $(STAMP) system-deps translations
	$(PY) -m intake_app $(ARGS)

demo: $(STAMP) system-deps translations
	$(PY) -m intake_app demo $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Tests run headless (Qt offscreen); the same command runs in CI.
test: $(STAMP) system-deps translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# PNGs of every main screen of a demo vault in English and Korean, in build/screenshots/ (offscreen).
screenshots: $(STAMP) translations
	bash tools/ensure-debs.sh
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

bench: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/bench -s -o python_files="bench_*.py" $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build .ruff_cache
