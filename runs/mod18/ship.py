# RULE.md's candidate Q as a heads file: the shipped thirteen-round heads and delta, thresholds re-picked by the shipped operating point
# on int8 out-of-fold scores of runs/mod17's kept fold models, computed by the exported `fold_scores` (checked against oof_int8.py's Q).
import numpy as np, torch, shutil, time
from pathlib import Path
torch.set_num_threads(1)
from sora_nb.moderation.text import (load_prompts, fold_of, TextHeads, ModerationEncoder, fold_scores, set_operating_point, is_english,
                                     OperatingPoint, heads_version, INT8, get_multilingual)
from sora_nb.moderation.policy import moderation_data
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); t = time.time()
folds = [(ModerationEncoder.load(f"runs/mod17/fold{f}_delta.safetensors"), TextHeads.load(f"runs/mod17/fold{f}_heads.safetensors")) for f in range(5)]
Q = fold_scores(folds, [r["prompt"] for r in rows], fid, get_multilingual(), int8=True, folder="runs/mod18/onnx").numpy()
Q0 = np.zeros_like(Q)
for f in range(5): Q0[np.load(f"runs/mod18/ids{f}.npy")] = np.load(f"runs/mod18/Q{f}.npy")
print(f"fold_scores vs oof_int8.py: max |diff| {np.abs(Q - Q0).max():.2g} ({time.time() - t:.0f} s)", flush=True)
ben = np.array([r["label"] == "benign" for r in rows]); every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
point = OperatingPoint(per_category=True, caught=np.load("runs/mod17/lists_train.npy"), everyday=every, length_penalty=1.0, language_groups=True)
path = moderation_data()/"prompts"/"prompts.jsonl"; shipped = TextHeads.load()
assert heads_version(path, 5, True, {"view_drop": 0.3}, 2, None, point) == shipped.meta["version"], "the shipped version does not reproduce"
h = set_operating_point(TextHeads(shipped.p, shipped.categories, dict(shipped.meta)), Q, ben, point, nwin=np.load("runs/mod17/nwin.npy"),
                        english=np.array([is_english(r["prompt"]) for r in rows]))
h.meta.update(minilm=INT8, version=heads_version(path, 5, True, {"view_drop": 0.3}, 2, None, point, int8=True))
out = Path("runs/mod18/ship"); out.mkdir(exist_ok=True)
h.save(out/"text_heads.safetensors"); shutil.copy(moderation_data()/"text_delta.safetensors", out/"text_delta.safetensors")
print({k: v for k, v in h.meta.items() if k not in ("operating_point",)})
