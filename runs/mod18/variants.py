# Int8 variants of the shipped six-layer graph against fp32, on 300 train-split prompts (never the test split):
# CPU ms per prompt and the largest change in the shipped heads' raw scores (max over a prompt's windows).
import time, numpy as np, torch, onnxruntime as ort, random
torch.set_num_threads(1)
from onnxruntime.quantization import quantize_dynamic, QuantType
from onnxruntime.quantization.shape_inference import quant_pre_process
from sora_nb.moderation.text import get_moderation_encoder, load_prompts, windows, get_multilingual, TextHeads, pool_tokens, ngram_ids
enc = get_moderation_encoder(); src = enc.onnx.path; tok = enc.base.tokenizer
pre = src.with_name(src.stem + "-pre.onnx")
if not pre.exists(): quant_pre_process(str(src), str(pre), skip_symbolic_shape=True)
V = {"fp32": src}
for name, kw, base in [("int8", {}, src), ("int8-pc", dict(per_channel=True), pre), ("int8-mm", dict(op_types_to_quantize=["MatMul"]), pre),
                       ("int8-pc-rr", dict(per_channel=True, reduce_range=True), pre)]:
    p = src.with_name(src.stem + f"-{name}.onnx")
    if not p.exists(): quantize_dynamic(str(base), str(p), weight_type=QuantType.QInt8, **kw)
    V[name] = p
rows = load_prompts(split="train"); random.Random(0).shuffle(rows); rows = rows[:300]
W = [windows(r["prompt"], clauses=True) for r in rows]
ml = get_multilingual(); h = TextHeads.load()
U = [torch.from_numpy(ml.encode(ws)) for ws in W]; NG = [[ngram_ids(w) for w in ws] for ws in W]
def sess(p):
    so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    return ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
ref = None
for name, p in V.items():
    s = sess(p); out = []
    c = time.process_time()
    for ws in W:
        t = tok(ws, padding=True, truncation=True, max_length=enc.base.max_tokens, return_tensors="np")
        out.append((torch.from_numpy(s.run(None, {"ids": t["input_ids"].astype(np.int64), "mask": t["attention_mask"].astype(np.int64)})[0]), torch.from_numpy(t["attention_mask"]).bool()))
    ms = (time.process_time() - c) * 1000 / len(W)
    with torch.no_grad():
        S = np.stack([h.scores(torch.cat([pool_tokens(hs, m), u], 1), ng).max(0).values.numpy() for (hs, m), u, ng in zip(out, U, NG)])
    if ref is None: ref = S
    d = np.abs(S - ref)
    print(f"{name:10s} {ms:5.1f} ms  score change: mean {d.mean():.4f} p99 {np.quantile(d, .99):.4f} max {d.max():.4f}", flush=True)
