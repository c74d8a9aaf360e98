# RULE2.md's choice on the fourteen-round train split alone, with the refit's out-of-fold scores: nested refusal (`nested_refused`) over
# beta x beta_other x rate x shrink, within 180 benign. Writes pick2.jsonl.
import numpy as np, torch, itertools, json
from sora_nb.moderation.text import (load_prompts, fold_of, length_adjusted, is_english, OperatingPoint, fuse, nested_refused)
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod20/refit/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod20/nwin.npy"); caught = np.load("runs/mod20/lists_train.npy")
P = np.load("runs/mod20/e5_oof.npy"); assert len(S) == len(P) == len(rows)
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows]); v = ~ben
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); r14 = np.array([r["round"] == 14 for r in rows])
A = length_adjusted(S, n, 1.0).numpy()
with open("runs/mod20/pick2.jsonl", "w") as f:
    for b, bo, r, w in itertools.product((0.0, 0.3, 0.6), (0.45, 0.6, 0.75), (0.025, 0.03, 0.035), (0.0, 0.25)):
        pt = OperatingPoint(rate=r, per_category=True, caught=caught, everyday=every, language_groups=True, shrink=w)
        st = nested_refused(fuse(A, P, np.where(en, b, bo)[:, None]).numpy(), ben, fid, pt, english=en)
        rec = dict(beta=b, beta_other=bo, rate=r, shrink=w, refused=int(st[v].sum()), refusal=round(float(st[v].mean()), 4), over=int(st[ben].sum()),
                   english=round(float(st[v & en].mean()), 4), other=round(float(st[v & ~en].mean()), 4), r14=round(float(st[v & r14].mean()), 3))
        f.write(json.dumps(rec) + "\n"); f.flush(); print(json.dumps(rec), flush=True)
ok = [json.loads(l) for l in open("runs/mod20/pick2.jsonl")]; ok = [r for r in ok if r["over"] <= 180]
print("pick", json.dumps(min(ok, key=lambda r: (-r["refused"], r["beta"], r["beta_other"], r["rate"], r["shrink"])) if ok else None))
