# RULE.md's latency gate, one run, alternating prompt by prompt: the text path (lists, heads, names) with the int8 graph (Q's heads)
# against the same path with the fp32 graph (the shipped heads). 300 test-split prompts, new texts each time (the cache never answers).
import torch, os, tempfile, time, statistics
from pathlib import Path
torch.set_num_threads(1); os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
from sora_nb.moderation.policy import Policy, CheckRequest
from sora_nb.moderation.stack import Stack
from sora_nb.moderation.blocklist import BlocklistCheck
from sora_nb.moderation.text import TextClassifierCheck, TextHeads, ModerationEncoder, OnnxStates, load_prompts
from sora_nb.moderation.likeness import LikenessCheck, ThirdPartyCheck
pol = Policy.load(); paths = {}
for name, int8, heads in [("fp32", False, TextHeads.load()), ("int8", True, TextHeads.load("runs/mod18/ship/text_heads.safetensors"))]:
    enc = ModerationEncoder.load(); enc.onnx = OnnxStates(enc, int8=int8)
    paths[name] = Stack(pol, {"input": [BlocklistCheck(pol), TextClassifierCheck(pol, heads=heads, encoder=enc), LikenessCheck(pol), ThirdPartyCheck(pol)]})
    paths[name](CheckRequest("warm up")); print(name, enc.runtime)
rows = load_prompts(split="test")[:300]; W = {k: [] for k in paths}; C = dict.fromkeys(paths, 0.0)
for k, r in enumerate(rows):
    for j, name in enumerate(list(paths)[k % 2:] + list(paths)[:k % 2]):
        q = CheckRequest(r["prompt"] + f" {k % 2}")
        c0, t0 = time.process_time(), time.perf_counter(); paths[name](q); W[name].append((time.perf_counter() - t0) * 1000); C[name] += time.process_time() - c0
for name in W: print(f"{name}: wall p50 {statistics.median(W[name]):.1f} ms, p95 {sorted(W[name])[int(.95 * len(rows))]:.1f}, CPU {C[name] * 1000 / len(rows):.1f} ms/prompt")
print(f"int8 / fp32: CPU {C['int8'] / C['fp32']:.2f}, wall p50 {statistics.median(W['int8']) / statistics.median(W['fp32']):.2f}  (gate: CPU <= 0.85)")
