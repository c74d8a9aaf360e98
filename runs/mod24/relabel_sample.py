# The blind relabel sample (session 20): from the shipped heads' results on the fifteen-round test split (runs/mod22/res_test4.jsonl,
# heads 0a45ea2adf08), every violating prompt the stack allowed (A), every benign prompt it refused (C), and as many violating prompts
# it refused (B) and benign prompts it allowed (D) as A has, drawn with a fixed seed. Shuffled and stripped of every label: the reviewers
# see an id and a prompt only. The key (stratum, project label, category, tactic) stays in key.jsonl, which the reviewers never read.
import json, random
from pathlib import Path
rows = [json.loads(l) for l in open("runs/mod22/res_test4.jsonl")]
A = [r for r in rows if r["label"] == "violating" and r["decision"] != "refuse"]
B = [r for r in rows if r["label"] == "violating" and r["decision"] == "refuse"]
C = [r for r in rows if r["label"] == "benign" and r["decision"] == "refuse"]
D = [r for r in rows if r["label"] == "benign" and r["decision"] != "refuse"]
rng = random.Random(20)
pick = [("A", r) for r in A] + [("B", r) for r in rng.sample(B, len(A))] + [("C", r) for r in C] + [("D", r) for r in rng.sample(D, len(A))]
rng.shuffle(pick)
out = Path("runs/mod24/relabel"); out.mkdir(exist_ok=True)
with open(out/"blind.jsonl", "w") as f, open(out/"key.jsonl", "w") as k:
    for i, (s, r) in enumerate(pick):
        f.write(json.dumps({"id": f"q{i:03d}", "prompt": r["prompt"]}, ensure_ascii=False) + "\n")
        k.write(json.dumps({"id": f"q{i:03d}", "stratum": s, "pid": r["id"], "label": r["label"], "category": r["category"],
                            "tactic": r["tactic"], "lang": r["lang"], "round": r["round"]}, ensure_ascii=False) + "\n")
print({s: sum(1 for x, _ in pick if x == s) for s in "ABCD"}, len(pick))
