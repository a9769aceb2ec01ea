# `make run` serves the API, `make test` runs the test suite; both first set up
# .venv (again only when pyproject.toml or constraints.txt change).
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2

.PHONY: run test browser screenshot loadtest bench install constraints clean

install: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -c constraints.txt -e '.[test]'
	touch $@

run: $(STAMP)
	$(VENV)/bin/timeline-api serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: $(STAMP) browser
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

# tests/test_page.py drives Debian's chromium; as root, install it when it is missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium is not installed and cannot be (not root): the browser tests will be skipped"; fi; }

# Retake docs/screenshot.png (commit it with the change to the page).
screenshot: $(STAMP) browser
	UPDATE_SCREENSHOT=1 $(VENV)/bin/python -m pytest tests/test_page.py -k seed_article $(PYTEST_ARGS)

# The 60-second load test of docs/operations.md (gunicorn and locust on 127.0.0.1; not part of `make test`).
loadtest: $(STAMP)
	$(VENV)/bin/python -m pip install -q -c constraints.txt -e '.[test,load]'
	$(VENV)/bin/python loadtest/run.py $(LOADTEST_ARGS)

# The benchmark of docs/performance.md (about 20 minutes; BENCH_ARGS=--quick for a few).
bench: $(STAMP)
	$(VENV)/bin/python -m bench $(BENCH_ARGS)

# Re-pin after changing the dependencies in pyproject.toml.
constraints: $(STAMP)
	$(VENV)/bin/python -m pip install -e '.[test,load]'
	{ sed -n '/^#/p' constraints.txt; $(VENV)/bin/python -m pip freeze --exclude-editable | grep -iv '^timeline-api'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
