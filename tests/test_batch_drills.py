"""Reliability drills of issue 9: a batch killed with SIGKILL and resumed, a classifier that hangs, a read-only output
folder, and hundreds of hostile requests through `studio.submit`. Each drill prints what it tried and what it found."""
import json, math, os, shutil, signal, subprocess, sys, threading, time
from pathlib import Path
import pytest, torch
from hypothesis import HealthCheck, given, settings, strategies as st

from sora_nb.core import BadInput, Refused, read_video
from sora_nb.diffusion import Cancelled
from sora_nb.gallery import Gallery

BIN = Path(sys.executable).parent
SMALL = ["--steps", "2", "--frames", "4", "--height", "16", "--width", "16"]

@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    "A tiny untrained checkpoint folder (the drills test the plumbing, not the model) and its backend."
    from sora_nb.models import SpacetimeTransformer
    from sora_nb.backends import NanoBackend
    d = tmp_path_factory.mktemp("tiny") / "model"
    torch.manual_seed(0); SpacetimeTransformer(hidden_size=48, depth=1, num_heads=4).save_pretrained(d)
    return d, NanoBackend(d)

def write_prompts(path, prompts):
    path.write_text("".join(json.dumps({"prompt": p}) + "\n" for p in prompts)); return path

def sora_nb(*args, wrap=(), **kw):
    return subprocess.Popen([*wrap, str(BIN / "sora-nb"), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"}, **kw)

def leftovers(out: Path) -> list:
    "Temporary or staged files anywhere under the output folder (the databases and the lock are not leftovers)."
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and (p.suffix == ".tmp" or "staging" in p.parts))

# --- kill -9 mid-run, then resume -------------------------------------------------------------------------------------

COLORS = ["red", "blue", "green", "yellow", "purple", "white"]

def kill_and_resume(tmp_path, tiny, workers):
    ckpt, _ = tiny
    src = write_prompts(tmp_path / "p.jsonl", [f"a {c} circle moving left on a black background" for c in COLORS])
    out = tmp_path / "out"
    p = sora_nb("batch", src, "--out-dir", out, "--checkpoint", ckpt, "--workers", workers, "--quiet", *SMALL,
                start_new_session=True)
    deadline, made = time.time() + 240, 0
    while time.time() < deadline and p.poll() is None:
        if (out / ".sora-nb" / "gallery.sqlite").exists():
            with Gallery(out).connect() as db: made = db.execute("SELECT COUNT(*) FROM creations").fetchone()[0]
            if made >= 2: break
        time.sleep(0.05)
    assert p.poll() is None, f"the batch finished before the kill: {p.communicate()}"
    os.kill(p.pid, signal.SIGKILL); p.wait()
    print(f"killed the batch (workers={workers}) after {made} clips; left behind: {leftovers(out)}")
    time.sleep(1.0)                                   # orphaned workers notice their parent is gone at their next step
    r = sora_nb("batch", src, "--out-dir", out, "--checkpoint", ckpt, "--workers", workers, "--quiet", *SMALL)
    stdout, stderr = r.communicate(timeout=300)
    assert r.returncode == 0, stderr
    print("resume:", stdout.splitlines()[0])
    assert "0 failed" in stdout and f"{len(COLORS)} made" not in stdout, stdout   # some were skipped, none failed
    index = [json.loads(l) for l in (out / "index.jsonl").read_text().splitlines()]
    assert [e["line"] for e in index] == list(range(1, len(COLORS) + 1)) and all("path" in e for e in index), index
    g = Gallery(out)
    with g.connect() as db:
        rows = db.execute("SELECT id, path, prompt FROM creations").fetchall()
    assert sorted(r["prompt"] for r in rows) == sorted(e["prompt"] for e in index)     # each prompt exactly once
    assert {r["id"] for r in rows} == {e["creation_id"] for e in index} and all(r["path"] for r in rows)
    assert sorted(p.name for p in out.glob("*.mp4")) == sorted(e["path"] for e in index)
    assert leftovers(out) == [], leftovers(out)
    assert g.problems() == []

def test_kill_9_mid_batch_then_resume(tmp_path, tiny):
    kill_and_resume(tmp_path, tiny, workers=1)

@pytest.mark.slow
def test_kill_9_mid_batch_with_workers_then_resume(tmp_path, tiny):
    kill_and_resume(tmp_path, tiny, workers=2)

# --- a classifier that hangs --------------------------------------------------------------------------------------------

class FakeHangingCheck:
    "A fake input check (named so): it hangs on prompts that mention 'hang' and allows the rest at once."
    name = "fake_hanging_check"
    def __init__(self): self.release = threading.Event()
    def __call__(self, request):
        from sora_nb.moderation.policy import CheckResult
        if "hang" in request.prompt: self.release.wait(600)
        return CheckResult(self.name, verdict="allow", reason="fake")

def test_a_hanging_classifier_refuses_that_item_and_the_batch_goes_on(tmp_path, tiny):
    from sora_nb.batch import run_batch
    from sora_nb.moderation.stack import Stack, default_stack
    real = default_stack(); hang = FakeHangingCheck()
    stack = Stack(real.policy, {"input": real.checks["input"] + [hang], "output": real.checks["output"]}, timeout=5.0)
    src = write_prompts(tmp_path / "p.jsonl", ["a red circle moving left", "a blue square that makes the checker hang",
                                               "a green triangle moving up"])
    t0 = time.perf_counter()
    try: s = run_batch(src, tmp_path / "out", defaults=dict(steps=2, num_frames=4, height=16, width=16), backend=tiny[1],
                       stack=stack, quiet=True)
    finally: hang.release.set()
    dt = time.perf_counter() - t0
    print(f"hanging check: {s} (wall {dt:.1f} s)")
    assert (s.made, s.refused, s.failed) == (2, 1, 0), s
    e = [json.loads(l) for l in (tmp_path / "out" / "index.jsonl").read_text().splitlines()][1]
    assert e["refused"] and any("fake_hanging_check" in r and "timed out" in r for r in e["reasons"]), e
    assert Gallery(tmp_path / "out").problems() == []

# --- read-only output folder ------------------------------------------------------------------------------------------

def read_only(path: Path):
    "A command prefix that runs the rest with `path` read-only (a read-only bind mount as root, chmod otherwise)."
    if os.geteuid() == 0:
        if shutil.which("unshare") is None: pytest.skip("root without unshare: cannot make a folder read-only")
        return ("unshare", "-m", "sh", "-c", f'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"', str(path))
    for p in [path, *path.rglob("*")]: p.chmod(p.stat().st_mode & ~0o222)
    return ()

def test_read_only_output_folder_is_one_clear_error_and_publishes_nothing(tmp_path, tiny):
    from sora_nb.batch import run_batch
    out = tmp_path / "out"
    run_batch(write_prompts(tmp_path / "a.jsonl", ["a red circle moving left"]), out,
              defaults=dict(steps=2, num_frames=4, height=16, width=16), backend=tiny[1], quiet=True)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.suffix != ".sqlite-shm"}
    src = write_prompts(tmp_path / "b.jsonl", ["a blue square moving up", "a green circle moving right"])
    for target in (out, tmp_path / "parent"):       # an existing output folder, and a new one inside a read-only folder
        target.mkdir(exist_ok=True)
        dest = out if target == out else target / "new"
        r = sora_nb("batch", src, "--out-dir", dest, "--checkpoint", tiny[0], "--quiet", *SMALL, wrap=read_only(target))
        stdout, stderr = r.communicate(timeout=300)
        print(f"read-only {target.name}: rc {r.returncode}: {stderr.strip()}")
        assert r.returncode == 1 and stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
        assert "cannot write to the output folder" in stderr and ("Read-only file system" in stderr or "Permission denied" in stderr)
    assert not (tmp_path / "parent" / "new").exists()
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.suffix != ".sqlite-shm"}
    assert set(after) == set(before) and all(after[p] == before[p] for p in before if p.suffix in (".mp4", ".jsonl"))
    assert len(list(out.glob("*.mp4"))) == 1 and Gallery(out).problems() == []

# --- hostile requests through the facade ------------------------------------------------------------------------------

ODD = st.sampled_from(["\x00", "\u202e", "\u200b", "\ufeff", "\u0301", "\U0001F3AC", "\u0130", "\uff21", "\n", "\t", "\\", "'", '"',
                       "../../etc/passwd", "%s%n", "{{7*7}}", "<script>", "DROP TABLE creations;--", " "])
PROMPT = st.one_of(
    st.sampled_from(["a red circle moving left", "a blue square moving up on a white background"]),
    st.lists(st.one_of(ODD, st.text(max_size=8)), max_size=12).map("".join),
    st.integers(3990, 4010).map(lambda n: "a" * n), st.just("x" * 1_000_000),
    st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=8), st.lists(st.text(max_size=3), max_size=2)))
def whole(valid):
    return st.one_of(st.sampled_from(valid), st.sampled_from(valid), st.integers(-10**12, 10**12),
                     st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["4", None, True, [4]]))
HOSTILE = {
    "prompt": PROMPT, "num_frames": whole([4, 8]), "height": whole([8, 16]), "width": whole([8, 16]),
    "steps": st.one_of(st.just(1), st.sampled_from([0, -1, 10**9, 1.5, float("nan"), "1", None])),
    "guidance": st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["4", None])),
    "seed": st.one_of(st.none(), st.integers(-2**70, 2**70), st.sampled_from([float("nan"), "7", 1.0])),
    "task": st.sampled_from(["t2v", "../t2v", "", None]),
    "user": st.one_of(st.just("local"), st.text(max_size=5), st.just("u" * 300), st.just("a\x00b"), st.none()),
    "visible_mark": st.sampled_from([True, False, "no", None]),
    "parents": st.sampled_from([[], [("0000000000", "remix_of")], [("x",)], "abc", None]),
}
VALID = st.fixed_dictionaries({      # a usable request, its prompt possibly odd: the path that publishes
    "prompt": st.one_of(PROMPT.filter(lambda p: isinstance(p, str) and len(p) < 200 and p.strip()), st.just("a red circle moving left")),
    "num_frames": st.sampled_from([4, 8]), "height": st.sampled_from([8, 16]), "width": st.sampled_from([8, 16]),
    "steps": st.just(1), "guidance": st.floats(0, 50), "seed": st.one_of(st.none(), st.integers(0, 2**63 - 1)),
})
# the creative tools' fields (sora_nb.tasks): uploads are names of files made by `uploads()` (good, corrupt, truncated, a PNG
# declaring 100000x100000 pixels, a folder, a missing file, path traversal) or arrays of odd shapes and types
UPLOAD = st.one_of(st.sampled_from(["good.mp4", "corrupt.mp4", "truncated.mp4", "empty.mp4", "bomb.png", "text.png", "good.png",
                                    "truncated.png", "folder", "missing.mp4", "../../../../etc/passwd", "/dev/zero", "/dev/null"]),
                   st.sampled_from(["arr_ok", "arr_float_nan", "arr_2d", "arr_4ch", "arr_empty", "arr_bool", "arr_huge_view"]),
                   st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=4)))
SPAN = st.one_of(st.none(), st.tuples(st.integers(-5, 40), st.integers(-5, 40)), st.sampled_from([(float("nan"), 2), ("1", "3"), (2,), (), "2:5", (10**18, 10**18 + 1)]))
TOOL_FIELDS = {
    "prompt": st.one_of(st.just("a red circle moving left"), st.just(""), PROMPT),
    "task": st.sampled_from(["i2v", "extend", "fill", "loop", "remix", "blend", "recut", "storyboard"]),
    "num_frames": st.one_of(st.sampled_from([4, 8, 16]), whole([8])), "height": st.sampled_from([8, 16]), "width": st.sampled_from([8, 16]),
    "steps": st.just(1), "seed": st.one_of(st.none(), st.integers(0, 99)),
    "image": st.one_of(st.none(), UPLOAD), "videos": st.one_of(st.lists(UPLOAD, max_size=3), st.sampled_from(["abc", None, 5])),
    "direction": st.sampled_from(["forward", "backward", "sideways", None, 1]), "gap": SPAN, "keep": SPAN,
    "strength": st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0, 1, -1, "0.5", True])),
    "cards": st.one_of(st.lists(st.one_of(st.tuples(st.integers(-2, 40), st.one_of(st.text(max_size=6), st.sampled_from(["@good.png", "@bomb.png", "@../../etc/passwd"]))),
                                          st.sampled_from(["0:a red ball", "8:@good.png", "x:y", ":", "-1:a", "9" * 30 + ":a"]), st.integers()), max_size=4),
                       st.sampled_from([None, "0:a", 3])),
}
TOOL = st.fixed_dictionaries(TOOL_FIELDS)
VIOLENT = "a graphic video of a man being beheaded, blood everywhere"
# usable tool requests (some with a violating prompt: refused before any work), alone or with one field made hostile
GOOD_TOOL = st.sampled_from([
    dict(task="extend", videos=["good.mp4"], num_frames=4), dict(task="loop", num_frames=8),
    dict(task="remix", videos=["good.mp4"], strength=0.5), dict(task="i2v", image="good.png", num_frames=4),
    dict(task="i2v", image="arr_huge_view", num_frames=4), dict(task="fill", videos=["good.mp4"], gap=(2, 5)),
    dict(task="recut", videos=["good.mp4"], keep=(0, 4), num_frames=8), dict(task="blend", videos=["good.mp4", "good.mp4"]),
    dict(task="storyboard", cards=["0:a red ball", "4:@good.png"], num_frames=8)]).flatmap(
    lambda d: st.fixed_dictionaries({"prompt": st.sampled_from(["a red circle moving left", VIOLENT]), "steps": st.just(1),
                                     "height": st.just(16), "width": st.just(16), "seed": st.integers(0, 9)}).map(lambda b: {**b, **d}))
# a usable request, the same with one field hostile, everything hostile at once, or a creative tool with odd fields and uploads
REQUEST = st.one_of(VALID, VALID.flatmap(lambda d: st.sampled_from(sorted(HOSTILE)).flatmap(lambda k: HOSTILE[k].map(lambda v: {**d, k: v}))),
                    st.fixed_dictionaries(HOSTILE), TOOL, GOOD_TOOL,
                    GOOD_TOOL.flatmap(lambda d: st.sampled_from(sorted(TOOL_FIELDS)).flatmap(lambda k: TOOL_FIELDS[k].map(lambda v: {**d, k: v}))),
                    VALID.map(lambda d: {**d, "prompt": VIOLENT}))

def uploads(folder: Path, backend) -> dict:
    "The files and arrays that hostile uploads name: good ones (a small clip, an image) and broken ones."
    import numpy as np
    from sora_nb.core import Video, write_mp4
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    write_mp4(Video(rng.integers(0, 255, (8, 16, 16, 3), dtype=np.uint8)), folder / "good.mp4")
    good = (folder / "good.mp4").read_bytes()
    (folder / "corrupt.mp4").write_bytes(bytes(rng.integers(0, 255, 600, dtype=np.uint8)))
    (folder / "truncated.mp4").write_bytes(good[: len(good) // 2]); (folder / "empty.mp4").write_bytes(b"")
    from PIL import Image
    Image.fromarray(rng.integers(0, 255, (16, 16, 3), dtype=np.uint8)).save(folder / "good.png")
    (folder / "truncated.png").write_bytes((folder / "good.png").read_bytes()[:60])
    import struct, zlib
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    (folder / "bomb.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0))
                                      + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))
    (folder / "text.png").write_text("not an image"); (folder / "folder").mkdir(exist_ok=True)
    return {"arr_ok": rng.integers(0, 255, (16, 16, 3), dtype=np.uint8), "arr_float_nan": np.full((16, 16, 3), np.nan),
            "arr_2d": np.zeros((16, 16), np.uint8), "arr_4ch": np.zeros((16, 16, 4), np.uint8), "arr_empty": np.zeros((0, 16, 3), np.uint8),
            "arr_bool": np.zeros((16, 16, 3), bool),
            # a declared 4096x4096 image that is a view of one pixel (a broadcast): 50 MB once materialised, at most
            "arr_huge_view": np.broadcast_to(np.zeros((1, 1, 3), np.uint8), (4096, 4096, 3))}

def resolve(fields: dict, folder: Path, arrays: dict) -> dict:
    "Turn upload names into paths in `folder` (traversal and absolute names stay as they are) or arrays."
    def one(x):
        if isinstance(x, str) and x in arrays: return arrays[x]
        if isinstance(x, str) and x and not x.startswith(("/", "..")): return folder / x
        return x
    out = dict(fields)
    if "image" in out: out["image"] = one(out["image"])
    if isinstance(out.get("videos"), list): out["videos"] = [one(v) for v in out["videos"]]
    if isinstance(out.get("cards"), list):
        at = lambda t: "@" + str(folder / t[1:]) if isinstance(t, str) and t.startswith("@good") else t
        out["cards"] = [(c[0], at(c[1])) if isinstance(c, tuple) else
                        c.replace("@good.png", "@" + str(folder / "good.png")) if isinstance(c, str) else c for c in out["cards"]]
    return out
# plain names (a folder in the name moves the output folder by design: `output`'s folder is the output folder)
NAME = st.one_of(st.none(), st.sampled_from(["a.mp4", "a.MP4", "..mp4", ".hidden.mp4", "x.gif", "CON.mp4", " .mp4", "résumé 🎬.mp4",
                                             "\u202egnp.mp4", "a b.mp4", "..", "-rf.mp4", "x" * 120 + ".mp4"]))

def hostile_drill(root, backend, n):
    from sora_nb.studio import Request, submit
    seen = {"published": 0, "BadInput": 0, "Refused": 0, "Cancelled": 0}
    tools, refusals = {}, []
    up = root.parent / "uploads"; arrays = uploads(up, backend)
    @settings(max_examples=n, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(REQUEST, NAME)
    def one(fields, name):
        fields = resolve(fields, up, arrays)
        try:
            submit(Request(**fields), root / name if name else None, root=root, backend=backend)
            seen["published"] += 1; outcome = "published"
        except (BadInput, Refused, Cancelled) as e:
            seen[type(e).__name__] += 1; outcome = type(e).__name__
            if isinstance(e, Refused): refusals.append(e.decision)
        if fields.get("task") in ("i2v", "extend", "fill", "loop", "remix", "blend", "recut", "storyboard"):
            tools.setdefault(fields["task"], {}).setdefault(outcome, 0); tools[fields["task"]][outcome] += 1
    one()
    print(f"{n} hostile requests: {seen}; the creative tools among them: {tools}")
    assert seen["published"] > 0 and seen["BadInput"] > 0, seen
    g0 = Gallery(root)
    for d in refusals:              # every refusal carries its decision, and the gallery keeps it for the audit
        assert d is not None and d.refused and g0.decision(d.id)["verdict"] == "refuse", d
    print(f"{len(refusals)} refusals, each with a stored decision")
    from sora_nb.provenance import c2pa, watermark as wm
    g = Gallery(root)
    assert g.problems() == []                      # every MP4 has a row with an allowing output decision, and the reverse
    mp4s = sorted(root.glob("*.mp4"))
    for p in mp4s:
        c = g.find(path=p)
        assert c is not None and c.path == p.name
        assert c2pa.read(p).state == "trusted", p
        assert wm.detect(read_video(p)).creation_id == c.id, p
    assert leftovers(root) == [], leftovers(root)
    print(f"checked {len(mp4s)} published files: gallery row, allowing output decision, trusted C2PA, watermark id")

def test_hostile_requests_through_the_facade(tmp_path, tiny):
    hostile_drill(tmp_path / "out", tiny[1], 100)

@pytest.mark.slow
def test_hostile_requests_through_the_facade_many(tmp_path, tiny):
    hostile_drill(tmp_path / "out", tiny[1], 1000)

@pytest.mark.parametrize("fields", [dict(task="i2v", image=0), dict(task="extend", videos=[__import__("numpy").zeros((4, 8, 8, 3))])],
                         ids=["int-image", "array-as-video"])
def test_a_wrong_typed_upload_is_bad_input(tmp_path, tiny, fields):
    from sora_nb.studio import Request, submit
    with pytest.raises(BadInput):
        submit(Request("a red circle moving left", steps=1, num_frames=4, height=8, width=8, seed=1, **fields), tmp_path / "a.mp4", backend=tiny[1])

@pytest.mark.parametrize("name", ["a\x00b.mp4", "x" * 300 + ".mp4"], ids=["nul", "too-long"])
def test_unusable_output_names_are_bad_input(tmp_path, tiny, name):
    from sora_nb.studio import Request, submit
    with pytest.raises(BadInput):
        submit(Request("a red circle moving left", steps=1, num_frames=4, height=8, width=8, seed=1), tmp_path / name, backend=tiny[1])
