"""Agreement of the world checker with the generator: per-key accuracy of `read_clip` + `score` on random level-2
world clips (16/32 frames, 32x32, 32x48, 48x32), three ways: at native size, after the delivery path (whole-factor
upscale to 256 px, H.264 MP4, decode), and with Gaussian noise (std 15/255) plus a light blur (sigma 0.6 px).

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python bench/checker.py [--n 2000] [--seed 0] [--paths native,mp4,noisy]

`motion` is taken over scenes whose rendering matches their spec (`checker.faithful`); `motion_unfaithful` is the
agreement on the others, where `world.realize` zeroes a velocity component in two-object scenes.
"""
import argparse, time
from sora_nb.checker import world_agreement

KEYS = ("background", "color", "shape", "motion", "objects_found", "occluder", "permanence", "motion_unfaithful")

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--paths", default="native,mp4,noisy")
    a = ap.parse_args()
    print(f"{'path':8s} {'n':>5s} " + " ".join(f"{k:>17s}" for k in KEYS) + "  seconds")
    for path in a.paths.split(","):
        t0 = time.time(); r = world_agreement(a.n, seed=a.seed, path=path)
        cells = " ".join(f"{r[k]:17.4f}" if k in r else f"{'-':>17s}" for k in KEYS)
        print(f"{path:8s} {a.n:5d} {cells}  {time.time() - t0:7.1f}", flush=True)
        print(f"{'':8s} clips with an occluder: {r['n_permanence']}, unfaithful two-object motions: {r['n_unfaithful']}", flush=True)

if __name__ == "__main__":
    main()
