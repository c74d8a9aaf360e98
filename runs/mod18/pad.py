# How much of the six-layer graph's work is padding: word pieces run (padded batch per prompt) vs real ones, train split sample.
import numpy as np, random, time, torch, onnxruntime as ort
torch.set_num_threads(1)
from sora_nb.moderation.text import get_moderation_encoder, load_prompts, windows
enc = get_moderation_encoder(); tok = enc.base.tokenizer
rows = load_prompts(split="train"); random.Random(0).shuffle(rows); rows = rows[:300]
W = [windows(r["prompt"], clauses=True) for r in rows]
run = real = 0
for ws in W:
    m = tok(ws, padding=True, truncation=True, max_length=enc.base.max_tokens, return_tensors="np")["attention_mask"]
    run += m.size; real += m.sum()
print("windows/prompt", np.mean([len(w) for w in W]), "padded", run / len(W), "real", real / len(W), "ratio", run / real)
so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
s = ort.InferenceSession(str(enc.onnx.path), so, providers=["CPUExecutionProvider"])
def go(batches):
    for b in batches:
        t = tok(b, padding=True, truncation=True, max_length=enc.base.max_tokens, return_tensors="np")
        s.run(None, {"ids": t["input_ids"].astype(np.int64), "mask": t["attention_mask"].astype(np.int64)})
for name, f in [("padded per prompt", lambda ws: go([ws])), ("one window a call", lambda ws: go([[w] for w in ws]))]:
    f(["warm"]); c = time.process_time()
    for ws in W: f(ws)
    print(name, f"{(time.process_time() - c) * 1000 / len(W):.1f} ms/prompt CPU")
