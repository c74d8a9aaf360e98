import os, sys, subprocess, tempfile
from pathlib import Path
import pytest

# Moderation state (review log, report queue) of the tests goes to a temporary folder, never to ~/.local/state/sora-nb.
os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp(prefix="sora-nb-test-state-"))

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
