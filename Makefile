# Field Intake: the two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: run demo test bench lint translations screenshots clean system-deps test-deps cctv package package-test package-check source-check

# A setup step's output is shown only when it fails: a successful pip install prints dozens of notices (index
# locations, the editable-install note, pip's version check) that read like errors. The output is kept in a
# shell variable, not a file.
export PIP_DISABLE_PIP_VERSION_CHECK := 1
quietly = out=$$($(1) 2>&1) || { status=$$?; printf '%s\n' "$$out" >&2; echo "make: failed: $(1)" >&2; exit $$status; }

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "python3-venv is missing; installing it"; rm -rf $(VENV); PYTHON=$(PYTHON) bash tools/ensure-debs.sh venv && $(PYTHON) -m venv $(VENV); }
	@echo "Installing the Python packages into $(VENV) (a few minutes the first time)"
	@$(call quietly,$(PY) -m pip install -q --no-input --upgrade pip)
	@$(call quietly,$(PY) -m pip install -q --no-input -e '.[test]')
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# PyInstaller and its hooks (the `package` extra), on top of the test environment.
PKG_STAMP := $(VENV)/.package-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

$(PKG_STAMP): $(STAMP)
	@echo "Installing PyInstaller into $(VENV)"
	@$(call quietly,$(PY) -m pip install -q --no-input -e '.[package]')
	@rm -f $(VENV)/.package-*
	@touch $(PKG_STAMP)

# The Debian packages of packaging/linux/debian-packages.txt (one list, a section per target): [run] is derived
# from the ELF files of the installed wheels (tools/system_deps.py; a test fails when it misses a library).
system-deps:
	@PYTHON=$(PYTHON) bash tools/ensure-debs.sh run fonts

# The reference tools of the interoperability tests (age, minisign). Offline, a failed install is left to the
# tests, which then skip and say why.
test-deps:
	@bash tools/ensure-debs.sh test || [ "$$INTAKE_TEST_OFFLINE" = 1 ]

translations: $(STAMP)
	@$(PY) tools/build_translations.py

run: $(STAMP) system-deps translations
	@$(PY) -m intake_app $(ARGS)

demo: $(STAMP) system-deps translations
	@$(PY) -m intake_app demo $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Tests run headless (Qt offscreen); the same command runs in CI.
# The C2SP CCTV age test vectors (npm package cctv-age, pinned with its hash in tools/cctv/) for
# tests/core/test_bundle_cctv.py; Debian's nodejs and npm are installed when npm is missing. INTAKE_TEST_OFFLINE=1
# fetches nothing (the tests that need the vectors are then skipped, and say so).
cctv:
	@bash tools/cctv.sh

# package-test builds the .deb, installs it, checks the installed app (self-test, window offscreen and under
# Xvfb) and removes it: about 2 minutes on a 2-core machine, so every CI run proves the installer works.
test: $(STAMP) system-deps test-deps translations lint cctv package-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The quick loop for developers: ruff and every test not marked slow, without the package build and
# installation test (under three minutes on a 2-core machine). `make test` is the full run.
.PHONY: check
check: $(STAMP) system-deps translations
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

# PNGs of every main screen of a demo vault in English and Korean, in build/screenshots/ (offscreen).
screenshots: $(STAMP) translations
	bash tools/ensure-debs.sh
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

bench: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/bench -s -o python_files="bench_*.py" $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build .ruff_cache

# Standalone installers in build/package/: the PyInstaller one-folder app, field-intake_<version>_<arch>.deb
# and field-intake-<version>-linux-<arch>.tar.gz (tools/package.py). ZSTD_LEVEL=19 packs the .deb ~12% smaller
# in ~2 minutes instead of ~8 s.
package: $(PKG_STAMP) system-deps translations
	$(PY) tools/package.py $(if $(ZSTD_LEVEL),--zstd-level $(ZSTD_LEVEL)) $(PACKAGE_ARGS)

# Install the .deb here, run the installed app's self-test, start its window offscreen and under Xvfb
# (screenshot in build/package/screenshot-xvfb.png), then remove it (tools/package_test.sh; root or sudo).
package-test: package
	PY=$(PY) bash tools/package_test.sh

# Clean room: debootstrap a minimal Debian 12, install the .deb there with apt, run the self-test inside
# (tools/package_check.sh; root or sudo, and the Debian mirror).
package-check: package
	bash tools/package_check.sh

# Clean room of the source: a minimal Debian 12 with only python3 make git sudo ca-certificates, a clone of
# this repository's HEAD, `make test` there with no skipped test, then `make run` up to its window on Xvfb
# (tools/source_check.sh; root or sudo, the Debian mirror, PyPI and npm; ~20 minutes).
source-check:
	bash tools/source_check.sh
