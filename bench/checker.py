"""Agreement of the world checker with the generator: per-key accuracy of `read_clip` + `score` on random level-2
world clips (16/32 frames, 32x32, 32x48, 48x32), three ways: at native size, after the delivery path (whole-factor
upscale to 256 px, H.264 MP4, decode), and with Gaussian noise (std 15/255) plus a light blur (sigma 0.6 px).
Occluder scenes are only ~5% of level-2 clips, so permanence is also measured on `--n-occluder` occluder-only clips.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python bench/checker.py [--n 2000] [--n-occluder 500] [--seed 0]

`motion` is taken over scenes whose rendering matches their spec (`checker.faithful`); `motion_unfaithful` is the
agreement on the others, where `world.realize` zeroes a velocity component in two-object scenes.
"""
import argparse, time
from sora_nb.checker import world_agreement

KEYS = ("background", "color", "shape", "motion", "objects_found", "occluder", "permanence", "motion_unfaithful")

def row(label, n, r, secs):
    cells = " ".join(f"{r[k]:>8.4f}" if k in r else f"{'-':>8s}" for k in KEYS)
    print(f"{label:18s} {n:5d} {cells} {r['n_permanence']:6d} {r['n_unfaithful']:6d} {secs:7.1f}", flush=True)

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--n-occluder", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--paths", default="native,mp4,noisy")
    a = ap.parse_args()
    short = {"background": "bg", "objects_found": "found", "motion_unfaithful": "unfaith", "permanence": "perm."}
    print(f"{'clips':18s} {'n':>5s} " + " ".join(f"{short.get(k, k):>8s}" for k in KEYS) + "  n_occ n_unf  seconds")
    for occluded in (False, True):
        n = a.n_occluder if occluded else a.n
        if not n: continue
        for path in a.paths.split(","):
            t0 = time.time()
            r = world_agreement(n, seed=a.seed, path=path, keep=(lambda s: s.occluder is not None) if occluded else None)
            row(path + (" occluder-only" if occluded else ""), n, r, time.time() - t0)

if __name__ == "__main__":
    main()
