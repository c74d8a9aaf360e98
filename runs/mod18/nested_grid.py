# nested.py's comparison over a grid, to see the trade-off, not to pick a ship (no held-out split is read): G and U at each benign
# rate, and M(w) = sigmoid((1 - w) * logit(G) + w * logit(U)) for shrinkage w toward U's single threshold. Nested over the train
# split's out-of-fold scores (thresholds picked on four folds, measured on the fifth).
import numpy as np, torch, itertools
from sora_nb.moderation.text import load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); sh = TextHeads.load()
def fit(m, per_category, rate):
    pt = OperatingPoint(rate=rate, per_category=per_category, caught=caught[m], everyday=every[m], length_penalty=1.0, language_groups=per_category)
    h = set_operating_point(TextHeads(sh.p, sh.categories), S[m], ben[m], pt, nwin=n[m], english=en[m])
    t = np.array(h.meta["thresholds"]); return t, np.array(h.meta.get("thresholds_other", t))
lg = lambda p: np.log(np.clip(p, 1e-9, 1 - 1e-9) / (1 - np.clip(p, 1e-9, 1 - 1e-9))); sig = lambda x: 1 / (1 + np.exp(-x))
import sys
rates = [float(x) for x in sys.argv[1:]] or [0.015, 0.02, 0.025]; ws = [0.0, 0.25, 0.5, 0.75, 1.0]
res = {(r, w): np.zeros(len(rows), bool) for r, w in itertools.product(rates, ws)}
for f in range(5):
    tr, te = fid != f, fid == f
    for r in rates:
        G, U = fit(tr, True, r), fit(tr, False, r)
        for w in ws:
            T = [sig((1 - w) * lg(g) + w * lg(u)) for g, u in zip(G, U)]
            res[r, w][te] = ((A >= np.where(en[:, None], T[0], T[1])).any(1) | caught)[te]
for (r, w), st in res.items(): print(f"rate {r:.3f} shrink {w:.2f}: whole stack {st[~ben].mean():.4f}  over-refusal {st[ben].mean():.4f}")
