# For the next session (train split only): is e5 better as a view the heads are trained on than as a second opinion? A cheap proxy with
# frozen MiniLM (top=0: no fine-tuning), the same recipe otherwise: heads without and with the e5 view, and the no-view heads fused with
# the e5 head (beta 0.6), each judged nested as pick.py. Not the shipped recipe's numbers (that fine-tunes MiniLM's top two layers).
import numpy as np, torch, itertools, time
from sora_nb.moderation.text import (load_prompts, fold_of, TextHeads, set_operating_point, length_adjusted, is_english, OperatingPoint, fuse,
                                     fit_prompt_set, prompt_windows)
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); sh = TextHeads.load()
caught = np.load("runs/mod17/lists_train.npy"); ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); tac = np.array([r["tactic"] for r in rows])
n = torch.bincount(prompt_windows([r["prompt"] for r in rows])[1], minlength=len(rows)).numpy()
P = torch.load("runs/mod19/e5_oof.pt").numpy().astype(np.float64)
def nested(Z, label):
    best = None
    for r, w in itertools.product((0.025, 0.03, 0.035, 0.04), (0.0, 0.25, 0.5)):
        st = np.zeros(len(rows), bool)
        for f in range(5):
            tr, te = fid != f, fid == f
            pt = OperatingPoint(rate=r, per_category=True, caught=caught[tr], everyday=every[tr], length_penalty=0, language_groups=True, shrink=w)
            h = set_operating_point(TextHeads(sh.p, sh.categories), Z[tr], ben[tr], pt, english=en[tr])
            st[te] = ((Z >= np.where(en[:, None], np.array(h.meta["thresholds"]), np.array(h.meta["thresholds_other"]))).any(1) | caught)[te]
        if st[ben].sum() <= 177 and (best is None or st[~ben].sum() > best[0]): best = (int(st[~ben].sum()), int(st[ben].sum()), r, w, st)
    v, o, r, w, st = best
    print(f"{label}: nested {v} of {(~ben).sum()} ({v / (~ben).sum():.4f}), benign {o}, rate {r}, shrink {w}; English {st[~ben & en].mean():.3f}, "
          f"other {st[~ben & ~en].mean():.3f}, metaphor {st[~ben & (tac == 'metaphor')].mean():.3f}", flush=True)
point = OperatingPoint(rate=0.03, per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True, shrink=0.25)
for view in (False, True):
    t = time.time(); h, _ = fit_prompt_set(top=0, point=point, e5_view=view); A = length_adjusted(h.oof, n, 1.0).numpy()
    print(f"frozen MiniLM, e5 view {view}: fit {time.time() - t:.0f} s", flush=True)
    nested(A, f"frozen heads, e5 view {view}")
    if not view: nested(fuse(A, P, 0.6).numpy(), "frozen heads + e5 second opinion (beta 0.6)")
