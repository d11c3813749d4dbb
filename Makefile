# newsgraph: `make demo` runs the main job on the bundled examples, `make test` runs the tests.
# Both create .venv with pip from a clean checkout.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
DEMO_DB := out/demo.duckdb

.PHONY: demo test lint bench clean system-deps screenshots

$(BIN)/newsgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/newsgraph
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Debian packages the browser tests need (Playwright cannot download its own browser here).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto.*cjk" \
		|| ! fc-list 2>/dev/null | grep -qi "noto color emoji"; then \
		echo "installing chromium, fonts-noto-cjk and fonts-noto-color-emoji with apt"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null; \
	fi

demo: $(BIN)/newsgraph
	@mkdir -p out
	@rm -f $(DEMO_DB)
	$(BIN)/newsgraph ingest --db $(DEMO_DB) examples/ $$( [ -d $(SHARED)/seeds ] && echo $(SHARED)/seeds )
	$(BIN)/newsgraph events --db $(DEMO_DB)

test: $(VENV)/.test-deps system-deps
	$(BIN)/python -m pytest -q

lint: $(VENV)/.test-deps
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(VENV)/.test-deps
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/throughput.py --mixed
	$(BIN)/python bench/scaling.py
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/timex_vs_jatimex.py

# Refresh the README's screenshots from the browser tests.
screenshots: $(VENV)/.test-deps system-deps
	UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q -m browser tests/web

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
