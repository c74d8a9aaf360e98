# For the next session (no held-out or external set is read): does a weight per category beat candidate 1's one beta? A logistic stacker
# per category on [logit of the heads' length-adjusted score, logit of the e5 head's] (and each times is_english), trained on four folds'
# out-of-fold scores and applied to the fifth; then nested thresholds as pick.py over rate x shrink. Prints the learned e5 share per
# category (w_e5 / (w_heads + w_e5)) for English and other prompts, and the nested refusal at most 177 benign of 4,530.
import numpy as np, torch, itertools, json
from sklearn.linear_model import LogisticRegression
from sora_nb.moderation.text import load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint, fuse, HEAD_CATEGORIES
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); sh = TextHeads.load()
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); tac = np.array([r["tactic"] for r in rows])
cat = np.array([r["category"] for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); P = torch.load("runs/mod19/e5_oof.pt").numpy().astype(np.float64)
lg = lambda p: np.log(np.clip(p, 1e-9, 1 - 1e-9) / (1 - np.clip(p, 1e-9, 1 - 1e-9))); sig = lambda x: 1 / (1 + np.exp(-x))
def feats(c): a, p, e = lg(A[:, c]), lg(P[:, c]), en.astype(float); return np.stack([a, p, a * e, p * e], 1)
Z = np.zeros_like(A); share = {}
for c, name in enumerate(HEAD_CATEGORIES):
    X, y = feats(c), cat == name
    for f in range(5):
        m = LogisticRegression(C=1.0, max_iter=2000).fit(X[fid != f], y[fid != f]); Z[fid == f, c] = m.predict_proba(X[fid == f])[:, 1]
    m = LogisticRegression(C=1.0, max_iter=2000).fit(X, y); w = m.coef_[0]
    share[name] = dict(other=round(w[1] / (w[0] + w[1]), 2), english=round((w[1] + w[3]) / (w[0] + w[1] + w[2] + w[3]), 2))
print("e5 share per category (all rows):", json.dumps(share))
def nested(Zs, label):
    best = None
    for r, w in itertools.product((0.025, 0.03, 0.035, 0.04), (0.0, 0.25, 0.5)):
        st = np.zeros(len(rows), bool)
        for f in range(5):
            tr, te = fid != f, fid == f
            pt = OperatingPoint(rate=r, per_category=True, caught=caught[tr], everyday=every[tr], length_penalty=0, language_groups=True, shrink=w)
            h = set_operating_point(TextHeads(sh.p, sh.categories), Zs[tr], ben[tr], pt, english=en[tr])
            T = np.where(en[:, None], np.array(h.meta["thresholds"]), np.array(h.meta["thresholds_other"]))
            st[te] = ((Zs >= T).any(1) | caught)[te]
        if st[ben].sum() <= 177 and (best is None or st[~ben].sum() > best[0]): best = (int(st[~ben].sum()), int(st[ben].sum()), r, w, st)
    v, o, r, w, st = best
    print(f"{label}: nested {v} of {(~ben).sum()} ({v / (~ben).sum():.4f}), benign {o}, rate {r}, shrink {w}; English {st[~ben & en].mean():.3f}, "
          f"other {st[~ben & ~en].mean():.3f}, metaphor {st[~ben & (tac == 'metaphor')].mean():.3f}; sexual {st[~ben & (cat == 'sexual')].mean():.3f}", flush=True)
nested(fuse(A, P, 0.6).numpy(), "candidate 1 (beta 0.6)")
nested(Z, "stacker per category x language group")
