"""Batch throughput (issue 9): the same batch of prompts through `sora_nb.batch.run_batch` in this process (workers=1), in two
worker processes (workers=2) and on a local Ray with two actors, each into a fresh output folder, measured in one run:

    unshare --net sh -c 'ip link set lo up && exec .venv/bin/python bench/batch.py [--n 8] [--steps 8] [--checkpoint data/nano]'

(a local Ray only runs in a loopback-only namespace; as root the script re-runs itself inside one when it is not). Every clip
goes through the whole studio (moderation, watermark, C2PA, gallery). Two figures per mode: end to end (model loads and Ray
actor start-up included) and steady (with k workers, the clips after the k-th to finish, over the time from the k-th to the
last: each worker's first clip carries its start-up); Ray's own start is reported apart. On a 2-core machine shared with other work, the figures are noisy: run it on a quiet machine.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time
from pathlib import Path

PROMPTS = ["a red circle moving left on a blue background", "a green square moving up on a black background",
           "a yellow triangle moving right on a white background", "a blue circle moving down on a gray background",
           "a purple square staying still on a green background", "a white circle moving left on a red background",
           "an orange triangle moving up on a blue background", "a pink square moving right on a black background"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=8); ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--checkpoint", default=None, help="model folder (default: the shipped data/nano)")
    ap.add_argument("--modes", default="w1,w2,ray"); ap.add_argument("--json", default=None)
    a = ap.parse_args()
    modes = a.modes.split(",")
    from sora_nb.batch import loopback_only
    if "ray" in modes and not loopback_only():
        if os.geteuid() == 0 and shutil.which("unshare") and not os.environ.get("SORA_NB_BENCH_NS"):
            cmd = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', sys.executable, *sys.argv]
            sys.exit(subprocess.run(cmd, env={**os.environ, "SORA_NB_BENCH_NS": "1"}).returncode)
        print("not in a loopback-only namespace: Ray left out"); modes.remove("ray")
    os.environ.setdefault("SORA_NB_CONFIG", tempfile.mkdtemp()); os.environ.setdefault("SORA_NB_STATE", tempfile.mkdtemp())
    from sora_nb.batch import run_batch, ray_connect
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    src = work / "p.jsonl"
    src.write_text("".join(json.dumps({"prompt": PROMPTS[i % len(PROMPTS)], "seed": i}) + "\n" for i in range(a.n)))
    ckpt = a.checkpoint or str(Path(__file__).resolve().parents[1] / "data" / "nano")
    R, ray_start = {}, None
    for mode in modes:
        kw = dict(workers=1)
        if mode == "w2": kw = dict(workers=2)
        if mode == "ray":
            t0 = time.perf_counter(); ray_connect("local", num_cpus=2); ray_start = time.perf_counter() - t0
            kw = dict(ray="local", workers=2)
        done = []
        t0 = time.perf_counter()
        s = run_batch(src, work / mode, defaults=dict(steps=a.steps), checkpoint=ckpt, quiet=True,
                      on_item=lambda o: done.append(time.perf_counter()), **kw)
        total = time.perf_counter() - t0
        k = 1 if mode == "w1" else 2      # skip each worker's first clip (its model load): the clips after, over their time
        steady = (len(done) - k) / (done[-1] - done[k - 1]) if len(done) > k and done[-1] > done[k - 1] else float("nan")
        R[mode] = dict(made=s.made, refused=s.refused, failed=s.failed, seconds=round(total, 2),
                       clips_per_s=round(s.made / total, 4), steady_clips_per_s=round(steady, 4))
        print(f"{mode:>4}: {s}; end to end {s.made / total:.3f} clips/s, steady {steady:.3f} clips/s", flush=True)
    if ray_start is not None: print(f"Ray start (not in the figures above): {ray_start:.1f} s")
    print(f"\n{a.n} clips, {a.steps} steps, 32x32x16 native (256 px delivered), {os.cpu_count()} CPUs")
    print(f"{'mode':<6}{'clips/s e2e':>12}{'steady':>10}{'e2e vs w1':>11}{'steady vs w1':>14}")
    for m, r in R.items():
        b = R.get("w1", r)
        print(f"{m:<6}{r['clips_per_s']:>12.3f}{r['steady_clips_per_s']:>10.3f}{r['clips_per_s'] / b['clips_per_s']:>11.2f}"
              f"{r['steady_clips_per_s'] / b['steady_clips_per_s']:>14.2f}")
    if a.json: Path(a.json).write_text(json.dumps(dict(results=R, ray_start_s=ray_start, n=a.n, steps=a.steps), indent=1))
    shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
