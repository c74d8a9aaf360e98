# RULE2.md's candidate: the fourteen-round refit's heads and delta with its e5 head, thresholds picked on the fused out-of-fold scores at
# pick2.py's point. Arguments: beta beta_other rate shrink. Writes runs/mod20/ship2/.
import numpy as np, torch, shutil, sys
from pathlib import Path
from sora_nb.moderation.text import load_prompts, TextHeads, set_operating_point, is_english, OperatingPoint, heads_version
from sora_nb.moderation.policy import moderation_data
beta, beta_other, rate, shrink = map(float, sys.argv[1:5]); C = 100.0
rows = load_prompts(split="train"); src = Path("runs/mod20/refit")
S = torch.load(src/"oof.pt").numpy().astype(np.float64); n = np.load("runs/mod20/nwin.npy"); caught = np.load("runs/mod20/lists_train.npy")
P = np.load("runs/mod20/e5_oof.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
rh = TextHeads.load(src/"text_heads.safetensors"); assert rh.e5 and rh.e5["C"] == C       # the refit carries its e5 head (fit_e5_head, C 100)
e5m = {"C": C, "beta": beta, "beta_other": beta_other}
h = TextHeads(rh.p, rh.categories, {**rh.meta, "e5": {"encoder": rh.e5["encoder"], **e5m}})
pt = OperatingPoint(rate=rate, per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True, shrink=shrink)
set_operating_point(h, S, ben, pt, nwin=n, english=en, second=P)
import hashlib                                                                   # heads_version hashes the recipe, not the weights: name the delta too
h.meta["version"] = hashlib.sha1((heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, pt, e5=e5m)
                                  + rh.meta["delta"]).encode()).hexdigest()[:12]
out = Path("runs/mod20/ship2"); out.mkdir(exist_ok=True); h.save(out/"text_heads.safetensors"); shutil.copy(src/"text_delta.safetensors", out)
print(h.meta["version"], "English", np.round(h.meta["thresholds"], 3).tolist(), "other", np.round(h.meta["thresholds_other"], 3).tolist())
print({k: h.meta[k] for k in ("oof_refusal", "oof_over_refusal", "oof_refusal_with_lists", "oof_everyday_refused")})
