"""Fidelity of the shipped model on held-out prompts, through the CLI: writes the held-out plain captions to a JSONL file,
runs `sora-nb generate --prompts`, reads every MP4 back and scores it with the world checker.

    .venv/bin/python bench/fidelity.py [--n 60] [--steps 20] [--guidance 4] [--size 16x32x32]
"""
import argparse, json, subprocess, sys, tempfile, time
from pathlib import Path

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60); ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--guidance", type=float, default=4.0); ap.add_argument("--size", default="16x32x32")
    ap.add_argument("--checkpoint", default=None)
    a = ap.parse_args()
    from sora_nb import world, checker
    from sora_nb.train import eval_specs
    from sora_nb.core import read_video
    T, H, W = map(int, a.size.split("x"))
    specs = eval_specs(a.n)
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "prompts.jsonl"
        src.write_text("".join(json.dumps({"prompt": world.plain_caption(s), "seed": i}) + "\n" for i, s in enumerate(specs)))
        cmd = [str(Path(sys.executable).parent / "sora-nb"), "generate", "--prompts", str(src), "--out-dir", f"{d}/out",
               "--steps", str(a.steps), "--guidance", str(a.guidance), "--frames", str(T), "--height", str(H), "--width", str(W), "--quiet"]
        if a.checkpoint: cmd += ["--checkpoint", a.checkpoint]
        t = time.perf_counter(); subprocess.run(cmd, check=True); secs = time.perf_counter() - t
        index = [json.loads(l) for l in (Path(d) / "out" / "index.jsonl").read_text().splitlines()]
        vids = [read_video(Path(d) / "out" / r["path"]) for r in index]
    scores = checker.score_many(vids, specs)
    print(f"{a.n} held-out prompts, {a.steps} steps, guidance {a.guidance}, size {a.size}, {secs:.0f} s through the CLI")
    print("chance: background/colour 0.10, shape 0.33, motion 1/11")
    for k, v in scores.items(): print(f"  {k:14s} {v:.3f}")

if __name__ == "__main__": main()
