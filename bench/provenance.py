"""Provenance robustness in one run: watermark bit accuracy and id recovery, fingerprint TPR/FPR, under the same
transforms of the same clips, and fingerprint lookup time at 10k / 100k / 1M stored hashes.

    nice -n 10 .venv/bin/python bench/provenance.py [--n-published 200] [--n-unpublished 1000] [--quick]

Published: clips of the shipped model (prompts from the shapes world's captions, 16 frames at 32x32, upscaled to
256x256), each watermarked with a fresh creation id, fingerprinted, and delivered as H.264 crf 18 (what a user
downloads); the transforms start from that file. Unpublished: other model clips (other seeds and prompts) and
shapes-world renders (32x32, 32x48, 48x32 upscaled to a 256 short side), delivered the same way, never added.
Thresholds are the modules' constants; nothing here tunes them. Clips are cached under --cache.
"""
import argparse, os, random, tempfile, time
from pathlib import Path
import numpy as np, cv2
from sora_nb.core import Video, write_mp4, read_video, upscale_to_short_side
from sora_nb.provenance import watermark as wm
from sora_nb.provenance import fingerprint as fp

# --- data -------------------------------------------------------------------------------------------------------

def model_clips(n, seed0, rng_seed, cache):
    "n model clips at 256 px (20 steps, guidance 4, batches of 16), cached as uint8 arrays (prompts from world captions)."
    path = Path(cache) / f"model_{n}_{seed0}_{rng_seed}.npz"
    if not path.exists():                                               # a larger cached run of the same seeds: its first n clips
        bigger = sorted((int(p.name.split("_")[1]), p) for p in Path(cache).glob(f"model_*_{seed0}_{rng_seed}.npz")
                        if int(p.name.split("_")[1]) > n) if Path(cache).exists() else []
        if bigger: path = bigger[0][1]
    if path.exists():
        z = np.load(path); return [Video(f, 8.0) for f in z["frames"][:n]], list(z["prompts"][:n])
    from sora_nb.backends import load_backend
    from sora_nb.world import sample_spec, plain_caption
    b, rng = load_backend(), random.Random(rng_seed)
    prompts = [plain_caption(sample_spec(rng)) for _ in range(n)]
    import torch
    vids = []
    for start in range(0, n, 16):                                       # batches of 16 prompts: much faster on CPU
        g = torch.Generator().manual_seed(seed0 + start)
        out = b.pipe(prompts[start:start + 16], 16, 32, 32, num_inference_steps=20, guidance_scale=4.0, generator=g)
        vids += [upscale_to_short_side(v, 256) for v in out.videos]
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, frames=np.stack([v.frames for v in vids]), prompts=np.array(prompts))
    return vids, prompts

def world_clips(n, seed):
    from sora_nb.world import sample_spec, realize, render
    rng = random.Random(seed); out = []
    for i in range(n):
        H, W = rng.choice([(32, 32), (32, 48), (48, 32)])
        out.append(upscale_to_short_side(render(realize(sample_spec(rng), rng.randrange(10**9), T=16, H=H, W=W)), 256))
    return out

# --- transforms (applied to the delivered frames) ---------------------------------------------------------------

TMP = Path(tempfile.mkdtemp(prefix="bench-provenance-"))

def h264(frames, crf):
    p = TMP / "t.mp4"; write_mp4(Video(frames, 8.0), p, crf=crf); return read_video(p).frames

def resize(frames, k):
    H, W = frames.shape[1:3]
    return np.stack([cv2.resize(f, (W // k // 2 * 2, H // k // 2 * 2), interpolation=cv2.INTER_AREA) for f in frames])

def brightness(frames, k): return np.clip(frames.astype(np.float32) * k, 0, 255).astype(np.uint8)

def crop(frames, keep=0.8):
    H, W = frames.shape[1:3]; h, w = int(H * keep) // 2 * 2, int(W * keep) // 2 * 2
    y, x = (H - h) // 2, (W - w) // 2
    return np.ascontiguousarray(frames[:, y:y + h, x:x + w])

def drop(frames, seed):
    keep = np.sort(np.random.default_rng(seed).choice(len(frames), len(frames) // 2, replace=False))
    return frames[keep]

TRANSFORMS = {
    "delivered (crf 18)": lambda f, s: f,
    "H.264 crf 23": lambda f, s: h264(f, 23),
    "H.264 crf 28": lambda f, s: h264(f, 28),
    "H.264 crf 35": lambda f, s: h264(f, 35),
    "half size": lambda f, s: resize(f, 2),
    "quarter size": lambda f, s: resize(f, 4),
    "brightness +20%": lambda f, s: brightness(f, 1.2),
    "brightness -20%": lambda f, s: brightness(f, 0.8),
    "80% centre crop": lambda f, s: crop(f, 0.8),
    "half the frames dropped": lambda f, s: drop(f, s),
    "crf 28 + half size": lambda f, s: h264(resize(f, 2), 28),
}

def c2pa_tamper_rows(n=50):
    "One byte flipped at a random offset inside `mdat` of a freshly signed MP4, n times: how often verification fails."
    from sora_nb.provenance.c2pa import tamper_rows
    rows = tamper_rows(n)
    before = sum(r["before"] == "trusted" for r in rows); after = sum(r["state"] == "invalid" for r in rows)
    return [f"| trials | trusted before the flip | invalid after the flip |", "|---|---|---|", f"| {len(rows)} | {before} | {after} |"]

# --- lookup timing ----------------------------------------------------------------------------------------------

def lookup_rows(sizes, queries, published, nq=50):
    rows = []
    for n in sizes:
        db = TMP / f"fx_{n}.sqlite"
        if db.exists(): db.unlink()
        fx = fp.FingerprintIndex(db)
        rng = np.random.default_rng(n)
        t0 = time.perf_counter()
        for cid, v in published: fx.add(cid, v)
        filler = n - fx.count()
        for start in range(0, filler, 200_000):
            k = min(200_000, filler - start)
            h = rng.integers(0, 256, (k, 32), dtype=np.uint8)
            fx.conn.executemany("INSERT INTO fingerprints (creation_id, frame, variant, kind, hash, quality) VALUES (?,?,?,?,?,?)",
                                ((f"f{start + i:07d}", 0, "full", "pdq", h[i].tobytes(), 100) for i in range(k)))
        fx.conn.commit()
        t_fill = time.perf_counter() - t0
        t0 = time.perf_counter(); fx.sync(); t_build = time.perf_counter() - t0
        qs = queries[:nq]
        hashed = [[h for h in fp.frame_hashes(q, variants=False)] for q, _ in qs]
        ok, tl = 0, []
        for (q, cid), hs in zip(qs, hashed):
            t0 = time.perf_counter(); m = fx.search_hashes(hs, len(q)); tl.append(time.perf_counter() - t0)
            ok += m is not None and m.creation_id == cid
        kind = type(fx._kinds["pdq"].index).__name__
        per_video = 1000 * float(np.median(tl)); nf = np.mean([len(h) for h in hashed])
        rows.append((n, kind, per_video, per_video / nf, ok / len(qs), t_fill, t_build))
        fx.conn.close(); db.unlink()
    return rows

# --- main -------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-published", type=int, default=200)
    ap.add_argument("--n-unpublished", type=int, default=1000)
    ap.add_argument("--model-share", type=float, default=0.5, help="share of the unpublished clips that are model clips (the rest: world renders)")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--wm-unpublished", type=int, default=200, help="unpublished clips the watermark reader is run on per transform (false ids)")
    ap.add_argument("--quick", action="store_true", help="40 published, 100 unpublished, lookup at 10k and 100k")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "sora-nb-bench-provenance"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", default=None, help="comma-separated transform names to run (default: all), e.g. 'crf 28 + half size,brightness +20%%'")
    a = ap.parse_args()
    if a.quick: a.n_published, a.n_unpublished, a.sizes = 40, 100, "10000,100000"
    t_start = time.time()
    print(f"# bench/provenance.py --n-published {a.n_published} --n-unpublished {a.n_unpublished} --sizes {a.sizes}", flush=True)

    t0 = time.time()
    pub, _ = model_clips(a.n_published, 0, 1000 + a.seed, a.cache)
    n_model = round(a.n_unpublished * a.model_share)
    unpub_model, _ = model_clips(n_model, 500_000, 2000 + a.seed, a.cache)
    unpub = unpub_model + world_clips(a.n_unpublished - n_model, 3000 + a.seed)
    print(f"clips ready in {time.time() - t0:.0f} s: {len(pub)} published, {len(unpub_model)} unpublished model clips, "
          f"{len(unpub) - len(unpub_model)} world renders", flush=True)

    rng = random.Random(a.seed)
    ids = [f"{rng.getrandbits(40):010x}" for _ in pub]
    fx = fp.FingerprintIndex(TMP / "gallery.sqlite")
    t_embed, delivered = [], []
    for cid, v in zip(ids, pub):
        t0 = time.perf_counter(); marked = wm.embed(v, cid); t_embed.append(time.perf_counter() - t0)
        fx.add(cid, marked)
        delivered.append(h264(marked.frames, 18))
    psnr = np.mean([cv2.PSNR(v.frames, wm.embed(v, c).frames) for v, c in zip(pub[:20], ids)])
    un_delivered = [h264(v.frames, 18) for v in unpub]
    print(f"embed: median {1000 * np.median(t_embed):.1f} ms per 16-frame 256x256 video; PSNR {psnr:.1f} dB; "
          f"{fx.count()} fingerprint rows", flush=True)

    print("\n## Watermark (published clips) and fingerprint (published: TPR; unpublished: FPR)")
    print(f"| transform | bit accuracy | min | raw bit accuracy | id recovered | wm false ids | fp TPR | fp wrong id | fp FPR | FP count |")
    print("|---|---|---|---|---|---|---|---|---|---|", flush=True)
    wm_times, fp_times = [], []
    queries = []
    only = None if a.only is None else [x.strip() for x in a.only.split(",")]
    if only and set(only) - set(TRANSFORMS): raise SystemExit(f"unknown transforms {set(only) - set(TRANSFORMS)}; known: {list(TRANSFORMS)}")
    for name, fn in TRANSFORMS.items():
        if only and name not in only: continue
        accs, raws, rec, tp, wrong = [], [], 0, 0, 0
        for i, (cid, f) in enumerate(zip(ids, delivered)):
            q = fn(f, i)
            t0 = time.perf_counter(); r = wm.detect(q); wm_times.append(time.perf_counter() - t0)
            accs.append(float((r.bits == wm.payload_bits(cid)).mean())); rec += r.creation_id == cid
            raws.append(float((r.raw_bits == wm.payload_bits(cid)).mean()))
            t0 = time.perf_counter(); m = fx.search(q); fp_times.append(time.perf_counter() - t0)
            tp += m is not None and m.creation_id == cid; wrong += m is not None and m.creation_id != cid
            if name in ("delivered (crf 18)", "crf 28 + half size") and i < 25: queries.append((q, cid))
        fpc, wm_false = 0, 0
        for i, f in enumerate(un_delivered):
            q = fn(f, 10**6 + i)
            fpc += fx.search(q) is not None
            if i < a.wm_unpublished: wm_false += wm.detect(q).found
        n, u = len(ids), len(un_delivered)
        print(f"| {name} | {np.mean(accs):.4f} | {np.min(accs):.3f} | {np.mean(raws):.4f} | {rec / n:.3f} | {wm_false}/{min(u, a.wm_unpublished)} | {tp / n:.3f} | {wrong} | "
              f"{fpc / u:.4f} | {fpc}/{u} |", flush=True)
    print(f"\ndetect: median {1000 * np.median(wm_times):.0f} ms per video; fingerprint search (hashing included): "
          f"median {1000 * np.median(fp_times):.0f} ms per video", flush=True)

    print("\n## Fingerprint lookup time (faiss + match rule, hashing excluded), published + random filler hashes")
    print("| stored hashes | index | ms per query video | ms per query frame | recall of published queries | fill s | build s |")
    print("|---|---|---|---|---|---|---|", flush=True)
    for n, kind, pv, pf, rec, tf, tb in lookup_rows([int(s) for s in a.sizes.split(",")], queries, list(zip(ids, delivered))):
        print(f"| {n:,} | {kind} | {pv:.2f} | {pf:.3f} | {rec:.3f} | {tf:.0f} | {tb:.1f} |", flush=True)

    rows = c2pa_tamper_rows()
    if rows:
        print("\n## C2PA"); [print(r) for r in rows]
    print(f"\ntotal {time.time() - t_start:.0f} s")

if __name__ == "__main__":
    main()
