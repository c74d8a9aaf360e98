# RULE.md's choice on the fourteen-round train split alone: nested refusal (thresholds picked on four folds' out-of-fold scores, measured on
# the fifth, whole stack: thresholds or the lists) over beta x beta_other x rate x shrink, against the shipped point nested the same way.
import numpy as np, torch, itertools, json, time
from sora_nb.moderation.text import (load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint,
                                     fuse, fit_e5_head)
t0 = time.time()
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); sh = TextHeads.load()
S = torch.load("runs/mod20/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod20/nwin.npy"); caught = np.load("runs/mod20/lists_train.npy")
X = np.load("runs/mod20/e5_train.npy"); assert len(S) == len(n) == len(caught) == len(X) == len(rows)
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); tac = np.array([r["tactic"] for r in rows])
r14 = np.array([r["round"] == 14 for r in rows])
A = length_adjusted(S, n, 1.0).numpy()
_, P = fit_e5_head(X, rows, 5, 100.0); P = P.numpy() if hasattr(P, "numpy") else np.asarray(P)
np.save("runs/mod20/e5_oof.npy", P); print(f"e5 head out of fold: {time.time() - t0:.0f}s", flush=True)
def nested(b_en, b_other, rate, shrink):
    Z = fuse(A, P, np.where(en, b_en, b_other)[:, None]).numpy(); st = np.zeros(len(rows), bool)
    for f in range(5):
        tr, te = fid != f, fid == f
        pt = OperatingPoint(rate=rate, per_category=True, caught=caught[tr], everyday=every[tr], length_penalty=0, language_groups=True, shrink=shrink)
        h = set_operating_point(TextHeads(sh.p, sh.categories), Z[tr], ben[tr], pt, english=en[tr])
        T = np.where(en[:, None], np.array(h.meta["thresholds"]), np.array(h.meta["thresholds_other"]))
        st[te] = ((Z >= T).any(1) | caught)[te]
    v = ~ben
    return dict(beta=b_en, beta_other=b_other, rate=rate, shrink=shrink, refused=int(st[v].sum()), refusal=round(float(st[v].mean()), 4),
                over=int(st[ben].sum()), english=round(float(st[v & en].mean()), 4), other=round(float(st[v & ~en].mean()), 4),
                metaphor=round(float(st[v & (tac == "metaphor")].mean()), 3), language=round(float(st[v & (tac == "language")].mean()), 3),
                r14=round(float(st[v & r14].mean()), 3), r14_over=int(st[ben & r14].sum()))
base = nested(0.0, 0.0, 0.025, 0.0); print("shipped point", json.dumps(base), flush=True)
with open("runs/mod20/pick.jsonl", "w") as f:
    f.write(json.dumps({"shipped": True, **base}) + "\n")
    for b, bo, r, w in itertools.product((0.0, 0.3, 0.6), (0.45, 0.6, 0.75), (0.03, 0.035, 0.04), (0.0, 0.25)):
        rec = nested(b, bo, r, w); f.write(json.dumps(rec) + "\n"); f.flush(); print(json.dumps(rec), flush=True)
ok = [json.loads(l) for l in open("runs/mod20/pick.jsonl")][1:]; ok = [r for r in ok if r["over"] <= base["over"]]
key = lambda r: (-r["refused"], r["beta"], r["beta_other"], r["rate"], r["shrink"])
a = min((r for r in ok if r["beta"] == 0), key=key, default=None); b = min((r for r in ok if r["beta"] > 0), key=key, default=None)
print("A", json.dumps(a)); print("B", json.dumps(b))
pick = b if b and a and b["english"] - a["english"] >= 0.02 - 1e-12 else a
print("pick", json.dumps(pick), f"{time.time() - t0:.0f}s")
