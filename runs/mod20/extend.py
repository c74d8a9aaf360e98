# The fourteen-round train split's inputs to the nested pick, without refitting MiniLM: runs/mod17's out-of-fold scores of the
# thirteen-round train rows (unchanged: prompts.jsonl only appends), and for the new train rows the score of the fold model of their
# own fold (a model that never saw round 14 at all), their window counts, the lists' verdicts and their e5 vectors.
# Checks first that fold_scores reproduces oof.pt on 150 old rows. Writes runs/mod20/{oof.pt, nwin.npy, lists_train.npy, e5_train.npy}.
import time, numpy as np, torch
torch.set_num_threads(2)
from sora_nb.moderation.text import (load_prompts, fold_of, fold_scores, TextHeads, ModerationEncoder, get_multilingual, prompt_windows, get_e5)
from sora_nb.moderation.normalise import readable
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
t0 = time.time()
rows = load_prompts(split="train"); S = torch.load("runs/mod17/oof.pt"); n0 = len(S)
old_n, old_l, old_e = np.load("runs/mod17/nwin.npy"), np.load("runs/mod17/lists_train.npy"), np.load("runs/mod19/e5_train.npy")
assert all(r["round"] <= 13 for r in rows[:n0]) and all(r["round"] == 14 for r in rows[n0:]), "the old train rows first, unchanged"
new = rows[n0:]; texts = [r["prompt"] for r in rows]; fid = np.array([fold_of(r["group"]) for r in rows])
folds = [(ModerationEncoder.load(f"runs/mod17/fold{f}_delta.safetensors"), TextHeads.load(f"runs/mod17/fold{f}_heads.safetensors")) for f in range(5)]
ml = get_multilingual() if TextHeads.load().meta.get("multilingual") else None   # the fold heads keep no metadata; the refit read USE
rng = np.random.default_rng(0); chk = rng.choice(n0, 150, replace=False)
got = fold_scores(folds, [texts[i] for i in chk], fid[chk], ml)
err = (got - S[chk]).abs().max().item(); print(f"fold_scores against oof.pt on 150 old rows: max |diff| {err:.2e}", flush=True)
assert err < 5e-3, err
Snew = fold_scores(folds, [r["prompt"] for r in new], fid[n0:], ml)
_, idx, _ = prompt_windows([r["prompt"] for r in new], clauses=True); nnew = torch.bincount(idx, minlength=len(new)).numpy()
pol = Policy.load(); lists = Stack(pol, {"input": [BlocklistCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]}, timeout=600)
lnew = np.array([lists(CheckRequest(r["prompt"])).verdict == "refuse" for r in new])
enew = get_e5().encode([readable(r["prompt"]) for r in new])
torch.save(torch.cat([S, Snew]), "runs/mod20/oof.pt"); np.save("runs/mod20/nwin.npy", np.concatenate([old_n, nnew]))
np.save("runs/mod20/lists_train.npy", np.concatenate([old_l, lnew])); np.save("runs/mod20/e5_train.npy", np.concatenate([old_e, enew]))
print(f"{len(new)} new train rows ({sum(r['label'] == 'violating' for r in new)} violating); lists refuse {lnew.sum()}; {time.time() - t0:.0f}s")
