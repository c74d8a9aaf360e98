# RULE3's candidate S: re-check the nested selection with exact counts through the exported set_operating_point (shrink), then the
# heads folder: the shipped heads and delta, thresholds from the whole train split's out-of-fold scores at rate 0.03, shrink 0.25.
import numpy as np, torch, shutil
from pathlib import Path
from sora_nb.moderation.text import (load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint, heads_version)
from sora_nb.moderation.policy import moderation_data
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); sh = TextHeads.load()
def point(m, rate, shrink): return OperatingPoint(rate=rate, per_category=True, caught=caught[m], everyday=every[m], length_penalty=1.0, language_groups=True, shrink=shrink)
def fit(m, rate, shrink): return set_operating_point(TextHeads(sh.p, sh.categories, dict(sh.meta)), S[m], ben[m], point(m, rate, shrink), nwin=n[m], english=en[m])
nested = {}
for key in [(0.025, 0.0), (0.03, 0.25)]:
    st = np.zeros(len(rows), bool)
    for f in range(5):
        h = fit(fid != f, *key); T = np.where(en[:, None], h.meta["thresholds"], h.meta["thresholds_other"])
        st[fid == f] = ((A >= T).any(1) | caught)[fid == f]
    nested[key] = (int(st[~ben].sum()), int(st[ben].sum())); print(key, "nested refused violating", nested[key][0], "of", (~ben).sum(), "benign", nested[key][1], "of", ben.sum())
ok = nested[0.03, 0.25][1] <= nested[0.025, 0.0][1] and nested[0.03, 0.25][0] > nested[0.025, 0.0][0]
print("RULE3's selection holds with exact counts:", ok)
all_ = np.ones(len(rows), bool); h = fit(all_, 0.03, 0.25)
assert heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, point(all_, 0.025, 0.0)) == sh.meta["version"]
h.meta["version"] = heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, point(all_, 0.03, 0.25))
if ok:
    out = Path("runs/mod18/ship_s"); out.mkdir(exist_ok=True); h.save(out/"text_heads.safetensors"); shutil.copy(moderation_data()/"text_delta.safetensors", out)
    print(h.meta["version"], "English", np.round(h.meta["thresholds"], 3).tolist(), "other", np.round(h.meta["thresholds_other"], 3).tolist())
    print({k: h.meta[k] for k in ("oof_refusal", "oof_over_refusal", "oof_refusal_with_lists", "oof_everyday_refused")})
