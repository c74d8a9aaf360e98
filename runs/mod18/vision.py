# The vision path (bench/moderation.py's 40 images): today's Stack (every check in a fresh thread, concurrently) against the
# same checks one after another in one reused thread: wall p50 and CPU per image.
import numpy as np, torch, os, tempfile, time, statistics
from concurrent.futures import ThreadPoolExecutor
torch.set_num_threads(1); os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.vision import NudityCheck, FaceAgeCheck, ImageViolenceCheck
from sora_nb.moderation.hashes import HashMatchCheck
from skimage import data
pol = Policy.load(); checks = [NudityCheck(pol), FaceAgeCheck(pol), ImageViolenceCheck(pol), HashMatchCheck(pol)]
base = [data.astronaut(), data.coffee(), data.chelsea(), data.rocket(), np.stack([data.camera()] * 3, -1)]
rng = np.random.default_rng(0)
imgs = [np.clip(base[i % 5].astype(int) + rng.integers(-8, 9, base[i % 5].shape), 0, 255).astype(np.uint8) for i in range(40)]
st = Stack(pol, {"input": checks}); st(CheckRequest("", images=[imgs[0]], tier="permitted"))
ex = ThreadPoolExecutor(1)
for name, f in [("stack today", lambda q: st(q)), ("one reused thread", lambda q: [ex.submit(c, q).result() for c in checks])]:
    w = []; c0 = time.process_time()
    for im in imgs:
        t = time.perf_counter(); f(CheckRequest("", images=[im], tier="permitted")); w.append((time.perf_counter() - t) * 1000)
    print(f"{name}: wall p50 {statistics.median(w):.1f} ms, CPU {(time.process_time() - c0) * 1000 / len(imgs):.1f} ms/image")
