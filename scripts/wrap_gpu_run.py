"""Wrap a transformer run that came back from a lent GPU (`scripts/gpu_permanence.sh` -> a folder with model/ and
raw.safetensors) as a CPU run checkpoint, `RUN_DIR/ckpt.pt`, with the training loop's own evaluation of the EMA weights
appended, so `export_checkpoint` writes the model card and `sora-nb train --run-dir RUN_DIR --resume` goes on from it
(with a fresh optimiser: the GPU script does not bring its optimiser state back).

    .venv/bin/python scripts/wrap_gpu_run.py --base runs/s7/ckpt.pt --gpu runs/s8/gpu --run-dir runs/s8 \
        --note "session 8: batch 128, occluder-weighted, cosine 1e-3 -> 5e-5 over 7.6 minutes"
    .venv/bin/python -c "from sora_nb.train import export_checkpoint; export_checkpoint('runs/s8', 'data/nano', note='...')"

`--base` is the checkpoint the GPU run started from (its run config is kept; the batch size and step count are the GPU
run's). Session 8 made the shipped step 33,744 this way.
"""
import argparse, copy, json, random, time
from pathlib import Path
import torch
from safetensors.torch import load_file

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="a run checkpoint (ckpt.pt) of the same model, for its run config")
    ap.add_argument("--gpu", required=True, help="what came back: model/ (config, EMA weights, history.json) and raw.safetensors")
    ap.add_argument("--run-dir", required=True); ap.add_argument("--note", default="")
    ap.add_argument("--no-eval", action="store_true", help="skip the loop's evaluation (a quick check of the wrapping)")
    a = ap.parse_args(); torch.set_num_threads(2)
    from sora_nb.train import TrainConfig, make_model, run_vae, eval_record, save_checkpoint
    base, gpu = torch.load(a.base, weights_only=False, map_location="cpu"), Path(a.gpu)
    raw = json.loads((gpu / "model" / "history.json").read_text())
    # the init model's history ends with its `exported` marker; the run's own records follow, and its last save's marker
    # ends them (records come every 200 steps, so that marker is the one exact step)
    marks = [i for i, h in enumerate(raw[:-1]) if h.get("exported")]
    first = marks[-1] + 1 if marks else 0
    start = raw[marks[-1]]["step"] if marks else base["step"]
    step = raw[-1]["step"]
    hist = [h for h in raw if not h.get("exported")]
    batch, gpu_steps = raw[first].get("batch", base["cfg"]["batch_size"]), step - start
    cfg = TrainConfig.from_dict({**base["cfg"], "run_dir": a.run_dir, "batch_size": batch, "lr_decay_steps": gpu_steps,
                                 "lr_final": 0.05, "max_steps": step})
    vae = run_vae(cfg); model = make_model(cfg, vae); ema = copy.deepcopy(model)
    model.load_state_dict({k: v.float() for k, v in load_file(gpu / "raw.safetensors").items()})
    ema.load_state_dict({k: v.float() for k, v in load_file(gpu / "model" / "diffusion_pytorch_model.safetensors").items()})
    ema.eval()
    if not a.no_eval:
        t0 = time.time(); rec = eval_record(ema, cfg, step, vae)
        rec.update(eval_seconds=round(time.time() - t0, 1), note=f"after {gpu_steps} steps on a GPU ({a.note}); the loop's evaluation (guidance {cfg.eval_guidance})")
        hist.append(rec); print(json.dumps(rec))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay, betas=(0.9, 0.99))
    Path(a.run_dir).mkdir(parents=True, exist_ok=True)
    save_checkpoint(Path(a.run_dir) / "ckpt.pt", model, ema, opt, step, random.Random(cfg.seed), torch.Generator().manual_seed(cfg.seed), cfg, hist, start)
    print(f"wrote {a.run_dir}/ckpt.pt at step {step} ({gpu_steps} GPU steps after step {start})")

if __name__ == "__main__": main()
