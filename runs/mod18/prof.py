# Where the text path's CPU goes: each check of bench/moderation.py's text stack timed alone (CPU ms per prompt), then the stack
# around them, then cProfile of the text classifier alone. 200 test-split prompts, as the bench; one thread.
import cProfile, pstats, torch, os, tempfile, time
torch.set_num_threads(1)
os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, load_prompts
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
pol = Policy.load()
checks = [BlocklistCheck(pol), TextClassifierCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]
st = Stack(pol, {"input": checks}); st(CheckRequest("warm up")); st(CheckRequest("and again"))
rows = load_prompts(split="test")[:200]; reqs = [CheckRequest(r["prompt"]) for r in rows]
for c in checks:
    c(CheckRequest("x y z")); t = time.process_time()
    for q in reqs: c(q)
    print(f"{c.name:20s} {(time.process_time() - t) * 1000 / len(reqs):.2f} ms")
reqs = [CheckRequest(r["prompt"] + " .") for r in rows]     # new texts: the encoder caches by window
t = time.process_time()
for q in reqs: st(q)
print(f"stack                {(time.process_time() - t) * 1000 / len(reqs):.2f} ms")
reqs = [CheckRequest(r["prompt"] + " ..") for r in rows]
pr = cProfile.Profile(); pr.enable()
for q in reqs: checks[1](q)
pr.disable(); pstats.Stats(pr).sort_stats("tottime").print_stats(25)
