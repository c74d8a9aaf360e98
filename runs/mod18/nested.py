# Which threshold allocation generalises? Nested over the train split's out-of-fold scores (runs/mod17/oof.pt, thirteen rounds):
# for each fold f, pick thresholds on the other four folds' rows and measure on fold f's rows (never the held-out split).
# G: the shipped operating point (greedy per category and language group); U: one threshold for all categories and languages
# (the same budget and caps). Arguments: the benign rates to try for G (default the shipped 0.025; M uses the first).; M: halfway between G and U in log-odds. Whole stack = thresholds or lists (caught).
import numpy as np, torch
from sora_nb.moderation.text import load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
tac = np.array([r["tactic"] for r in rows]); A = length_adjusted(S, n, 1.0).numpy(); sh = TextHeads.load()
def fit(m, per_category, rate=0.025):
    pt = OperatingPoint(rate=rate, per_category=per_category, caught=caught[m], everyday=every[m], length_penalty=1.0, language_groups=per_category)
    h = set_operating_point(TextHeads(sh.p, sh.categories), S[m], ben[m], pt, nwin=n[m], english=en[m])
    t = np.array(h.meta["thresholds"]); return t, np.array(h.meta.get("thresholds_other", t))
logit = lambda p: np.log(np.clip(p, 1e-9, 1 - 1e-9) / (1 - np.clip(p, 1e-9, 1 - 1e-9))); sig = lambda x: 1 / (1 + np.exp(-x))
import sys
rates = [float(x) for x in sys.argv[1:]] or [0.025]
res = {k: np.zeros(len(rows), bool) for k in ["U", "M"] + [f"G@{r}" for r in rates]}
for f in range(5):
    tr, te = fid != f, fid == f
    Gs = {f"G@{r}": fit(tr, True, r) for r in rates}; G, U = Gs[f"G@{rates[0]}"], fit(tr, False)
    M = tuple(sig((logit(g) + logit(u)) / 2) for g, u in zip(G, U))
    for k, (te_en, te_other) in {**Gs, "U": U, "M": M}.items():
        T = np.where(en[:, None], te_en, te_other)
        res[k][te] = ((A >= T).any(1) | caught)[te]
    print(f"fold {f}: G English {np.round(G[0], 2).tolist()}", flush=True)
for k, st in res.items():
    print(k, f"whole stack {st[~ben].mean():.4f}  over-refusal {st[ben].mean():.4f}  other-language benign {st[ben & ~en].mean():.4f}  "
          f"metaphor {st[~ben & (tac == 'metaphor')].mean():.3f}  language {st[~ben & (tac == 'language')].mean():.3f}")
