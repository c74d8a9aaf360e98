# RULE5.md's choice on the fifteen-round train split alone: nested refusal (`nested_refused`) of the shipped heads' out-of-fold scores with
# the violation mass as a tenth column (`final_scores(..., mass=True)`), over beta x beta_other x rate x shrink, within the budget given as
# the first argument. The first line is the shipped point without the mass (it must read 8,746 with 185, as runs/mod22/pick4.log).
import numpy as np, itertools, json, sys
sys.path.insert(0, "runs/mod23"); from common import *
budget = int(sys.argv[1]); v = ~ben; G = (0.45, 0.6, 0.75, 0.9)
def nested(b, bo, r, w, mass):
    st = nested_at(b, bo, r, w, mass)
    return dict(beta=b, beta_other=bo, rate=r, shrink=w, mass=mass, refused=int(st[v].sum()), refusal=round(float(st[v].mean()), 4), over=int(st[ben].sum()),
                english=round(float(st[v & en].mean()), 4), other=round(float(st[v & ~en].mean()), 4),
                metaphor=round(float(st[v & (tactic == "metaphor")].mean()), 4), language=round(float(st[v & (tactic == "language")].mean()), 4),
                r15=round(float(st[v & (rnd == 15)].mean()), 3))
print("shipped", json.dumps(nested(0.6, 0.9, 0.03, 0.25, False)), flush=True)
with open("runs/mod23/pick5.jsonl", "w") as f:
    for b, bo, r, w in itertools.product(G, G, (0.025, 0.03, 0.035), (0.0, 0.25)):
        rec = nested(b, bo, r, w, True); f.write(json.dumps(rec) + "\n"); f.flush(); print(json.dumps(rec), flush=True)
ok = [json.loads(l) for l in open("runs/mod23/pick5.jsonl")]; ok = [r for r in ok if r["over"] <= budget]
print("pick", json.dumps(min(ok, key=lambda r: (-r["refused"], r["beta"], r["beta_other"], r["rate"], r["shrink"])) if ok else None))
