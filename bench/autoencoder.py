"""What an autoencoder lets through: world clips sent through encode -> decode and read back by the world checker, on
held-out plain-caption scenes (as `bench/fidelity.py` draws them) and on occluder scenes (as `--occluder` draws them),
with the decoding time of each folder measured in the same run (one thread, median; the ratio is what to compare).

    .venv/bin/python bench/autoencoder.py data/nano/vae runs/s5/dB [--n 120] [--n-occluder 60]

Anything lost here is lost by every transformer working in that latent space: it is the ceiling of `bench/fidelity.py`.
"""
import argparse, random, time
import numpy as np, torch
from sora_nb import world, checker
from sora_nb.autoencoder import VideoAutoencoder, to_videos
from sora_nb.train import eval_specs, occluder_specs

@torch.no_grad()
def ceiling(ae, specs, batch=20):
    rng, tot = random.Random(0), {}
    for i in range(0, len(specs), batch):
        ss = specs[i:i + batch]
        x = torch.from_numpy(np.stack([world.render(world.realize(s, rng, 16, 32, 32)).frames for s in ss])).float().div(127.5).sub(1).permute(0, 4, 1, 2, 3)
        for v, s in zip(to_videos(ae(x).clamp(-1, 1)), ss):
            for k, ok in checker.score(checker.read_clip(v), s).items(): tot.setdefault(k, []).append(ok)
    return {k: round(float(np.mean(v)), 2) for k, v in tot.items()}

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("folders", nargs="+")
    ap.add_argument("--n", type=int, default=120); ap.add_argument("--n-occluder", type=int, default=60)
    a = ap.parse_args(); torch.set_num_threads(1)
    aes = {f: VideoAutoencoder.from_pretrained(f).eval() for f in a.folders}
    z, ms = torch.randn(1, 8, 4, 8, 8), {f: [] for f in aes}
    with torch.no_grad():
        for _ in range(7):   # interleaved, so a noisy machine slows every folder alike
            for f, ae in aes.items(): t = time.perf_counter(); ae.decode(z); ms[f].append(time.perf_counter() - t)
    plain, occ = eval_specs(a.n), occluder_specs(a.n_occluder)
    base = None
    for f, ae in aes.items():
        d = float(np.median(ms[f][1:])) * 1000; base = base or d
        print(f"{f}: {sum(p.numel() for p in ae.decoder.parameters()) / 1e6:.2f}M decoder parameters, decode {d:.0f} ms ({d / base:.2f}x the first)")
        print(f"  held-out plain ({a.n}):  {ceiling(ae, plain)}")
        print(f"  occluder ({a.n_occluder}):        {ceiling(ae, occ)}")

if __name__ == "__main__": main()
