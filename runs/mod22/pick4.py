# RULE4.md's choice on the fifteen-round train split alone: nested refusal (`nested_refused`) of the shipped recipe's MiniLM out-of-fold
# scores (runs/mod21/oof.pt, extend.py) fused with a fine-tuned e5's engine out-of-fold scores (runs/mod22/oof_VARIANT.npy), over variant x
# beta x beta_other x rate x shrink, within the budget given as the first argument. Writes runs/mod22/pick4.jsonl and prints the pick.
import numpy as np, torch, itertools, json, sys
from sora_nb.moderation.text import (load_prompts, fold_of, length_adjusted, is_english, OperatingPoint, fuse, nested_refused)
budget = int(sys.argv[1]); d = "runs/mod21"
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load(f"{d}/oof.pt").numpy().astype(np.float64); n = np.load(f"{d}/nwin.npy"); caught = np.load(f"{d}/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows]); v = ~ben
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); rnd = np.array([r["round"] for r in rows])
A = length_adjusted(S, n, 1.0).numpy(); G = (0.45, 0.6, 0.75, 0.9)
with open("runs/mod22/pick4.jsonl", "w") as f:
    for var in ("bitfit", "qat4"):
        P = np.load(f"runs/mod22/oof_{var}.npy"); assert len(S) == len(P) == len(n) == len(caught) == len(rows)
        for b, bo, r, w in itertools.product(G, G, (0.025, 0.03, 0.035), (0.0, 0.25)):
            pt = OperatingPoint(rate=r, per_category=True, caught=caught, everyday=every, language_groups=True, shrink=w)
            st = nested_refused(fuse(A, P, np.where(en, b, bo)[:, None]).numpy(), ben, fid, pt, english=en)
            rec = dict(variant=var, beta=b, beta_other=bo, rate=r, shrink=w, refused=int(st[v].sum()), refusal=round(float(st[v].mean()), 4),
                       over=int(st[ben].sum()), english=round(float(st[v & en].mean()), 4), other=round(float(st[v & ~en].mean()), 4),
                       r15=round(float(st[v & (rnd == 15)].mean()), 3))
            f.write(json.dumps(rec) + "\n"); f.flush(); print(json.dumps(rec), flush=True)
ok = [json.loads(l) for l in open("runs/mod22/pick4.jsonl")]; ok = [r for r in ok if r["over"] <= budget]
print("pick", json.dumps(min(ok, key=lambda r: (-r["refused"], r["variant"] != "bitfit", r["beta"], r["beta_other"], r["rate"], r["shrink"])) if ok else None))
