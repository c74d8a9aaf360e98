# Lossless speed for the fp32 graph? onnxruntime's transformer optimizer (BERT fusions: attention, skip layer norm, bias GELU)
# against today's graph: largest state difference to today's (train-split windows) and CPU ms per prompt, one thread, alternating.
import time, numpy as np, torch, onnxruntime as ort, random
from onnxruntime.transformers import optimizer
torch.set_num_threads(1)
from sora_nb.moderation.text import get_moderation_encoder, load_prompts, windows
enc = get_moderation_encoder(); src = enc.onnx.path; dst = src.with_name(src.stem + "-fused.onnx")
m = optimizer.optimize_model(str(src), model_type="bert", num_heads=12, hidden_size=384, opt_level=1)
print(m.get_fused_operator_statistics()); m.save_model_to_file(str(dst))
def sess(p):
    so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    return ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
S = {"today": sess(src), "fused": sess(dst)}; tok = enc.base.tokenizer
rows = load_prompts(split="train"); random.Random(1).shuffle(rows); W = [windows(r["prompt"], clauses=True) for r in rows[:300]]
def run(s, ws):
    t = tok(ws, padding=True, truncation=True, max_length=enc.base.max_tokens, return_tensors="np")
    return s.run(None, {"ids": t["input_ids"].astype(np.int64), "mask": t["attention_mask"].astype(np.int64)})[0], t["attention_mask"].astype(bool)
C = dict.fromkeys(S, 0.0); err = 0.0
for k, ws in enumerate(W):
    out = {}
    for name in (list(S)[k % 2:] + list(S)[:k % 2]):
        c = time.process_time(); out[name] = run(S[name], ws); C[name] += time.process_time() - c
    err = max(err, float(np.abs(out["today"][0] - out["fused"][0])[out["today"][1]].max()))
print({k: round(v * 1000 / len(W), 2) for k, v in C.items()}, "ratio", round(C["fused"] / C["today"], 3), "max |state diff|", err)
