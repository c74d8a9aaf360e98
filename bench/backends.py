"""The open-weights adapters' cost, measured in one run (compare ratios, not seconds across runs: this machine is noisy).

1. Overhead: for each tiny random pipeline (Wan, LTX, CogVideoX; built by sora_nb.open_weights.tiny_pipeline, saved and
   loaded back), adapter.generate against the bare diffusers pipeline called with the same arguments and seed, runs
   alternating, median of --n each, with and without a step callback (the studio always passes one; the adapter then
   records the scheduler's x0 prediction). Target: adapter <= 1.02 x bare.
2. With --model-dir on a CUDA machine: seconds per clip and torch.cuda.max_memory_allocated for a real model folder,
   without and with the cache option (--cache, default first_block at --threshold), same prompt and seed.

    .venv/bin/python bench/backends.py [--n 15] [--steps 4]
    .venv/bin/python bench/backends.py --model-dir /models/Wan2.1-T2V-1.3B-Diffusers --frames 33 --height 480 --width 832 --steps 30
"""
import argparse, statistics, tempfile, time
from pathlib import Path

def overhead(a):
    import torch
    from sora_nb.open_weights import load, tiny_pipeline, TINY_SIZES
    from sora_nb.core import Video
    import diffusers, transformers
    diffusers.utils.logging.disable_progress_bar(); transformers.utils.logging.disable_progress_bar()
    root = Path(tempfile.mkdtemp()); prompt = "a red cat dance on the sea"
    print(f"{a.steps} steps, tiny random pipelines on CPU, n={a.n} alternating runs each, medians")
    print(f"{'pipeline':28s} {'bare s':>8s} {'adapter s':>10s} {'ratio':>6s}   {'+callback s':>11s} {'ratio':>6s}   ratios of the same runs")
    for kind, fam in (("wan", "wan"), ("ltx", "ltx"), ("cogvideox", "cogvideox")):
        b = load(tiny_pipeline(kind, root / kind))
        T, H, W = TINY_SIZES[fam]
        kw = dict(prompt=prompt, num_frames=T, height=H, width=W, num_inference_steps=a.steps, guidance_scale=4.0, output_type="pt")
        if fam == "ltx": kw["frame_rate"] = 8
        if fam == "cogvideox": kw["max_sequence_length"] = b.transformer.config.max_text_seq_length
        def bare(seed):
            x = b.pipe(**kw, generator=torch.Generator().manual_seed(seed)).frames[0]
            return Video.from_float(x.float().permute(0, 2, 3, 1), 8.0)   # the same uint8 clip the adapter hands back
        ada = lambda seed: b.generate(prompt, T, H, W, a.steps, 4.0, seed)
        traced = lambda seed: b.generate(prompt, T, H, W, a.steps, 4.0, seed, callback=lambda p, i, n, s: None)
        for f in (bare, ada, traced): f(0)                                   # warm up
        assert (bare(1).frames == ada(1).frames).all(), "adapter and bare pipeline disagree"
        t = {f: [] for f in (bare, ada, traced)}
        for i in range(a.n):
            order = (bare, ada, traced) if i % 2 == 0 else (traced, ada, bare)
            for f in order:
                s = time.perf_counter(); f(i); t[f].append(time.perf_counter() - s)
        mb, ma, mt = (statistics.median(t[f]) for f in (bare, ada, traced))
        pa, pt = (statistics.median(x / y for x, y in zip(t[f], t[bare])) for f in (ada, traced))
        la, lt = (min(t[f]) / min(t[bare]) for f in (ada, traced))
        print(f"{type(b.pipe).__name__:28s} {mb:8.4f} {ma:10.4f} {ma / mb:6.3f}   {mt:11.4f} {mt / mb:6.3f}"
              f"   paired {pa:5.3f} / {pt:5.3f}   fastest {la:5.3f} / {lt:5.3f}")
    print("ratio = median adapter / median bare; paired = median of per-round ratios; fastest = min / min (adapter / +callback)")
    print("target: adapter <= 1.02 x bare")

def gpu(a):
    import torch
    from sora_nb.open_weights import load, enable_cache
    if not torch.cuda.is_available(): raise SystemExit("--model-dir needs a CUDA GPU (this machine has none); nothing measured")
    b = load(a.model_dir, dtype=getattr(torch, a.dtype), device="cuda", vae_tiling=a.vae_tiling)
    print(f"{b.name} ({b.class_name}), {a.frames}x{a.height}x{a.width}, {a.steps} steps, {a.dtype}, {torch.cuda.get_device_name()}, n={a.n}")
    b.check_inputs(a.frames, a.height, a.width)
    for cache in (None, a.cache):
        enable_cache(b, cache, a.threshold)
        b.generate(a.prompt, a.frames, a.height, a.width, steps=2, seed=0)   # warm up (kernels, allocator)
        secs = []; torch.cuda.reset_peak_memory_stats()
        for i in range(a.n):
            torch.cuda.synchronize(); s = time.perf_counter()
            b.generate(a.prompt, a.frames, a.height, a.width, steps=a.steps, seed=i)
            torch.cuda.synchronize(); secs.append(time.perf_counter() - s)
        print(f"cache {str(cache):18s} {statistics.median(secs):8.2f} s/clip   peak {torch.cuda.max_memory_allocated() / 2**30:6.2f} GiB")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=15); ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--model-dir"); ap.add_argument("--frames", type=int, default=33)
    ap.add_argument("--height", type=int, default=480); ap.add_argument("--width", type=int, default=832)
    ap.add_argument("--dtype", default="bfloat16"); ap.add_argument("--cache", default="first_block")
    ap.add_argument("--threshold", type=float, default=0.1); ap.add_argument("--vae-tiling", action="store_true")
    ap.add_argument("--prompt", default="a red fox running through fresh snow, golden hour")
    a = ap.parse_args()
    if a.model_dir:
        if a.n == 15: a.n = 3
        gpu(a)
    else: overhead(a)

if __name__ == "__main__": main()
