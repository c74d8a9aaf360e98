# The fifteen-round train split's inputs to a nested pick, without refitting: the shipped heads' recipe (runs/mod20/refit) out of fold.
# Old rows (rounds 1-14) keep runs/mod20's arrays; round 15's train rows get the score of the refit's fold model of their own fold (a model
# that never saw round 15), their window counts, list verdicts and e5 vectors; the e5 head's out-of-fold scores are refit on all rows
# (fit_e5_head, C 100). Checks fold_scores against refit/oof.pt on 150 old rows first. Then the shipped point nested on fifteen rounds:
# the budget RULE3.md names. Writes runs/mod21/{oof.pt, nwin.npy, lists_train.npy, e5_train.npy, e5_oof.npy} (not committed).
import time, numpy as np, torch, json
torch.set_num_threads(2)
from sora_nb.moderation.text import (load_prompts, fold_of, fold_scores, TextHeads, ModerationEncoder, get_multilingual, prompt_windows, get_e5,
                                     fit_e5_head, length_adjusted, fuse, is_english, OperatingPoint, nested_refused)
from sora_nb.moderation.normalise import readable
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
t0 = time.time(); src, out = "runs/mod20/refit", "runs/mod21"
rows = load_prompts(split="train"); S = torch.load(f"{src}/oof.pt"); n0 = len(S)
old_n, old_l, old_e = np.load("runs/mod20/nwin.npy"), np.load("runs/mod20/lists_train.npy"), np.load("runs/mod20/e5_train.npy")
assert len(old_n) == len(old_l) == len(old_e) == n0
assert all(r["round"] <= 14 for r in rows[:n0]) and all(r["round"] == 15 for r in rows[n0:]), "the old train rows first, unchanged"
new = rows[n0:]; texts = [r["prompt"] for r in rows]; fid = np.array([fold_of(r["group"]) for r in rows])
folds = [(ModerationEncoder.load(f"{src}/fold{f}_delta.safetensors"), TextHeads.load(f"{src}/fold{f}_heads.safetensors")) for f in range(5)]
ml = get_multilingual()                                                  # the refit read USE (multilingual=True); fold heads keep no metadata
rng = np.random.default_rng(0); chk = rng.choice(n0, 150, replace=False)
err = (fold_scores(folds, [texts[i] for i in chk], fid[chk], ml) - S[chk]).abs().max().item()
print(f"fold_scores against refit/oof.pt on 150 old rows: max |diff| {err:.2e}", flush=True); assert err < 5e-3, err
Snew = fold_scores(folds, [r["prompt"] for r in new], fid[n0:], ml)
_, idx, _ = prompt_windows([r["prompt"] for r in new], clauses=True); nnew = torch.bincount(idx, minlength=len(new)).numpy()
pol = Policy.load(); lists = Stack(pol, {"input": [BlocklistCheck(pol), LikenessCheck(pol), ThirdPartyCheck(pol)]}, timeout=600)
lnew = np.array([lists(CheckRequest(r["prompt"])).verdict == "refuse" for r in new])
enew = get_e5().encode([readable(r["prompt"]) for r in new])
S = torch.cat([S, Snew]); n = np.concatenate([old_n, nnew]); caught = np.concatenate([old_l, lnew]); X = np.concatenate([old_e, enew])
_, P = fit_e5_head(X, rows, 5, 100.0); P = P.numpy() if hasattr(P, "numpy") else np.asarray(P)
torch.save(S, f"{out}/oof.pt"); np.save(f"{out}/nwin.npy", n); np.save(f"{out}/lists_train.npy", caught); np.save(f"{out}/e5_train.npy", X); np.save(f"{out}/e5_oof.npy", P)
print(f"{len(new)} new train rows ({sum(r['label'] == 'violating' for r in new)} violating); lists refuse {lnew.sum()}; {time.time() - t0:.0f}s", flush=True)
ben = np.array([r["label"] == "benign" for r in rows]); en = np.array([is_english(r["prompt"]) for r in rows]); v = ~ben
every = ben & np.array([r["tactic"] in ("caption", "everyday") or r["round"] >= 11 for r in rows])
rnd = np.array([r["round"] for r in rows])
pt = OperatingPoint(rate=0.03, per_category=True, caught=caught, everyday=every, language_groups=True)
st = nested_refused(fuse(length_adjusted(S.numpy().astype(np.float64), n, 1.0).numpy(), P, 0.6).numpy(), ben, fid, pt, english=en)
rec = dict(point="shipped (beta 0.6/0.6, rate 0.03, shrink 0)", refused=int(st[v].sum()), of=int(v.sum()), benign=int(st[ben].sum()), of_benign=int(ben.sum()),
           english=round(float(st[v & en].mean()), 4), other=round(float(st[v & ~en].mean()), 4),
           r15=f"{int(st[v & (rnd == 15)].sum())}/{int((v & (rnd == 15)).sum())}", r15_benign=f"{int(st[ben & (rnd == 15)].sum())}/{int((ben & (rnd == 15)).sum())}")
print(json.dumps(rec), flush=True)
