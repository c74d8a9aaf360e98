# RULE.md's choice, on the train split alone: nested refusal over C x beta x rate x shrink, at most the shipped point's nested over-refusal.
# Reads the e5 head's out-of-fold scores that stack2.py/stack3.py saved (P_LR_C100.npy, P_LR_C300.npy: sklearn LogisticRegression, the
# same folds as fit_e5_head). Argument: C.
import numpy as np, torch, itertools, sys, json
from sora_nb.moderation.text import load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint, fuse
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); sh = TextHeads.load()
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); tac = np.array([r["tactic"] for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); C = sys.argv[1]; P = np.load(f"runs/mod19/P_LR_C{C}.npy")
out = []
for b, r, w in itertools.product((0.5, 0.6, 0.7), (0.025, 0.03, 0.035, 0.04), (0.0, 0.25, 0.5)):
    Z = fuse(A, P, b).numpy(); st = np.zeros(len(rows), bool)
    for f in range(5):
        tr, te = fid != f, fid == f
        pt = OperatingPoint(rate=r, per_category=True, caught=caught[tr], everyday=every[tr], length_penalty=0, language_groups=True, shrink=w)
        h = set_operating_point(TextHeads(sh.p, sh.categories), Z[tr], ben[tr], pt, english=en[tr])
        T = np.where(en[:, None], np.array(h.meta["thresholds"]), np.array(h.meta["thresholds_other"]))
        st[te] = ((Z >= T).any(1) | caught)[te]
    rec = dict(C=float(C), beta=b, rate=r, shrink=w, refused=int(st[~ben].sum()), refusal=round(float(st[~ben].mean()), 4),
               over=int(st[ben].sum()), metaphor=round(float(st[~ben & (tac == "metaphor")].mean()), 3), language=round(float(st[~ben & (tac == "language")].mean()), 3))
    print(json.dumps(rec), flush=True)
