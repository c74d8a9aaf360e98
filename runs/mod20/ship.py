# RULE.md's candidate: the shipped heads and delta (weights unchanged) + the e5 head (fit_e5_head, C 100, on the whole fourteen-round train
# split), thresholds picked on the fused out-of-fold scores at pick.py's point. Arguments: beta beta_other rate shrink. Writes runs/mod20/ship/.
import numpy as np, torch, shutil, sys
from pathlib import Path
from sora_nb.moderation.text import (load_prompts, TextHeads, set_operating_point, is_english, OperatingPoint, heads_version, fit_e5_head, get_e5)
from sora_nb.moderation.normalise import readable
from sora_nb.moderation.policy import moderation_data
beta, beta_other, rate, shrink = map(float, sys.argv[1:5]); C = 100.0
rows = load_prompts(split="train")
S = torch.load("runs/mod20/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod20/nwin.npy"); caught = np.load("runs/mod20/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
e5 = get_e5(); X = np.load("runs/mod20/e5_train.npy")
chk = np.random.default_rng(1).choice(len(rows), 64, replace=False)            # the saved vectors are what the check reads
assert np.abs(e5.encode([readable(rows[i]["prompt"]) for i in chk]) - X[chk]).max() < 1e-6
p5, second = fit_e5_head(X, rows, 5, C)
sh = TextHeads.load(); e5m = {"C": C, "beta": beta, "beta_other": beta_other}
h = TextHeads({**sh.p, **p5}, sh.categories, {**sh.meta, "e5": {"encoder": e5.name, **e5m}})
pt = OperatingPoint(rate=rate, per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True, shrink=shrink)
set_operating_point(h, S, ben, pt, nwin=n, english=en, second=second)
h.meta["version"] = heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, pt, e5=e5m)
h.meta["note"] = "MiniLM heads and delta of the thirteen-round refit (a5122a1379ba, 871e5dc0edd8); e5 head and thresholds on the fourteen-round train split"
out = Path("runs/mod20/ship"); out.mkdir(exist_ok=True); h.save(out/"text_heads.safetensors"); shutil.copy(moderation_data()/"text_delta.safetensors", out)
print(h.meta["version"], "English", np.round(h.meta["thresholds"], 3).tolist(), "other", np.round(h.meta["thresholds_other"], 3).tolist())
print({k: h.meta[k] for k in ("oof_refusal", "oof_over_refusal", "oof_refusal_with_lists", "oof_everyday_refused")})
