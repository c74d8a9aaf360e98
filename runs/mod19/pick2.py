# Candidate 2's choice (written after candidate 1 failed RULE.md's Nibbler gate; see RULE2.md): the fusion weight per language group,
# beta_en for English prompts and beta_other for the rest, on the train split alone, nested as pick.py. C = 100 (pick.py's choice).
import numpy as np, torch, itertools, sys, json
from sora_nb.moderation.text import load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint, fuse
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); sh = TextHeads.load()
S = torch.load("runs/mod17/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod17/nwin.npy"); caught = np.load("runs/mod17/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); tac = np.array([r["tactic"] for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); P = np.load("runs/mod19/P_LR_C100.npy")
ben_en = sys.argv[1:] and [float(x) for x in sys.argv[1:]] or [0.0, 0.2, 0.4, 0.6]
for be, bo, r, w in itertools.product(ben_en, (0.6, 0.8), (0.025, 0.03, 0.035, 0.04), (0.0, 0.25, 0.5)):
    Z = np.where(en[:, None], fuse(A, P, be).numpy(), fuse(A, P, bo).numpy()); st = np.zeros(len(rows), bool)
    for f in range(5):
        tr, te = fid != f, fid == f
        pt = OperatingPoint(rate=r, per_category=True, caught=caught[tr], everyday=every[tr], length_penalty=0, language_groups=True, shrink=w)
        h = set_operating_point(TextHeads(sh.p, sh.categories), Z[tr], ben[tr], pt, english=en[tr])
        T = np.where(en[:, None], np.array(h.meta["thresholds"]), np.array(h.meta["thresholds_other"]))
        st[te] = ((Z >= T).any(1) | caught)[te]
    print(json.dumps(dict(beta_en=be, beta_other=bo, rate=r, shrink=w, refused=int(st[~ben].sum()), over=int(st[ben].sum()),
          en_refusal=round(float(st[~ben & en].mean()), 4), other_refusal=round(float(st[~ben & ~en].mean()), 4),
          metaphor=round(float(st[~ben & (tac == "metaphor")].mean()), 3), language=round(float(st[~ben & (tac == "language")].mean()), 3))), flush=True)
