# RULE5.md's candidate: the shipped heads 0a45ea2adf08 (MiniLM heads and delta, fine-tuned e5 and its head, all unchanged) with thresholds
# picked again with the violation mass (`OperatingPoint(mass=True)`) on the same out-of-fold arrays. Arguments: beta beta_other rate shrink
# [folder]. Writes the folder (default runs/mod23/ship5/: heads, delta, text_e5), ready for `sora-nb redteam test --heads FOLDER`.
import numpy as np, shutil, sys
from pathlib import Path
from sora_nb.moderation.text import TextHeads, set_operating_point, OperatingPoint, heads_version
from sora_nb.moderation.policy import moderation_data
sys.path.insert(0, "runs/mod23"); from common import *
beta, beta_other, rate, shrink = map(float, sys.argv[1:5]); out = Path(sys.argv[5] if len(sys.argv) > 5 else "runs/mod23/ship5"); out.mkdir(exist_ok=True)
sh = TextHeads.load(); e5m = {"beta": beta, "beta_other": beta_other}
h = TextHeads(sh.p, sh.categories, {**sh.meta, "e5": {**sh.e5, **e5m}})
pt = OperatingPoint(rate=rate, per_category=True, caught=caught, everyday=every, length_penalty=1.0, language_groups=True, shrink=shrink, mass=True)
set_operating_point(h, S, ben, pt, nwin=n, english=en, second=P)
h.meta["version"] = heads_version(moderation_data()/"prompts"/"prompts.jsonl", 5, True, {"view_drop": 0.3}, 2, None, pt, e5=e5m,
                                  delta=sh.meta["delta"], tuned=sh.e5["tuned"])
h.save(out/"text_heads.safetensors")
for f in ("text_delta.safetensors", "text_e5.safetensors"): shutil.copy(moderation_data()/f, out)
print(h.meta["version"], "English", np.round(h.meta["thresholds"], 3).tolist(), "mass", round(h.meta["mass_threshold"], 3),
      "other", np.round(h.meta["thresholds_other"], 3).tolist(), "mass", round(h.meta["mass_threshold_other"], 3), "oof", h.meta["oof_refusal"], h.meta["oof_over_refusal"])
