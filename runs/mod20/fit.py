# The fourteen-round refit: 14_text's slow-cell recipe (top=2) on the train split with round 14, with the e5 second opinion (C 100, beta 0.6
# for both language groups) and RULE.md's point (rate 0.03, shrink 0), keeping each fold's models. Written to runs/mod20/refit/.
import time, torch, numpy as np
from pathlib import Path
torch.set_num_threads(2)
from sora_nb.moderation.text import fit_prompt_set, load_prompts, OperatingPoint
t = time.time(); out = Path("runs/mod20/refit"); out.mkdir(exist_ok=True)
rows = load_prompts(split="train"); caught = np.load("runs/mod20/lists_train.npy"); assert len(caught) == len(rows)
benign = np.array([r["label"] == "benign" for r in rows])
everyday = benign & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
point = OperatingPoint(rate=0.03, per_category=True, caught=caught, everyday=everyday, length_penalty=1.0, language_groups=True)
heads, enc = fit_prompt_set(top=2, point=point, keep_folds=True, e5={"C": 100.0, "beta": 0.6, "beta_other": 0.6})
enc.save(out/"text_delta.safetensors"); heads.save(out/"text_heads.safetensors"); torch.save(heads.oof, out/"oof.pt")
for f, (e, h) in enumerate(heads.folds):
    e.save(out/f"fold{f}_delta.safetensors"); h.save(out/f"fold{f}_heads.safetensors")
print({k: v for k, v in heads.meta.items() if k not in ("thresholds", "thresholds_other")}, f"{(time.time() - t) / 60:.1f} min", flush=True)
