# A newcomer's two commands on a fresh machine:
#   make demo   creates .venv, installs transcheck, audits the example article
#   make test   creates .venv, installs transcheck with its test tools, runs the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The CPU build of torch, pinned and installed first, so that no dependency ever pulls a CUDA build of several GB.
TORCH ?= torch==2.13.0

# Hunspell dictionaries (Debian packages) for the spelling checks; without them the checks fall back to wordfreq.
HUNSPELL ?= hunspell-fr hunspell-id hunspell-en-us hunspell-ar

# Headless Chromium (a Debian package) for the test that opens the HTML report in a real browser; without it that
# test is skipped, with the reason.
BROWSER ?= chromium

.PHONY: install dictionaries browser demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e ".[test,langid,ct2,bilingual,feeds,ray]"
	touch $@

install: $(VENV)/.installed dictionaries

dictionaries:
	@if [ -f /usr/share/hunspell/fr.dic ] && [ -f /usr/share/hunspell/id_ID.dic ] && [ -f /usr/share/hunspell/en_US.dic ] \
		&& [ -f /usr/share/hunspell/ar.dic ]; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(HUNSPELL) >/dev/null; \
	else echo "note: Hunspell dictionaries missing (apt-get install $(HUNSPELL)); spelling falls back to wordfreq"; fi

browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER) >/dev/null; \
	else echo "note: headless Chromium missing (apt-get install $(BROWSER)); the browser test of the HTML report is skipped"; fi

demo: install
	@status=0; for lang in fr en zh ja ar; do \
	  echo "== transcheck audit examples/kazakhstan/article.id.txt examples/kazakhstan/article.$$lang.txt"; \
	  $(BIN)/transcheck audit examples/kazakhstan/article.id.txt examples/kazakhstan/article.$$lang.txt; \
	  s=$$?; echo "== exit status $$s (0: no finding reaches --fail-on error; 1: one does)"; \
	  if [ $$s -gt 1 ]; then status=$$s; fi; \
	done; test $$status -le 1

test: install browser
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/segmentation.py
	$(BIN)/python benchmarks/languages.py
	$(BIN)/python benchmarks/alignment.py
	$(BIN)/python benchmarks/ntrex_audit.py
	$(BIN)/python benchmarks/numbers_dates.py
	$(BIN)/python benchmarks/names.py
	$(BIN)/python benchmarks/langid.py
	$(BIN)/python benchmarks/language.py
	$(BIN)/python benchmarks/calibrate.py
	$(BIN)/python benchmarks/back_translation.py
	$(BIN)/python benchmarks/calibrate_bt.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
