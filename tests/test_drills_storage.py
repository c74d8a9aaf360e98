"""Drill (issue 9): the output folder's disk fills up. A real tmpfs (as root, in a private mount namespace) is filled to a few
levels that hit different steps (the database, the staged MP4, the publish, the index); each time the batch stops with one
clear error, nothing is half-published, and once space is back the same batch resumes. Without root, a FakeFullDisk (a fake
named so, in this unit test of the orchestration only) makes the publish's rename fail with ENOSPC."""
import errno, json, os, shutil, subprocess, sys, textwrap
from pathlib import Path
import pytest, torch

from sora_nb.core import SoraNbError
from sora_nb.gallery import Gallery

BIN = Path(sys.executable).parent

@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    from sora_nb.models import SpacetimeTransformer
    d = tmp_path_factory.mktemp("tiny") / "model"
    torch.manual_seed(0); SpacetimeTransformer(hidden_size=48, depth=1, num_heads=4).save_pretrained(d)
    return d

def invariant(out: Path) -> dict:
    "What must hold after any failure: every MP4 has its row (and the reverse), no staged or temporary file is left."
    g = Gallery(out)
    with g.connect() as db: rows = sorted(r[0] for r in db.execute("SELECT path FROM creations WHERE path IS NOT NULL"))
    mp4s = sorted(p.name for p in out.glob("*.mp4"))
    left = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and (p.suffix == ".tmp" or "staging" in p.parts))
    return dict(problems=g.problems(), rows=rows, mp4s=mp4s, leftovers=left)

DRILL = textwrap.dedent('''
    import json, os, subprocess, sys
    from pathlib import Path
    from sora_nb.core import SoraNbError
    from sora_nb.backends import NanoBackend
    from sora_nb.batch import run_batch
    sys.path.insert(0, sys.argv[3]); from test_drills_storage import invariant
    out, ckpt = Path(sys.argv[1]), sys.argv[2]
    small = dict(steps=1, num_frames=4, height=16, width=16); tiny = NanoBackend(ckpt)
    src = out.parent / "p.jsonl"
    src.write_text("".join(json.dumps({"prompt": f"a {c} circle moving left"}) + "\\n" for c in ("red", "blue", "green", "white")))
    one = out.parent / "one.jsonl"; one.write_text(src.read_text().splitlines()[0] + "\\n")
    print(json.dumps({"first": str(run_batch(one, out, defaults=small, backend=tiny, quiet=True))}))
    for kb in (4, 48, 96, 160):
        st = os.statvfs(out); free = st.f_bavail * st.f_frsize
        with open(out.parent / "filler", "wb") as f: f.write(bytes(max(0, free - kb * 1024)))
        try: res = str(run_batch(src, out, defaults=small, backend=tiny, quiet=True))
        except SoraNbError as e: res = "SoraNbError: " + str(e)
        except Exception as e: res = f"ESCAPED {type(e).__name__}: {e}"
        cli = subprocess.run([sys.argv[4], "batch", str(src), "--out-dir", str(out), "--checkpoint", ckpt, "--quiet", "--steps", "1",
                              "--frames", "4", "--height", "16", "--width", "16"], capture_output=True, text=True) if kb == 4 else None
        (out.parent / "filler").unlink()
        print(json.dumps({"kb": kb, "result": res, "cli": cli and [cli.returncode, cli.stderr], **invariant(out)}))
    print(json.dumps({"resumed": str(run_batch(src, out, defaults=small, backend=tiny, quiet=True)), **invariant(out)}))
''')

@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None, reason="a private tmpfs needs root and unshare")
def test_disk_full_on_a_real_tmpfs(tmp_path, tiny):
    box = tmp_path / "box"; box.mkdir()
    (tmp_path / "drill.py").write_text(DRILL)
    cmd = ["unshare", "-m", "sh", "-c", 'mount -t tmpfs -o size=2M tmpfs "$0" && mkdir "$0/out" && exec "$@"', str(box),
           sys.executable, str(tmp_path / "drill.py"), str(box / "out"), str(tiny), str(Path(__file__).parent), str(BIN / "sora-nb")]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=400, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert r.returncode == 0, r.stderr[-3000:]
    lines = [json.loads(l) for l in r.stdout.splitlines() if l.startswith("{")]
    for l in lines: print("disk full drill:", {k: v for k, v in l.items() if k not in ("rows",)})
    assert lines[0]["first"].startswith("1 made")
    levels = lines[1:-1]
    assert [l["kb"] for l in levels] == [4, 48, 96, 160]
    for l in levels:
        assert not l["result"].startswith("ESCAPED"), l
        assert l["problems"] == [] and l["leftovers"] == [] and l["rows"] == l["mp4s"], l
        if l["result"].startswith("SoraNbError"):
            assert "cannot write to the output folder" in l["result"] and "run the same batch again" in l["result"], l
    assert any(l["result"].startswith("SoraNbError") for l in levels)
    rc, stderr = levels[0]["cli"]
    assert rc == 1 and stderr.count("\n") == 1 and "Traceback" not in stderr and "cannot write to the output folder" in stderr, stderr
    last = lines[-1]
    assert last["problems"] == [] and last["leftovers"] == [] and len(last["mp4s"]) == 4 and last["rows"] == last["mp4s"], last

class FakeFullDisk:
    "A fake (named so) for the orchestration unit test: renames into `folder` fail with ENOSPC, as on a full disk."
    def __init__(self, folder): self.folder, self.real = Path(folder).resolve(), os.replace
    def replace(self, src, dst, *a, **k):
        if Path(dst).resolve().parent == self.folder and str(dst).endswith(".mp4"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return self.real(src, dst, *a, **k)
    def __enter__(self): os.replace = self.replace; return self
    def __exit__(self, *a): os.replace = self.real

def test_a_publish_that_hits_a_full_disk_is_undone(tmp_path, tiny):
    from sora_nb.batch import run_batch
    from sora_nb.backends import NanoBackend
    src = tmp_path / "p.jsonl"; src.write_text('{"prompt": "a red circle moving left"}\n{"prompt": "a blue square moving up"}\n')
    out = tmp_path / "out"
    with FakeFullDisk(out), pytest.raises(SoraNbError) as e:
        run_batch(src, out, defaults=dict(steps=1, num_frames=4, height=16, width=16), backend=NanoBackend(tiny), quiet=True)
    print("full disk at publish:", e.value)
    assert "No space left on device" in str(e.value) and "run the same batch again" in str(e.value)
    assert invariant(out) == dict(problems=[], rows=[], mp4s=[], leftovers=[])
