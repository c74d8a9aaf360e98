"""The text stack (lists, heads, names; the vision checks see no images here) with the heads of FOLDER on rows of the prompt set.
    python runs/mod12/cmp.py FOLDER SPLIT [ROUNDS]   e.g. data/moderation train 10   (ROUNDS: comma list, default all)
Writes FOLDER-tag results to runs/mod18/res_<tag>_<split>.jsonl and prints the tables."""
import sys, json, os, tempfile, torch
os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
torch.set_num_threads(1)
from pathlib import Path
from sora_nb.moderation.policy import Policy
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, TextHeads, ModerationEncoder, load_prompts, OnnxStates, INT8
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
from sora_nb.redteam import run_suite, tables, format_tables
folder, split = Path(sys.argv[1]), sys.argv[2]
rounds = {int(x) for x in sys.argv[3].split(",")} if len(sys.argv) > 3 else None
pol = Policy.load()
heads = TextHeads.load(folder/"text_heads.safetensors"); enc = ModerationEncoder.load(folder/"text_delta.safetensors")
enc.onnx = OnnxStates(enc, int8=heads.meta.get("minilm") == INT8); print(enc.runtime)
tc = TextClassifierCheck(pol, heads=heads, encoder=enc)
stack = Stack(pol, {"input": [BlocklistCheck(pol), tc, LikenessCheck(pol), ThirdPartyCheck(pol)]}, )
stack.timeout = 600
rows = [r for r in load_prompts(split=split) if rounds is None or r["round"] in rounds]
res = run_suite(rows, stack, progress=True)
tag = folder.name
with open(f"runs/mod18/res_{tag}_{split}_{sys.argv[3] if len(sys.argv) > 3 else 'all'}.jsonl", "w") as f:
    for r in res: f.write(json.dumps({k: r[k] for k in ("id", "decision", "decided_categories")}) + "\n")
print(tc.version, len(rows)); print(format_tables(tables(res)))
