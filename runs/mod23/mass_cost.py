# Train split only, nested: what the mass at RULE6's pick (0.9 / 0.9 / 0.03 / 0.25) refuses beyond the shipped point (0.6 / 0.9 / 0.03 /
# 0.25, no mass), and what it gives back, by tactic and language group. Guidance for a next rule; no held-out or round-16/17 row is read.
import numpy as np, collections, sys
sys.path.insert(0, "runs/mod23"); from common import *
old, new = nested_at(0.6, 0.9, 0.03, 0.25, False), nested_at(0.9, 0.9, 0.03, 0.25, True)
for name, m in (("violating gained", ~ben & new & ~old), ("violating lost", ~ben & old & ~new), ("benign added", ben & new & ~old), ("benign spared", ben & old & ~new)):
    print(f"{name}: {m.sum()}", "by tactic", dict(collections.Counter(tactic[m]).most_common(8)), "English", int((m & en).sum()), "other", int((m & ~en).sum()))
