# Text path wall p50 and CPU: today's Stack, the checks concurrently in four reused threads, and one after another in one reused thread.
import torch, os, tempfile, time, statistics
from concurrent.futures import ThreadPoolExecutor
torch.set_num_threads(1); os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, load_prompts
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
pol = Policy.load(); checks = [BlocklistCheck(pol), TextClassifierCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]
st = Stack(pol, {"input": checks}); st(CheckRequest("warm up"))
rows = load_prompts(split="test")[:200]; ex4, ex1 = ThreadPoolExecutor(4), ThreadPoolExecutor(1)
for k in range(3):
  for j, (name, f) in enumerate([("stack today", st), ("four reused threads", lambda q: [x.result() for x in [ex4.submit(c, q) for c in checks]]),
                ("one reused thread", lambda q: [ex1.submit(c, q).result() for c in checks])]):
    w = []; c0 = time.process_time()
    for r in rows:
        q = CheckRequest(r["prompt"] + f" {k}{j}"); t = time.perf_counter(); f(q); w.append((time.perf_counter() - t) * 1000)
    print(f"{name}: wall p50 {statistics.median(w):.1f} ms, CPU {(time.process_time() - c0) * 1000 / len(rows):.1f} ms/prompt")
