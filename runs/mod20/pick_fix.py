# RULE.md named "the shipped point" but gave its parameters wrongly (rate 0.025, shrink 0); the shipped heads' point is rate 0.03, shrink 0.25
# (their metadata). This nests that point the same way as pick.py and applies the rule's choice with it, from pick.jsonl's grid.
import json, numpy as np, sys
sys.argv = ["pick.py"]
src = open("runs/mod20/pick.py").read().split("base = nested(")[0]      # pick.py's set-up and nested(), without its grid
exec(src)
base = nested(0.0, 0.0, 0.03, 0.25); print("shipped point (rate 0.03, shrink 0.25)", json.dumps(base), flush=True)
grid = [json.loads(l) for l in open("runs/mod20/pick.jsonl")][1:]; ok = [r for r in grid if r["over"] <= base["over"]]
key = lambda r: (-r["refused"], r["beta"], r["beta_other"], r["rate"], r["shrink"])
a = min((r for r in ok if r["beta"] == 0), key=key, default=None); b = min((r for r in ok if r["beta"] > 0), key=key, default=None)
print("A", json.dumps(a)); print("B", json.dumps(b))
pick = b if b and a and b["english"] - a["english"] >= 0.02 - 1e-12 else a if a else b
print("pick", json.dumps(pick))
