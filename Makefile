# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
BIN   := $(VENV)/bin
# The stamp changes when the dependency list changes, so a second run is quick and a changed pin reinstalls.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml Makefile | sha1sum | cut -c1-12)
# Tests run in a network namespace with loopback alone: nothing may reach the network at run time.
HERMETIC := $(shell if unshare --net true 2>/dev/null; then echo "unshare --net sh -c 'ip link set lo up && exec \"\$$0\" \"\$$@\"'"; fi)
PROMPT ?= a red circle moving to the right on a blue background

.PHONY: setup demo test test-nbs test-py export clean-nbs readme docs
setup: $(STAMP)

$(STAMP):
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -c "import torch" 2>/dev/null || $(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m pip install -q --no-deps invisible-watermark==0.2.0
	@# Browser tests drive Debian's Chromium (never `playwright install`, which downloads a browser).
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; }
	@rm -f $(VENV)/.installed-*
	@touch $@

demo: setup
	$(BIN)/sora-nb generate "$(PROMPT)" -o outputs/demo.mp4

# A check that overruns its budget is a refusal (fail closed). The tests that exercise that set their own budgets; the rest
# get a generous one, so a starved CPU on a busy 2-core runner does not turn a functional test into a refusal.
test: setup
	SORA_NB_CHECK_TIMEOUT_S=60 $(HERMETIC) $(BIN)/nbdev_test --n_workers 2
	SORA_NB_CHECK_TIMEOUT_S=60 $(HERMETIC) $(BIN)/pytest -n 2

export: setup
	$(BIN)/nbdev_export
	$(BIN)/nbdev_clean

readme: setup
	$(PY) -c "from sora_nb.docs import write_readme; write_readme()"

# The docs site (site/): nbdev-processed notebooks through MkDocs Material + mkdocs-jupyter, tutorials executed; built offline.
docs: setup
	NO_MKDOCS_2_WARNING=1 $(HERMETIC) $(PY) -c "from sora_nb.site import build_site; build_site('site')"
