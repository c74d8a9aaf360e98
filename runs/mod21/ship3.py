# RULE3.md's candidate: the fifteen-round refit's heads and delta (runs/mod21/refit/) with thresholds picked on its saved out-of-fold
# arrays at pick3.py's point. Arguments: beta beta_other rate shrink. Writes runs/mod21/ship3/ (heads and delta), ready for
# `sora-nb redteam test --heads runs/mod21/ship3`. At the refit's own point (0.6 0.6 0.03 0) it reproduces the refit's thresholds and version.
import numpy as np, torch, shutil, sys
from pathlib import Path
from sora_nb.moderation.text import load_prompts, TextHeads, set_operating_point, is_english, OperatingPoint, heads_version
from sora_nb.moderation.policy import moderation_data
beta, beta_other, rate, shrink = map(float, sys.argv[1:5]); src = Path("runs/mod21/refit")
rows = load_prompts(split="train"); rh = TextHeads.load(src/"text_heads.safetensors"); assert rh.e5 and rh.e5["C"] == 100.0
S = torch.load(src/"oof.pt"); n = torch.from_numpy(np.load(src/"nwin.npy")); caught = np.load(src/"lists_train.npy"); P = np.load(src/"e5_oof.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
e5m = {"C": 100.0, "beta": beta, "beta_other": beta_other}
h = TextHeads(rh.p, rh.categories, {**rh.meta, "e5": {"encoder": rh.e5["encoder"], **e5m}})
pt = OperatingPoint(rate=rate, per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True, shrink=shrink)
set_operating_point(h, S, ben, pt, nwin=n, english=en, second=P)
h.meta["version"] = heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, pt, e5=e5m, delta=rh.meta["delta"])
out = Path("runs/mod21/ship3"); out.mkdir(exist_ok=True); h.save(out/"text_heads.safetensors"); shutil.copy(src/"text_delta.safetensors", out)
same = (beta, beta_other, rate, shrink) == (0.6, 0.6, 0.03, 0.0)
print(h.meta["version"], "(the refit's own:", rh.meta["version"], ")" if same else ")", "English", np.round(h.meta["thresholds"], 3).tolist(),
      "other", np.round(h.meta["thresholds_other"], 3).tolist())
if same: assert h.meta["version"] == rh.meta["version"] and np.allclose(h.meta["thresholds"], rh.meta["thresholds"])
