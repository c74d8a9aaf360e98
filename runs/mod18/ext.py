"""The text stack with the heads of FOLDER on an external JSONL set (measured only, never tuned on):
    python runs/mod12/ext.py FOLDER ../shared/eval/vbench.jsonl"""
import sys, json, os, tempfile, torch, collections
os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
torch.set_num_threads(1)
from pathlib import Path
from sora_nb.moderation.policy import Policy
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, TextHeads, ModerationEncoder, OnnxStates, INT8
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
from sora_nb.redteam import run_suite, tables, format_tables
folder, path = Path(sys.argv[1]), Path(sys.argv[2])
pol = Policy.load()
heads = TextHeads.load(folder/"text_heads.safetensors"); enc = ModerationEncoder.load(folder/"text_delta.safetensors"); enc.onnx = OnnxStates(enc, int8=heads.meta.get("minilm") == INT8); print(enc.runtime)
tc = TextClassifierCheck(pol, heads=TextHeads.load(folder/"text_heads.safetensors"), encoder=enc)
stack = Stack(pol, {"input": [BlocklistCheck(pol), tc, LikenessCheck(pol), ThirdPartyCheck(pol)]}); stack.timeout = 600
rows = [json.loads(l) for l in open(path)]
res = run_suite(rows, stack, progress=False)
with open(f"runs/mod18/ext_{folder.name}_{path.stem}.jsonl", "w") as f:
    for r in res: f.write(json.dumps({k: r.get(k) for k in ("prompt", "label", "decision", "decided_categories")}) + "\n")
print(tc.version, path.name, len(rows)); print(format_tables(tables(res)))
if all(r["label"] == "benign" for r in rows):
    c = collections.Counter(x for r in res if r["decision"] == "refuse" for x in (r.get("decided_categories") or ["?"]))
    print("refused benign by category:", dict(c.most_common()))
