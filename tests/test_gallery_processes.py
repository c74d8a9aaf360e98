"The gallery under several writer processes at once: no lost, duplicated or half-published creation."
import multiprocessing as mp
import numpy as np
from sora_nb.gallery import Gallery, Creation

def _writer(root, w, n, q):
    from sora_nb.core import Video, write_mp4
    from sora_nb.moderation.policy import Decision
    try:
        g = Gallery(root)
        for i in range(n):
            cid = f"w{w}n{i:07d}"
            f = np.random.default_rng(w * 100 + i).integers(0, 255, (2, 32, 32, 3), dtype=np.uint8)
            st = write_mp4(Video(f), g.staging / f"{cid}.mp4")
            ds = [Decision(f"{cid}-in", "allow", stage="input"), Decision(f"{cid}-out", "allow", stage="output")]
            # every writer also replaces one shared name, so supersession races too
            name = "shared.mp4" if i == 0 else f"{cid}.mp4"
            g.publish(Creation(cid, f"user{w}", "t2v", f"prompt {w} {i}", path=name), st, ds)
        q.put((w, None))
    except Exception as e:
        q.put((w, repr(e)))

def test_eight_writer_processes(tmp_path):
    Gallery(tmp_path)                                   # create and migrate once, as the studio would
    ctx = mp.get_context("spawn"); q = ctx.Queue()
    ps = [ctx.Process(target=_writer, args=(str(tmp_path), w, 5, q)) for w in range(8)]
    for p in ps: p.start()
    for p in ps: p.join(120)
    results = dict(q.get(timeout=5) for _ in ps)
    assert all(e is None for e in results.values()), results
    g = Gallery(tmp_path)
    with g.connect() as db:
        ids = [r[0] for r in db.execute("SELECT id FROM creations")]
        published = db.execute("SELECT COUNT(*) FROM creations WHERE path IS NOT NULL").fetchone()[0]
        decisions = db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
    assert len(ids) == len(set(ids)) == 40 and decisions == 80
    assert published == 33                              # 32 own names + the one current owner of shared.mp4
    assert g.problems() == [] and not list(g.staging.iterdir())
    assert len(list(tmp_path.glob("*.mp4"))) == 33
