# Lossless speed for the fp32 graph, second try: export with eager attention (the pattern onnxruntime's BERT fusion knows), fuse,
# and compare with today's graph: largest state difference and CPU ms per prompt (300 train prompts, one thread, alternating).
import time, numpy as np, torch, onnxruntime as ort, random, tempfile, os
from pathlib import Path
from onnxruntime.transformers import optimizer
torch.set_num_threads(1)
from sora_nb.moderation.text import get_moderation_encoder, load_prompts, windows, _Layers, OnnxStates
enc = get_moderation_encoder(); src = enc.onnx.path
for l in list(enc.base.model.encoder.layer) + list(enc.top):
    l.attention.self.config._attn_implementation = "eager"
enc.base.model.config._attn_implementation = "eager"
tmp = Path(tempfile.mkdtemp()); ox = OnnxStates.__new__(OnnxStates); ox.enc, ox.int8 = enc, False; ox.fp32_path = ox.path = tmp/"eager.onnx"; ox.export()
m = optimizer.optimize_model(str(tmp/"eager.onnx"), model_type="bert", num_heads=12, hidden_size=384, opt_level=1)
print({k: v for k, v in m.get_fused_operator_statistics().items() if v}); m.save_model_to_file(str(tmp/"fused.onnx"))
def sess(p):
    so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    return ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
S = {"today": sess(src), "eager": sess(tmp/"eager.onnx"), "fused": sess(tmp/"fused.onnx")}; tok = enc.base.tokenizer
rows = load_prompts(split="train"); random.Random(1).shuffle(rows); W = [windows(r["prompt"], clauses=True) for r in rows[:300]]
def run(s, ws):
    t = tok(ws, padding=True, truncation=True, max_length=enc.base.max_tokens, return_tensors="np")
    return s.run(None, {"ids": t["input_ids"].astype(np.int64), "mask": t["attention_mask"].astype(np.int64)})[0], t["attention_mask"].astype(bool)
C = dict.fromkeys(S, 0.0); err = dict.fromkeys(S, 0.0)
for k, ws in enumerate(W):
    out = {}
    for name in (list(S)[k % 3:] + list(S)[:k % 3]):
        c = time.process_time(); out[name] = run(S[name], ws); C[name] += time.process_time() - c
    for n in S: err[n] = max(err[n], float(np.abs(out["today"][0] - out[n][0])[out["today"][1]].max()))
print({k: round(v * 1000 / len(W), 2) for k, v in C.items()}, "max |state diff| to today", err)
