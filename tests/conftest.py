import os, sys, subprocess
from pathlib import Path
import tempfile
import pytest

# The C2PA signing chain of the tests lives in a temporary config folder, never in the user's ~/.config/sora-nb.
os.environ.setdefault("SORA_NB_CONFIG", tempfile.mkdtemp(prefix="sora-nb-test-config-"))
# Moderation state (review log, report queue) of the tests goes to a temporary folder, never to ~/.local/state/sora-nb.
os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp(prefix="sora-nb-test-state-"))
# Functional tests get a generous check budget (a starved CPU must not turn into fail-closed refusals); the fault tests
# set their own small budgets.
os.environ.setdefault("SORA_NB_CHECK_TIMEOUT_S", "60")

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

@pytest.fixture(scope="session")
def sora_nb_cli():
    "Run the installed `sora-nb` console script; returns CompletedProcess (text)."
    exe = BIN / "sora-nb"
    def run(*args, timeout=300):
        return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                              env={**os.environ, "HF_HUB_OFFLINE": "1"})
    return run

@pytest.fixture(scope="session")
def shipped():
    "The shipped nano backend, loaded once."
    from sora_nb.backends import load_backend
    return load_backend()
