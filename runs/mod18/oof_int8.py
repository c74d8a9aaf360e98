# Out-of-fold raw scores per train prompt with runs/mod17's kept fold models: F (fp32 ONNX, should equal runs/mod17/oof.pt) and
# Q (RULE.md's int8 graph). Every window runs alone (int8's activation scales are per call, so a window must not share a call
# with others); max over each prompt's windows, clause windows included, as the check scores them.  Usage: oof_int8.py FOLD...
import sys, time, numpy as np, torch, onnxruntime as ort
from pathlib import Path
torch.set_num_threads(1)
from onnxruntime.quantization import quantize_dynamic, QuantType
from onnxruntime.quantization.shape_inference import quant_pre_process
from sora_nb.moderation.text import load_prompts, fold_of, windows, ModerationEncoder, TextHeads, OnnxStates, pool_tokens, ngram_ids, get_multilingual
rows = load_prompts(split="train"); fold = np.array([fold_of(r["group"]) for r in rows]); ml = get_multilingual()
out = Path("runs/mod18/onnx"); out.mkdir(exist_ok=True); t = time.time()
def session(p):
    so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    return ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
for f in map(int, sys.argv[1:]):
    enc = ModerationEncoder.load(f"runs/mod17/fold{f}_delta.safetensors"); h = TextHeads.load(f"runs/mod17/fold{f}_heads.safetensors")
    ox = OnnxStates(enc, threads=1, folder=out); pre, q = ox.path.with_suffix(".pre.onnx"), ox.path.with_suffix(".int8.onnx")
    quant_pre_process(str(ox.path), str(pre), skip_symbolic_shape=True)
    quantize_dynamic(str(pre), str(q), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)
    s32, s8 = session(ox.path), session(q); tok = enc.base.tokenizer
    ids = np.nonzero(fold == f)[0]; F, Q = np.zeros((len(ids), 9)), np.zeros((len(ids), 9))
    for k, i in enumerate(ids):
        ws = windows(rows[i]["prompt"], clauses=True); u = torch.from_numpy(ml.encode(ws)); ng = [ngram_ids(w) for w in ws]
        for S, s in ((F, s32), (Q, s8)):
            pooled = []
            for w in ws:
                b = tok([w], truncation=True, max_length=enc.base.max_tokens, return_tensors="np")
                hs = torch.from_numpy(s.run(None, {"ids": b["input_ids"].astype(np.int64), "mask": b["attention_mask"].astype(np.int64)})[0])
                pooled.append(pool_tokens(hs, torch.ones(hs.shape[:2], dtype=torch.bool)))
            with torch.no_grad(): S[k] = h.scores(torch.cat([torch.cat(pooled), u], 1), ng).max(0).values.numpy()
    np.save(f"runs/mod18/F{f}.npy", F); np.save(f"runs/mod18/Q{f}.npy", Q); np.save(f"runs/mod18/ids{f}.npy", ids)
    print(f"fold {f}: {len(ids)} prompts, {time.time() - t:.0f} s", flush=True)
