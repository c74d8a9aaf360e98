# Where the shipped heads (1af097bc5c72's recipe and point) still miss, on the train split alone: nested refusal (`nested_refused`,
# thresholds picked on four folds, measured on the fifth) by tactic, category, round and language. Briefs the next round of prompts
# without reading the test split. Needs runs/mod20's local arrays (extend.py, pick.py) and runs/mod20/refit/oof.pt.
import numpy as np, torch, collections, json
from sora_nb.moderation.text import (load_prompts, fold_of, length_adjusted, is_english, OperatingPoint, fuse, nested_refused)
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod20/refit/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod20/nwin.npy"); caught = np.load("runs/mod20/lists_train.npy")
P = np.load("runs/mod20/e5_oof.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows]); v = ~ben
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
pt = OperatingPoint(rate=0.03, per_category=True, caught=caught, everyday=every, language_groups=True)
st = nested_refused(fuse(length_adjusted(S, n, 1.0).numpy(), P, 0.6).numpy(), ben, fid, pt, english=en)
print(f"nested: {st[v].sum()} of {v.sum()} violating refused, {st[ben].sum()} of {ben.sum()} benign")
def table(key, mask, label):
    g = collections.defaultdict(lambda: [0, 0])
    for r, s, m in zip(rows, st, mask):
        if m: g[key(r)][0] += int(s); g[key(r)][1] += 1
    print(label); [print(f"  {k!s:40} {a:5} of {b:5}  {a / b:.3f}") for k, (a, b) in sorted(g.items(), key=lambda kv: kv[1][0] / kv[1][1])]
table(lambda r: r["tactic"], v, "violating refused by tactic")
table(lambda r: r["category"], v, "violating refused by category")
table(lambda r: (r["tactic"], r["category"]), v & np.array([r["tactic"] in ("metaphor", "language") for r in rows]), "metaphor and language by category")
table(lambda r: r.get("lang", "?"), v & ~en, "violating, not English, by language field")
table(lambda r: r["round"], v, "violating by round")
table(lambda r: r["tactic"], ben, "benign refused by tactic")
miss = [r["prompt"] for r, s, m in zip(rows, st, v) if m and not s and r["tactic"] == "metaphor" and is_english(r["prompt"])]
json.dump(miss, open("runs/mod21/metaphor_misses_train.json", "w"), indent=0, ensure_ascii=False)
print(len(miss), "English metaphor misses written to runs/mod21/metaphor_misses_train.json")
