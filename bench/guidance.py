"""Held-out accuracy of a checkpoint against the guidance scale (and steps), sampled in-process and scored by the checker.

    .venv/bin/python bench/guidance.py [--checkpoint data/nano | --run runs/nano] [--n 60] [--scales 1,2,4,7] [--steps 20]
"""
import argparse, json, time
import torch

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", default=None); ap.add_argument("--run", default=None)
    ap.add_argument("--n", type=int, default=60); ap.add_argument("--scales", default="1,2,4,7"); ap.add_argument("--steps", type=int, default=20)
    a = ap.parse_args()
    from sora_nb.models import SpacetimeTransformer
    from sora_nb.train import eval_specs, evaluate, load_checkpoint
    if a.run:
        st = load_checkpoint(f"{a.run}/ckpt.pt"); model = SpacetimeTransformer(**st["model_config"]); model.load_state_dict(st["ema"])
        src = f"{a.run} step {st['step']} (EMA)"
    else:
        from sora_nb.backends import load_backend
        model = load_backend(a.checkpoint).pipe.transformer; src = a.checkpoint or "data/nano"
    specs = eval_specs(a.n)
    print(f"{src}: {a.n} held-out prompts, {a.steps} steps")
    for g in map(float, a.scales.split(",")):
        t = time.perf_counter(); s = evaluate(model.eval(), specs, a.steps, g)
        print(f"guidance {g:4.1f}: " + "  ".join(f"{k} {v:.2f}" for k, v in s.items()) + f"   ({time.perf_counter() - t:.0f} s)", flush=True)

if __name__ == "__main__": main()
