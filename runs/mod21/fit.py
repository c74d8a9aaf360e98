# The fifteen-round refit: 14_text's slow-cell recipe (top=2, e5 C 100, beta 0.6 for both language groups, rate 0.03, no shrinkage) on the
# train split with round 15. Saves everything RULE3.md's pick needs, so no later step refits: the heads and delta, and oof.pt (MiniLM heads'
# out-of-fold scores), e5_oof.npy (the e5 head's), nwin.npy (windows per prompt), lists_train.npy (the lists' verdicts). About 105 minutes
# on 2 cores; run from the repository root: `nohup .venv/bin/python runs/mod21/fit.py > runs/mod21/fit.log 2>&1 &`.
import time, torch, numpy as np
from pathlib import Path
torch.set_num_threads(2)
from sora_nb.moderation.text import fit_prompt_set, load_prompts, OperatingPoint
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
t = time.time(); out = Path("runs/mod21/refit"); out.mkdir(exist_ok=True)
rows = load_prompts(split="train"); pol = Policy.load()
lists = Stack(pol, {"input": [BlocklistCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]}, timeout=600)
caught = np.array([lists(CheckRequest(r["prompt"])).verdict == "refuse" for r in rows]); np.save(out/"lists_train.npy", caught)
benign = np.array([r["label"] == "benign" for r in rows])
everyday = benign & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
point = OperatingPoint(rate=0.03, per_category=True, caught=caught, everyday=everyday, length_penalty=1.0, language_groups=True)
print(f"{len(rows)} train rows, lists refuse {caught.sum()}, {time.time() - t:.0f}s", flush=True)
heads, enc = fit_prompt_set(top=2, point=point, e5={"C": 100.0, "beta": 0.6, "beta_other": 0.6})
enc.save(out/"text_delta.safetensors"); heads.save(out/"text_heads.safetensors")
torch.save(heads.oof, out/"oof.pt"); np.save(out/"e5_oof.npy", np.asarray(heads.second)); np.save(out/"nwin.npy", heads.nwin.numpy())
print({k: v for k, v in heads.meta.items() if k not in ("thresholds", "thresholds_other")}, f"{(time.time() - t) / 60:.1f} min", flush=True)
