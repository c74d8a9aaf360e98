# Does multilingual-e5-small add what the shipped heads miss? Train split only (the held-out split is not read).
# Out-of-fold e5 head (multinomial LR on the e5 vector, the same five group folds), fused with the shipped recipe's out-of-fold
# scores (runs/mod17/oof.pt, length-adjusted), then nested thresholds (picked on four folds, measured on the fifth) over rate x shrink.
import numpy as np, torch, itertools, sys
from sklearn.linear_model import LogisticRegression
from sora_nb.moderation.text import load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); sh = TextHeads.load(); cats = sh.categories
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); tac = np.array([r["tactic"] for r in rows])
y = np.array([0 if r["label"] == "benign" else 1 + cats.index(r["category"]) for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); X = np.load("runs/mod19/e5_train.npy")
C = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
P = np.zeros_like(S)
for f in range(5):
    lr = LogisticRegression(C=C, max_iter=3000).fit(X[fid != f], y[fid != f]); P[fid == f] = lr.predict_proba(X[fid == f])[:, 1:]
lg = lambda p: np.log(np.clip(p, 1e-9, 1 - 1e-9) / (1 - np.clip(p, 1e-9, 1 - 1e-9))); sig = lambda x: 1 / (1 + np.exp(-x))
def nested(Z, label, rates=(0.015, 0.02, 0.025, 0.03, 0.035), ws=(0.0, 0.25, 0.5, 1.0)):
    best = None
    for r, w in itertools.product(rates, ws):
        st = np.zeros(len(rows), bool)
        for f in range(5):
            tr, te = fid != f, fid == f
            pt = OperatingPoint(rate=r, per_category=True, caught=caught[tr], everyday=every[tr], length_penalty=0, language_groups=True, shrink=w)
            h = set_operating_point(TextHeads(sh.p, sh.categories), Z[tr], ben[tr], pt, english=en[tr])
            T = np.where(en[:, None], np.array(h.meta["thresholds"]), np.array(h.meta["thresholds_other"]))
            st[te] = ((Z >= T).any(1) | caught)[te]
        o = st[ben].mean(); v = st[~ben].mean()
        if o <= 177 / 4530 + 1e-9 and (best is None or v > best[0]): best = (v, o, r, w, st.copy())
    v, o, r, w, st = best
    print(f"{label:28s} best at over-refusal <= 0.0391: refusal {v:.4f} ({st[~ben].sum()})  over {o:.4f}  rate {r} shrink {w}  "
          f"metaphor {st[~ben & (tac == 'metaphor')].mean():.3f}  language {st[~ben & (tac == 'language')].mean():.3f}  "
          f"misspelling {st[~ben & (tac == 'misspelling')].mean():.3f}  medical {st[~ben & (tac == 'medical')].mean():.3f}", flush=True)
print(f"e5 head alone, out of fold, argmax accuracy {((P.max(1) > 1 - P.sum(1)) == ~ben).mean():.3f}  (C={C})")
nested(A, "shipped recipe")
nested(P, "e5 head alone")
nested(sig((lg(A) + lg(P)) / 2), "mean of logits")
nested(sig(0.7 * lg(A) + 0.3 * lg(P)), "0.7 shipped + 0.3 e5")
nested(np.maximum(A, P), "max")
