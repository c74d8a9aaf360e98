# Feasibility: per-prompt CPU ms of the text path's parts (MiniLM six layers fp32 vs int8 ONNX, USE, heads), one thread.
import time, numpy as np, torch, onnxruntime as ort
torch.set_num_threads(1)
from onnxruntime.quantization import quantize_dynamic, QuantType
from sora_nb.moderation.text import (get_moderation_encoder, load_prompts, windows, get_multilingual, TextHeads, window_features, OnnxStates)
enc = get_moderation_encoder(); src = enc.onnx.path; q = src.with_name(src.stem + "-int8.onnx")
from sora_nb.moderation.text import quantize_int8
if not q.exists(): quantize_int8(src, q)
print(src.stat().st_size >> 20, "MB ->", q.stat().st_size >> 20, "MB")
rows = load_prompts(split="test")[:200]; W = [windows(r["prompt"], clauses=True) for r in rows]
tok = enc.base.tokenizer
def sess(p):
    so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    return ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
def run(s, ws):
    t = tok(ws, padding=True, truncation=True, max_length=enc.base.max_tokens, return_tensors="np")
    return s.run(None, {"ids": t["input_ids"].astype(np.int64), "mask": t["attention_mask"].astype(np.int64)})[0]
ml = get_multilingual(); h = TextHeads.load()
for name, fn in [("fp32", lambda ws, s=sess(src): run(s, ws)), ("int8", lambda ws, s=sess(q): run(s, ws)), ("USE", ml.encode)]:
    fn(["warm"]); c = time.process_time()
    for ws in W: fn(ws)
    print(name, f"{(time.process_time() - c) * 1000 / len(W):.1f} ms/prompt CPU")
s32, s8 = sess(src), sess(q); d = []
for ws in W[:50]:
    a, b = run(s32, ws), run(s8, ws); d.append(np.abs(a - b).max() / np.abs(a).max())
print("int8 rel max err", np.median(d), max(d))
