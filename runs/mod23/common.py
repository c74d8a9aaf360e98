# The arrays RULE5 picks on, all train split (session 17's and 18's, unchanged): the shipped recipe's MiniLM out-of-fold raw scores, window
# counts and the lists' verdicts (runs/mod21: extend.py), the fine-tuned e5's engine out-of-fold scores (runs/mod22/oof_qat4.npy), and the masks.
import numpy as np, torch
from sora_nb.moderation.text import load_prompts, fold_of, is_english, OperatingPoint, final_scores, nested_refused
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows])
S = torch.load("runs/mod21/oof.pt").numpy().astype(np.float64); n = np.load("runs/mod21/nwin.npy"); caught = np.load("runs/mod21/lists_train.npy")
P = np.load("runs/mod22/oof_qat4.npy")
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows])
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
tactic = np.array([r["tactic"] for r in rows]); rnd = np.array([r["round"] for r in rows])
assert len(S) == len(P) == len(n) == len(caught) == len(rows)

def nested_at(beta, beta_other, rate, shrink, mass):
    "Whether each train row is refused, nested, at this point: the shipped recipe's settings (penalty 1, per category, lists, everyday, groups)."
    F = final_scores(S, n, 1.0, P, np.where(en, beta, beta_other)[:, None], mass)
    return nested_refused(F, ben, fid, OperatingPoint(rate=rate, per_category=True, caught=caught, everyday=every, language_groups=True, shrink=shrink), english=en)
