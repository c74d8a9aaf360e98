# RULE4.md's candidate: the shipped heads (MiniLM heads and delta unchanged) with the e5 second opinion read by a fine-tuned e5 (the GPU
# variant's full model: its tuned tensors and its head), thresholds picked on runs/mod21's out-of-fold arrays of the shipped recipe fused
# with the variant's engine out-of-fold scores. Arguments: variant beta beta_other rate shrink. Writes runs/mod22/ship4/ (heads, delta,
# text_e5.safetensors), ready for `sora-nb redteam test --heads runs/mod22/ship4`.
import numpy as np, torch, shutil, sys
from pathlib import Path
from safetensors.torch import save_file
from sora_nb.moderation.text import (load_prompts, TextHeads, set_operating_point, is_english, OperatingPoint, heads_version, e5_tuned_version,
                                     get_e5)
from sora_nb.moderation.policy import moderation_data
var = sys.argv[1]; beta, beta_other, rate, shrink = map(float, sys.argv[2:6]); d = Path("runs/mod21"); out = Path("runs/mod22/ship4")
M = torch.load(f"runs/mod22/gpu_out/{var}.pt", weights_only=False)["full"] if var != "qat4" else torch.load("runs/mod22/gpu_out/qat4_b.pt", weights_only=False)["full"]
tuned = {k: v.contiguous() for k, v in M.items() if k.startswith("l")}
out.mkdir(exist_ok=True); save_file(tuned, out/"text_e5.safetensors"); version = e5_tuned_version(tuned)
enc = get_e5(str(out/"text_e5.safetensors")); assert enc.tuned == version
rows = load_prompts(split="train"); sh = TextHeads.load()
S = torch.load(d/"oof.pt"); n = torch.from_numpy(np.load(d/"nwin.npy")); caught = np.load(d/"lists_train.npy"); P = np.load(f"runs/mod22/oof_{var}.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
e5m = {"beta": beta, "beta_other": beta_other}
h = TextHeads({**{k: sh.p[k] for k in TextHeads.KEYS}, "e5_w": M["e5_w"], "e5_b": M["e5_b"]}, sh.categories,
              {**sh.meta, "e5": {"encoder": enc.name, "tuned": version, "recipe": f"runs/mod22/gpu/train.py {var}", **e5m}})
pt = OperatingPoint(rate=rate, per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True, shrink=shrink)
set_operating_point(h, S, ben, pt, nwin=n, english=en, second=P)
h.meta["version"] = heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, pt, e5=e5m,
                                  delta=sh.meta["delta"], tuned=version)
h.save(out/"text_heads.safetensors"); shutil.copy(moderation_data()/"text_delta.safetensors", out)
print(h.meta["version"], "e5", enc.name, "English", np.round(h.meta["thresholds"], 3).tolist(), "other", np.round(h.meta["thresholds_other"], 3).tolist(),
      "oof", h.meta["oof_refusal"], h.meta["oof_over_refusal"])
