# Luminora's interface: `make run` (local API) and `make test` set themselves up on a fresh
# machine (a virtualenv in .venv with the project and its dev tools).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export SAM_CLI_TELEMETRY := 0
export AWS_DEFAULT_REGION ?= us-east-1

.PHONY: setup browser run test test-all contract integration e2e lint format bench build validate \
	openapi compare-openapi eval fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP) ## create .venv with the project and its dev tools

# Debian's chromium, for the playground's browser test (Playwright drives the system browser;
# `playwright install` is never needed). Quick when it is there; never fails the build: without
# apt, or without root or passwordless sudo, the browser test is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "note: no apt-get here; install Chromium to run the playground browser test"; \
	  else \
	    if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	    else SUDO="-"; fi; \
	    if [ "$$SUDO" = "-" ]; then \
	      echo "note: apt-get needs root; run 'sudo apt-get install -y chromium' for the browser test"; \
	    else \
	      echo "installing Debian's chromium for the playground browser test"; \
	      $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null || \
	      { $$SUDO apt-get update -q >/dev/null && \
	        $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } || \
	      echo "note: chromium could not be installed; the browser test will be skipped"; \
	    fi; \
	  fi; \
	}

run: setup ## local API on http://127.0.0.1:3000 (SQLite under .luminora/, offline)
	$(BIN)/luminora serve

test: setup browser ## unit + contract + integration + local e2e (what CI runs)
	$(BIN)/pytest -m "not perf and not deployed" $(PYTEST_ARGS)

contract: setup
	$(BIN)/pytest tests/contract $(PYTEST_ARGS)

integration: setup
	$(BIN)/pytest tests/integration $(PYTEST_ARGS)

e2e: setup browser
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

lint: setup ## ruff (lint + format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	for fn in functions/*/app.py; do MYPYPATH=layers/core $(BIN)/mypy --strict $$fn || exit 1; done

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: setup ## the DESIGN.md budgets, measured in one run
	# The per-turn budgets run first, before the heavy benchmarks warm and fill the heap.
	$(BIN)/pytest tests/perf/test_turn_budgets.py tests/perf -m perf -p no:randomly \
		--benchmark-columns=min,median,mean,max,rounds \
		--benchmark-sort=name $(PYTEST_ARGS)

build: setup ## sam build (the layer compiles bytecode and leaves boto3 out)
	$(BIN)/sam build

validate: setup ## template lint: cfn-lint and sam validate --lint
	$(BIN)/cfn-lint template.yaml
	$(BIN)/sam validate --lint --template-file template.yaml

fuzz: setup ## schemathesis against the local server: at least 1,000 generated requests
	LUMINORA_FUZZ_EXAMPLES=350 LUMINORA_FUZZ_MIN_REQUESTS=1000 \
		$(BIN)/pytest tests/e2e/test_fuzz_api.py -q $(PYTEST_ARGS)

openapi: setup ## regenerate layers/core/luminora/api/openapi.json from the handlers
	$(BIN)/luminora openapi --write

compare-openapi: setup ## fail if the shipped OpenAPI document drifted from the handlers
	$(BIN)/luminora openapi --check

clean:
	rm -rf .aws-sam .pytest_cache .ruff_cache .mypy_cache .benchmarks
