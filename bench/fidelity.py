"""Fidelity of the shipped model on held-out prompts, through the CLI: writes the held-out plain captions to a JSONL file,
runs `sora-nb generate --prompts`, reads every MP4 back and scores it with the world checker.

    .venv/bin/python bench/fidelity.py [--n 60] [--steps 20] [--guidance 2.5] [--size 16x32x32] [--wording plain|varied|short] [--occluder] [--draw 1234]

--wording: `plain` is the evaluation wording ("a red circle moving left on a blue background"); `varied` one of the
training captions' wordings (synonyms, other orders; `world.caption`, seeded per prompt); `short` a terse prompt written
here, not in the training templates ("red ball going left, blue background").
"""
import argparse, json, subprocess, sys, tempfile, time
from pathlib import Path
from sora_nb.core import DEFAULT_GUIDANCE, DEFAULT_STEPS

SHORT_SHAPE = {"circle": "ball", "square": "box", "triangle": "wedge"}
SHORT_MOTION = {"static": "sitting still", "bounce": "bouncing", "grow": "growing"}

def words(wording, spec, i):
    "The prompt for `spec` in the chosen wording."
    from sora_nb import world
    if wording == "plain": return world.plain_caption(spec)
    if wording == "varied": return world.caption(spec, 1000 + i)
    objs = " and ".join(f"{o.color} {SHORT_SHAPE[o.shape]} {SHORT_MOTION.get(o.motion, 'going ' + o.motion)}" for o in spec.objects)
    occ = f", behind a {spec.occluder} bar" if spec.occluder else ""
    return f"{objs}{occ}, {spec.background} background"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60); ap.add_argument("--steps", type=int, default=DEFAULT_STEPS)
    ap.add_argument("--guidance", type=float, default=DEFAULT_GUIDANCE); ap.add_argument("--size", default="16x32x32")
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--draw", default="1234", help="which held-out draw of specs (the training run's evaluation uses the first clips of 1234; another draw is unseen by any choice made on it)")
    ap.add_argument("--wording", default="plain", choices=["plain", "varied", "short"])
    ap.add_argument("--no-upsample", action="store_true", help="condition on the prompts as written (no rewording into the caption style)")
    ap.add_argument("--occluder", action="store_true", help="permanence: held-out objects moving left/right/up/down behind a bar of a third colour")
    a = ap.parse_args()
    from sora_nb import world, checker
    from sora_nb.train import eval_specs, occluder_specs
    from sora_nb.core import read_video
    T, H, W = map(int, a.size.split("x"))
    specs = eval_specs(a.n, a.draw) if not a.occluder else occluder_specs(a.n, a.draw)   # a draw's name: "1234" and 1234 draw alike
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "prompts.jsonl"
        src.write_text("".join(json.dumps({"prompt": words(a.wording, s, i), "seed": i}) + "\n" for i, s in enumerate(specs)))
        cmd = [str(Path(sys.executable).parent / "sora-nb"), "generate", "--prompts", str(src), "--out-dir", f"{d}/out",
               "--steps", str(a.steps), "--guidance", str(a.guidance), "--frames", str(T), "--height", str(H), "--width", str(W), "--quiet"]
        if a.checkpoint: cmd += ["--checkpoint", a.checkpoint]
        if a.no_upsample: cmd += ["--no_upsample"]
        t = time.perf_counter(); subprocess.run(cmd, check=True); secs = time.perf_counter() - t
        index = [json.loads(l) for l in (Path(d) / "out" / "index.jsonl").read_text().splitlines()]
        refused = [(r["prompt"], r.get("reasons") or r.get("decision")) for r in index if r.get("refused")]
        keep = [i for i, r in enumerate(index) if not r.get("refused")]
        vids = [read_video(Path(d) / "out" / index[i]["path"]) for i in keep]
        specs = [specs[i] for i in keep]
    scores = checker.score_many(vids, specs)
    print(f"wording {a.wording}{' (as written)' if a.no_upsample else ' (upsampled)'}, e.g. {words(a.wording, specs[0], 0)!r}")
    print(f"{a.n} held-out prompts (draw {a.draw}), {a.steps} steps, guidance {a.guidance}, size {a.size}, {secs:.0f} s through the CLI")
    print("chance: background/colour 0.10, shape 0.33, motion 1/11")
    for k, v in scores.items(): print(f"  {k:14s} {v:.3f}")
    if refused:
        print(f"{len(refused)} of {a.n} prompts refused by moderation (scored over the other {len(vids)}):")
        for p, why in refused: print(f"  {p!r}: {why}")

if __name__ == "__main__": main()
