# RULE2.md's Q2: the shipped thresholds carried to the int8 graph by quantile matching on train out-of-fold scores; out-of-fold gates; heads file.
import numpy as np, torch, shutil
from pathlib import Path
from sora_nb.moderation.text import load_prompts, TextHeads, length_adjusted, is_english, heads_version, INT8, OperatingPoint
from sora_nb.moderation.policy import moderation_data
rows = load_prompts(split="train"); caught = np.load("runs/mod17/lists_train.npy"); n = np.load("runs/mod17/nwin.npy")
F, Q = np.zeros((len(rows), 9)), np.zeros((len(rows), 9))
for f in range(5):
    ids = np.load(f"runs/mod18/ids{f}.npy"); F[ids] = np.load(f"runs/mod18/F{f}.npy"); Q[ids] = np.load(f"runs/mod18/Q{f}.npy")
AF, AQ = length_adjusted(F, n, 1.0).numpy(), length_adjusted(Q, n, 1.0).numpy()
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
long = np.array([len(r["prompt"].split()) >= 60 for r in rows]); sh = TextHeads.load()
T = {True: np.array(sh.meta["thresholds"]), False: np.array(sh.meta["thresholds_other"])}; T2 = {}
for g in (True, False):
    m = en == g; T2[g] = np.array([np.quantile(AQ[m, c], (AF[m, c] < T[g][c]).mean()) for c in range(9)])
def gates(A, t):
    th = np.where(en[:, None], t[True], t[False]); st = (A >= th).any(1) | caught
    return dict(stack=round(st[~ben].mean(), 4), over=round(st[ben].mean(), 4), other_benign=round(st[ben & ~en].mean(), 4), long_viol=int(st[~ben & long].sum()))
v, q = gates(AF, T), gates(AQ, T2)
print("V0", v); print("Q2", q)
print("English", np.round(T[True], 3).tolist(), "->", np.round(T2[True], 3).tolist()); print("other", np.round(T[False], 3).tolist(), "->", np.round(T2[False], 3).tolist())
ok = q["stack"] >= v["stack"] - 0.003 and q["over"] <= 0.03 and q["other_benign"] <= 0.05 and q["long_viol"] >= v["long_viol"]
print("out-of-fold gates:", "pass" if ok else "FAIL")
if ok:
    h = TextHeads(sh.p, sh.categories, dict(sh.meta))
    h.meta.update(thresholds=T2[True].tolist(), thresholds_other=T2[False].tolist(), minilm=INT8, thresholds_from=f"{sh.meta['version']}, carried to int8 by quantile",
                  version=__import__("hashlib").sha1(f"{sh.meta['version']}|{INT8}|quantile".encode()).hexdigest()[:12])
    out = Path("runs/mod18/ship2"); out.mkdir(exist_ok=True); h.save(out/"text_heads.safetensors"); shutil.copy(moderation_data()/"text_delta.safetensors", out)
    print(h.meta["version"])
