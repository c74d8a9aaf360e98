"""Seconds per clip and peak memory of the shipped model at the default size and steps, and the ratio of the CLI's time
to a bare sampling loop, measured in one run (this machine is noisy, so compare ratios, not seconds across runs).

    .venv/bin/python bench/sample.py [--n 5] [--steps 20]
"""
import argparse, os, resource, subprocess, sys, tempfile, time
from pathlib import Path
import torch

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--n", type=int, default=5); ap.add_argument("--steps", type=int, default=20)
    a = ap.parse_args()
    from sora_nb.backends import load_backend
    from sora_nb.studio import Request, submit
    b = load_backend()
    prompt = "a red circle moving left on a blue background"
    b.generate(prompt, steps=2, seed=0)  # warm up (first call allocates)
    t = time.perf_counter()
    for i in range(a.n): b.generate(prompt, steps=a.steps, seed=i)
    bare = (time.perf_counter() - t) / a.n
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        for i in range(a.n): submit(Request(prompt, steps=a.steps, seed=i), Path(d) / f"{i}.mp4", backend=b)
        facade = (time.perf_counter() - t) / a.n
        exe = Path(sys.executable).parent / "sora-nb"
        t = time.perf_counter()
        subprocess.run([str(exe), "generate", prompt, "-o", f"{d}/cli.mp4", "--seed", "0", "--steps", str(a.steps), "--quiet"], check=True, stdout=subprocess.DEVNULL)
        cli = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"threads {torch.get_num_threads()}, {a.steps} steps, 16x32x32 native, delivered 16x256x256")
    print(f"bare sampling loop      {bare:6.3f} s/clip")
    print(f"studio.submit (publish) {facade:6.3f} s/clip   ratio to bare {facade / bare:5.2f}")
    print(f"CLI, one process        {cli:6.3f} s        ratio to bare {cli / bare:5.2f}  (includes start-up: torch, MiniLM and model load)")
    print(f"peak RSS of this process {peak:.0f} MiB")

if __name__ == "__main__": main()
