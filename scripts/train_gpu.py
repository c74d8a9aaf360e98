"""Train the nano model on a lent GPU machine for a fixed wall-clock budget, starting from a model folder, and write
the EMA weights as a model folder that `sora-nb generate --checkpoint` and `bench/fidelity.py --checkpoint` take.

The GPU machine has PyTorch but none of this project's wheels, and only 64 MiB of files travel to it. Two things make
the run fit: the text encoder travels as a pruned fp16 copy (every layer, and the word-piece rows of every word the
caption bank uses: 187 of 30,522), rebuilt there into an ordinary MiniLM folder; and the caption bank is encoded there
on the GPU. Clips are rendered by the world's renderer in DataLoader worker processes, so the GPU is not left waiting.

    python scripts/train_gpu.py prune .carry/minilm                                     # here, once
    python scripts/train_gpu.py train --minilm .carry/minilm --init data/nano --minutes 7 --out OUT   # there
    python scripts/train_gpu.py decoder --init data/nano/vae --decoder '{"decoder_final_blocks": 1}' --lr 1e-3 --out OUT   # a new decoder

Only a few files, each under a size limit, come back from the machine: write every run's few files under one folder
and copy the ones that matter (config and safetensors) flat into $OUT at the end. A 48 MB tar did not come back, and
neither did the fourth run's files when four runs wrote twelve; session 5 lost its logs and raw weights that way.

Not exact resumption (that is `sora-nb train --resume` on a CPU): fresh optimiser with a warm-up, new batches.
"""
import argparse, copy, json, math, random, shutil, time
from pathlib import Path
import torch

RUN_CONFIG = "runs/latent/config.json"

def prune(dst):
    "Write the pruned fp16 MiniLM (layers + the caption bank's word-piece rows) to `dst`."
    from safetensors.torch import load_file, save_file
    from transformers import AutoTokenizer
    from sora_nb import text
    from sora_nb.train import TrainConfig, bank_captions
    src, dst = Path(text.model_path()), Path(dst); dst.mkdir(parents=True, exist_ok=True)
    _, caps = bank_captions(TrainConfig.from_dict(json.loads(Path(RUN_CONFIG).read_text())))
    tok = AutoTokenizer.from_pretrained(src); ids = set(tok("")["input_ids"]) | set(tok.all_special_ids)
    for i in range(0, len(caps), 1000): ids.update(x for row in tok(caps[i:i + 1000])["input_ids"] for x in row)
    sd = load_file(src / "model.safetensors"); key = next(k for k in sd if "word_embeddings" in k); rows = torch.tensor(sorted(ids))
    out = {k: v.half() for k, v in sd.items() if k != key}
    out.update(__rows_ids=rows, __rows=sd[key][rows].half(), __rows_shape=torch.tensor(sd[key].shape))
    save_file(out, str(dst / "pruned.safetensors"), metadata={"key": key})
    for f in ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"): shutil.copy(src / f, dst / f)
    print(f"{len(caps)} captions, {len(rows)} word pieces -> {dst}")

def unprune(src, dst):
    "Rebuild an ordinary fp32 MiniLM folder from the pruned copy (unused word-piece rows are zero: no caption uses them)."
    from safetensors import safe_open
    from safetensors.torch import save_file
    src, dst = Path(src), Path(dst); dst.mkdir(parents=True, exist_ok=True)
    with safe_open(str(src / "pruned.safetensors"), "pt") as f:
        key = f.metadata()["key"]; sd = {k: f.get_tensor(k) for k in f.keys()}
    emb = torch.zeros(*sd.pop("__rows_shape").tolist()); emb[sd.pop("__rows_ids")] = sd.pop("__rows").float()
    save_file({**{k: v.float() for k, v in sd.items()}, key: emb}, str(dst / "model.safetensors"))
    for f in src.iterdir():
        if f.name != "pruned.safetensors": shutil.copy(f, dst / f.name)

class Batches(torch.utils.data.IterableDataset):
    "Endless training batches from the caption bank; each worker its own seeded stream."
    def __init__(self, bank, cfg, seed): self.bank, self.cfg, self.seed = bank, cfg, seed
    def __iter__(self):
        from sora_nb.train import sample_batch
        w = torch.utils.data.get_worker_info(); wid = w.id if w else 0
        rng, g = random.Random(f"{self.seed}-{wid}"), torch.Generator().manual_seed(self.seed * 1000 + wid)
        torch.set_num_threads(1)
        while True: yield sample_batch(self.bank, self.cfg, 10 ** 9, rng, g)   # past the curriculum: every level

def train(a):
    from sora_nb import text
    from sora_nb.text import TextEmbedding
    from sora_nb.train import TrainConfig, build_bank, run_vae, make_model, object_weight
    from sora_nb.models import SpacetimeTransformer
    from sora_nb.diffusion import flow_target
    dev = torch.device(a.device)
    if a.minilm:
        unprune(a.minilm, "/tmp/minilm"); text.model_path = lambda: "/tmp/minilm"
    cfg = TrainConfig.from_dict({**json.loads(Path(a.config).read_text()), "batch_size": a.batch, "lr": a.lr, "occluder_weight": a.occluder_weight,
                                 "object_weight": a.object_weight if a.object_weight is not None else 0.0, **({"bank_specs": a.bank_specs} if a.bank_specs else {})})
    vae = run_vae(cfg)
    model = make_model(cfg, vae)
    model.load_state_dict(SpacetimeTransformer.from_pretrained(a.init, torch_dtype=torch.float32).state_dict())
    hist_path = Path(a.init) / "history.json"
    history = json.loads(hist_path.read_text()) if hist_path.exists() else []
    step0 = max((h["step"] for h in history), default=0)
    # the bank is encoded on the device: the text encoder follows its model's device
    enc = text.get_encoder(); enc.model.to(dev); t0 = time.time()
    bank = build_bank(cfg, "/tmp/cache"); enc.model.to("cpu")
    specs, owner = bank.specs, bank.owner
    print(f"bank: {len(bank.captions)} captions in {time.time() - t0:.1f} s", flush=True)
    occ = sum(1 for i in bank.by_level(2) if specs[owner[i]][1].occluder)   # the bank repeats them `occluder_weight` times
    print(f"occluder captions x {cfg.occluder_weight}: {occ / len(bank.by_level(2)):.2f} of level 2", flush=True)
    model.to(dev); vae.to(dev); ema = copy.deepcopy(model).requires_grad_(False)
    torch.backends.cuda.matmul.allow_tf32 = True; torch.backends.cudnn.allow_tf32 = True
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay, betas=(0.9, 0.99))
    loader = torch.utils.data.DataLoader(Batches(bank, cfg, a.seed), batch_size=None, num_workers=a.workers, prefetch_factor=4, persistent_workers=True)
    g = torch.Generator().manual_seed(a.seed); out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    t_start = last_save = time.time(); step = 0; seen = 0; t0 = time.time(); snaps_done = 0
    from safetensors.torch import save_file
    def save():
        "The EMA model (fp16, as `sora-nb export` ships it; copy `scheduler/` and `vae/` from --init beside it) and the raw weights."
        from safetensors.torch import save_file
        d = out / "model"; copy.deepcopy(ema).to("cpu").half().save_pretrained(d)
        save_file({k: v.detach().to("cpu").half().contiguous() for k, v in model.state_dict().items()}, str(out / "raw.safetensors"))
        (d / "history.json").write_text(json.dumps(history + [dict(step=step0 + step, exported=True)]))
        print(f"saved EMA at step {step0 + step}", flush=True)
    for clips, emb, cmask in loader:
        clips = clips.to(dev, non_blocking=True); cmask = cmask.to(dev)
        emb = TextEmbedding(emb.tokens.to(dev), emb.mask.to(dev), emb.pooled.to(dev))
        frac = min((time.time() - t_start) / (a.minutes * 60), 1.0)
        # warm-up, then (with --lr-final) a cosine over the wall-clock budget: session 7's CPU recipe, scaled to the lease
        decay = 1.0 if a.lr_final is None else a.lr_final / cfg.lr + (1 - a.lr_final / cfg.lr) * 0.5 * (1 + math.cos(math.pi * frac))
        for grp in opt.param_groups: grp["lr"] = cfg.lr * min(1.0, (step + 1) / cfg.warmup) * decay
        with torch.no_grad(): z = vae.to_latent(clips)
        w = object_weight(clips, z.shape[2:], cfg.object_weight) if cfg.object_weight else None
        loss = flow_target(model, z, emb, cmask, g, cond=clips, weight=w)
        opt.zero_grad(set_to_none=True); loss.backward()
        gn = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); step += 1; seen += 1
        with torch.no_grad():
            torch._foreach_lerp_(list(ema.parameters()), list(model.parameters()), 1 - a.ema)
        if step % 200 == 0:
            rec = dict(step=step0 + step, loss=round(loss.item(), 5), grad_norm=round(gn.item(), 3), size=list(clips.shape[2:]),
                       steps_per_s=round(seen / (time.time() - t0), 2), time=time.time(), device=str(dev), batch=cfg.batch_size)
            history.append(rec); print(json.dumps(rec), flush=True); t0, seen = time.time(), 0
        if time.time() - last_save > a.save_every: save(); last_save = time.time()
        if a.snapshots and frac >= (snaps_done + 1) / a.snapshots and snaps_done + 1 < a.snapshots:
            snaps_done += 1; save_file({k: v.detach().to("cpu").half().contiguous() for k, v in ema.state_dict().items()},
                                       str(out / f"snap-{snaps_done}.safetensors"), metadata={"step": str(step0 + step)})
            print(f"EMA snapshot {snaps_done} at step {step0 + step}", flush=True)
        if frac >= 1.0: break
    save()

class Clips(torch.utils.data.IterableDataset):
    "Endless batches of world clips (training combinations), a share of them occluder scenes; each worker its own stream."
    def __init__(self, batch, occluder, seed): self.batch, self.occluder, self.seed = batch, occluder, seed
    def __iter__(self):
        from sora_nb.autoencoder import world_clips
        w = torch.utils.data.get_worker_info(); rng = random.Random(f"{self.seed}-{w.id if w else 0}")
        torch.set_num_threads(1)
        while True: yield world_clips(self.batch, rng, occluder=self.occluder)[0]

def train_decoder(a):
    """Train a new decoder for the frozen encoder of `--init`'s autoencoder (`swap_decoder`), or (`--keep-decoder`) go on
    training its own decoder; write the EMA autoencoder to `--out` every `--save-every` seconds."""
    from sora_nb.autoencoder import VideoAutoencoder, swap_decoder, autoencoder_loss
    dev = torch.device(a.device); torch.manual_seed(a.seed)
    base = VideoAutoencoder.from_pretrained(a.init, torch_dtype=torch.float32)
    ae = swap_decoder(base, **json.loads(a.decoder))
    if a.keep_decoder: ae.decoder.load_state_dict(base.decoder.state_dict())
    ae.to(dev).train(); ema = copy.deepcopy(ae).requires_grad_(False)
    torch.backends.cudnn.benchmark = True; torch.backends.cudnn.allow_tf32 = True; torch.backends.cuda.matmul.allow_tf32 = True
    params = [p for p in ae.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.0)
    loader = torch.utils.data.DataLoader(Clips(a.batch, a.occluder, a.seed), batch_size=None, num_workers=a.workers, prefetch_factor=4, persistent_workers=a.workers > 0)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True); history = [dict(start=vars(a), params=sum(p.numel() for p in params))]
    g = torch.Generator().manual_seed(a.seed)   # autoencoder_loss draws the latent noise on the CPU
    t_start = last_save = t0 = time.time(); step = seen = 0
    def save():
        copy.deepcopy(ema).to("cpu").save_pretrained(out)
        (out / "history.json").write_text(json.dumps(history)); print(f"saved at step {step}", flush=True)
    for x in loader:
        x = x.to(dev, non_blocking=True); frac = min((time.time() - t_start) / (a.minutes * 60), 1.0)
        for grp in opt.param_groups: grp["lr"] = a.lr * min(1.0, (step + 1) / 200) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))
        loss, parts = autoencoder_loss(ae, x, g, 4.0 if a.object_weight is None else a.object_weight)
        opt.zero_grad(set_to_none=True); loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0); opt.step(); step += 1; seen += 1
        with torch.no_grad(): torch._foreach_lerp_(list(ema.decoder.parameters()), list(ae.decoder.parameters()), 1 - a.ema)
        if step % 200 == 0:
            rec = dict(step=step, loss=round(loss.item(), 5), **{k: round(v, 5) for k, v in parts.items()}, size=list(x.shape[2:]),
                       steps_per_s=round(seen / (time.time() - t0), 2), time=time.time(), device=str(dev), batch=a.batch)
            history.append(rec); print(json.dumps(rec), flush=True); t0, seen = time.time(), 0
        if time.time() - last_save > a.save_every: save(); last_save = time.time()
        if frac >= 1.0: break
    save()

if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("what", choices=["prune", "train", "decoder"]); ap.add_argument("dst", nargs="?")
    ap.add_argument("--minilm"); ap.add_argument("--init", default="data/nano"); ap.add_argument("--config", default=".carry/config.json")
    ap.add_argument("--minutes", type=float, default=7); ap.add_argument("--out", default="/tmp/gpu-run"); ap.add_argument("--device", default="cuda")
    ap.add_argument("--batch", type=int, default=64); ap.add_argument("--lr", type=float, default=1e-3); ap.add_argument("--ema", type=float, default=0.999)
    ap.add_argument("--workers", type=int, default=12); ap.add_argument("--seed", type=int, default=7); ap.add_argument("--save-every", type=float, default=120)
    ap.add_argument("--lr-final", type=float, default=None, help="train: cosine from --lr to this over the --minutes budget (default: constant)")
    ap.add_argument("--snapshots", type=int, default=0, help="train: also write the EMA weights at each of these equal fractions of the budget (snap-K.safetensors)")
    ap.add_argument("--occluder-weight", type=int, default=1, help="draw occluder scenes this many times as often within level 2")
    ap.add_argument("--bank-specs", type=int, default=None, help="a smaller caption bank (a quick smoke test on a CPU)")
    ap.add_argument("--decoder", default="{}", help="decoder: the decoder_* settings of the new decoder, as JSON")
    ap.add_argument("--keep-decoder", action="store_true", help="decoder: go on training --init's own decoder")
    ap.add_argument("--occluder", type=float, default=0.2, help="decoder: share of occluder scenes in each batch")
    ap.add_argument("--object-weight", type=float, default=None, help="decoder: loss weight of object pixels (default 4); train: TrainConfig.object_weight (default 0)")
    a = ap.parse_args()
    {"prune": lambda: prune(a.dst), "train": lambda: train(a), "decoder": lambda: train_decoder(a)}[a.what]()
