# A/B in one run, alternating prompt by prompt so the machine's drift falls on both: the text path's four checks run as the stack ran
# them before lanes (each check in a fresh thread, started from a fresh thread per check) and as Stack.run runs them now (lanes).
import torch, os, tempfile, time, threading, statistics
torch.set_num_threads(1); os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, load_prompts
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
pol = Policy.load(); checks = [BlocklistCheck(pol), TextClassifierCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]
st = Stack(pol, {"input": checks}); st(CheckRequest("warm up"))
def fresh(q):
    out = [None] * len(checks)
    def one(i, c):
        box = {}
        th = threading.Thread(target=lambda: box.update(out=c(q)), daemon=True); th.start(); th.join(60); out[i] = box.get("out")
    ts = [threading.Thread(target=one, args=(i, c), daemon=True) for i, c in enumerate(checks)]
    for t in ts: t.start()
    for t in ts: t.join(61)
    return out
from sora_nb.moderation.stack import LANES, check_result
def serial(q): return [check_result(c, LANES.start(lambda c=c: c(q)), 60) for c in checks]
rows = load_prompts(split="test")[:300]; W = {"fresh threads": [], "lanes": [], "one at a time": []}; C = dict.fromkeys(W, 0.0)
for k, r in enumerate(rows):
    order = [("fresh threads", fresh), ("lanes", st.run), ("one at a time", serial)]; order = order[k % 3:] + order[:k % 3]
    for j, (name, f) in enumerate(order):
        q = CheckRequest(r["prompt"] + f" {j}")      # the same length for both; a new text each, so the encoder's cache never answers
        c0, t0 = time.process_time(), time.perf_counter(); f(q); W[name].append((time.perf_counter() - t0) * 1000); C[name] += time.process_time() - c0
for name in W: print(f"{name}: wall p50 {statistics.median(W[name]):.1f} ms, CPU {C[name] * 1000 / len(rows):.1f} ms/prompt")
print(f"one at a time / fresh threads: wall p50 {statistics.median(W['one at a time']) / statistics.median(W['fresh threads']):.2f}, CPU {C['one at a time'] / C['fresh threads']:.2f}")
print(f"lanes / fresh threads: wall p50 {statistics.median(W['lanes']) / statistics.median(W['fresh threads']):.2f}, CPU {C['lanes'] / C['fresh threads']:.2f}")
