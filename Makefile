# geokg: two commands do all the set-up on a fresh machine.
#   make demo   builds the graph of examples/articles into out/
#   make test   runs the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTEM_STAMP := .system-packages.stamp

.PHONY: demo test test-fast eval bench system clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages the browser and SPARQL-client tests use: chromium (driven by Playwright,
# never a downloaded browser) and roqet (a non-Python SPARQL client).  Best effort: without
# root (or password-less sudo) or a package manager, those tests skip and the rest still run.
system: $(SYSTEM_STAMP)
$(SYSTEM_STAMP):
	@if command -v chromium >/dev/null && command -v roqet >/dev/null; then touch $@; \
	elif command -v apt-get >/dev/null && { [ "$$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo "sudo -n" ); \
	  if $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium rasqal-utils >/dev/null; \
	  then touch $@; else echo "warning: could not install chromium and rasqal-utils; browser and roqet tests will skip"; fi; \
	else echo "warning: install chromium and rasqal-utils (roqet) yourself; browser and roqet tests will skip"; fi

demo: $(STAMP)
	$(BIN)/kg build examples/articles --out out

test: $(STAMP) system
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not browser and not slow"

eval: $(STAMP)
	$(BIN)/kg eval

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf out .pytest_cache $(SYSTEM_STAMP)
