# The stack's own CPU per request: the same four text-path checks alone vs through Stack (threads + decide), and decide alone.
import torch, os, tempfile, time
torch.set_num_threads(1); os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack, run_check
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, load_prompts
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
pol = Policy.load(); checks = [BlocklistCheck(pol), TextClassifierCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]
st = Stack(pol, {"input": checks}); st(CheckRequest("warm up"))
rows = load_prompts(split="test")[:200]
def cpu(f, tag):
    reqs = [CheckRequest(r["prompt"] + tag) for r in rows]; t = time.process_time()
    out = [f(q) for q in reqs]; return (time.process_time() - t) * 1000 / len(reqs), out
a, _ = cpu(lambda q: [c(q) for c in checks], " a")
b, _ = cpu(lambda q: [run_check(c, q, 60, pol.names) for c in checks], " b")
c, ds = cpu(st, " c")
res = [st.run(CheckRequest(r["prompt"] + " c")) for r in rows[:50]]
t = time.process_time()
for q, r in zip(rows[:50], res): pol.decide(r, CheckRequest(q["prompt"]), 0.01)
d = (time.process_time() - t) * 1000 / 50
print(f"checks in a loop {a:.2f} ms; each in run_check's thread {b:.2f}; Stack {c:.2f}; decide alone {d:.2f}")
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(4)
e, _ = cpu(lambda q: [f.result() for f in [ex.submit(c, q) for c in checks]], " e")
ex1 = ThreadPoolExecutor(1)
g, _ = cpu(lambda q: [ex1.submit(c, q).result() for c in checks], " g")
print(f"four reused threads {e:.2f} ms; one reused thread {g:.2f} ms")
for c in checks:
    def fresh(q, c=c):
        th = __import__("threading").Thread(target=c, args=(q,)); th.start(); th.join()
    x, _ = cpu(fresh, " x" + c.name); y, _ = cpu(c, " y" + c.name)
    print(f"{c.name}: fresh thread {x:.2f} ms, direct {y:.2f} ms")
