# RULE.md's out-of-fold gates: V0 (fp32 ONNX scores F) and Q (int8) through the shipped operating-point recipe, train split only.
import numpy as np, json, torch
from sora_nb.moderation.text import load_prompts, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint
from sora_nb.moderation.policy import moderation_data
rows = load_prompts(split="train"); caught = np.load("runs/mod17/lists_train.npy"); n = np.load("runs/mod17/nwin.npy")
F, Q = np.zeros((len(rows), 9)), np.zeros((len(rows), 9))
for f in range(5):
    ids = np.load(f"runs/mod18/ids{f}.npy"); F[ids] = np.load(f"runs/mod18/F{f}.npy"); Q[ids] = np.load(f"runs/mod18/Q{f}.npy")
oof = torch.load("runs/mod17/oof.pt").numpy(); print("max |F - oof.pt|", float(np.abs(F - oof).max()), " mean |Q - F|", float(np.abs(Q - F).mean()), "p99", float(np.quantile(np.abs(Q - F), .99)))
ben = np.array([r["label"] == "benign" for r in rows]); rnd = np.array([r["round"] for r in rows])
every = ben & (np.isin([r["tactic"] for r in rows], ["caption", "everyday"]) | (rnd >= 11))
long = np.array([len(r["prompt"].split()) >= 60 for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
tac = np.array([r["tactic"] for r in rows]); shipped = TextHeads.load(moderation_data()/"text_heads.safetensors")
point = OperatingPoint(per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True)
res = {}
for k, S in {"V0": F, "Q": Q}.items():
    h = set_operating_point(TextHeads(shipped.p, shipped.categories), S, ben, point, nwin=n, english=en)
    A = length_adjusted(S, n, 1.0).numpy(); T = np.where(en[:, None], h.meta["thresholds"], h.meta["thresholds_other"])
    st = (A >= T).any(1) | caught
    r = dict(stack=round(st[~ben].mean(), 4), over=round(st[ben].mean(), 4), other_benign=round(st[ben & ~en].mean(), 4),
             long_viol=int(st[~ben & long].sum()), language=round(st[~ben & (tac == "language")].mean(), 4))
    r["t"], r["t_other"] = h.meta["thresholds"], h.meta["thresholds_other"]; res[k] = r
    print(k, {a: b for a, b in r.items() if a not in ("t", "t_other")}, flush=True)
q, v = res["Q"], res["V0"]
ok = bool(q["stack"] >= v["stack"] - 0.003 and q["over"] <= 0.03 and q["other_benign"] <= 0.05 and q["long_viol"] >= v["long_viol"])
print("V0 thresholds", np.round(v["t"], 3).tolist(), np.round(v["t_other"], 3).tolist())
print("Q thresholds ", np.round(q["t"], 3).tolist(), np.round(q["t_other"], 3).tolist())
print("out-of-fold gates:", "pass" if ok else "FAIL")
json.dump(dict(ok=ok, **res), open("runs/mod18/pick.json", "w"))
