# The e5 readers alone on the train split, out of fold: refusal of violating rows at one threshold on the max category probability that
# refuses 3% of benign rows; overall, English / other languages, and by tactic. Arguments: npy files of (n, 9) out-of-fold probabilities.
import sys, numpy as np, collections
from sora_nb.moderation.text import load_prompts, is_english
rows = load_prompts(split="train"); ben = np.array([r["label"] == "benign" for r in rows]); v = ~ben
en = np.array([is_english(r["prompt"]) for r in rows]); tac = np.array([r["tactic"] for r in rows])
for p in sys.argv[1:]:
    s = np.load(p).max(1); t = np.quantile(s[ben], 0.97); hit = s > t
    by = {k: round(float(hit[v & (tac == k)].mean()), 3) for k in sorted(set(tac[v]))}
    print(p, f"refused {hit[v].mean():.4f} (English {hit[v & en].mean():.4f}, other {hit[v & ~en].mean():.4f}); benign {hit[ben].mean():.4f}", by)
