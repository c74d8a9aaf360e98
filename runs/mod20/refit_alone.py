# For the record (train split only): the fourteen-round refit's heads without e5, nested at the shipped point (rate 0.03, shrink 0.25),
# beside the shipped heads' 7,275 / 188 on the same rows (pick_fix.log).
import numpy as np, torch, json
from sora_nb.moderation.text import load_prompts, fold_of, length_adjusted, is_english, OperatingPoint, nested_refused
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod20/refit/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod20/nwin.npy"); caught = np.load("runs/mod20/lists_train.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows]); v = ~ben
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows]); r14 = np.array([r["round"] == 14 for r in rows])
st = nested_refused(length_adjusted(S, n, 1.0).numpy(), ben, fid, OperatingPoint(rate=0.03, per_category=True, caught=caught, everyday=every,
                    language_groups=True, shrink=0.25), english=en)
print(json.dumps(dict(refused=int(st[v].sum()), refusal=round(float(st[v].mean()), 4), over=int(st[ben].sum()), english=round(float(st[v & en].mean()), 4),
                      other=round(float(st[v & ~en].mean()), 4), r14=round(float(st[v & r14].mean()), 3))))
