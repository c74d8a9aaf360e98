"""C2PA faults that do not fit the notebook: processes racing to make the chain, crashes in the middle of signing,
a read-back that fails. Every test runs with SORA_NB_CONFIG in a temporary folder, never the user's real config."""
import hashlib, os, subprocess, sys
from pathlib import Path
import numpy as np
import pytest
import c2pa as c2pa_pkg
from sora_nb.core import CheckFailed, Video, write_mp4
import sora_nb.provenance.c2pa as C

ROOT = Path(__file__).resolve().parents[1]
CKPT = "cd" * 32

@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv("SORA_NB_CONFIG", str(tmp_path/"config"))
    return tmp_path/"config"

@pytest.fixture
def clip(tmp_path):
    frames = np.random.default_rng(0).integers(0, 256, (8, 64, 64, 3), dtype=np.uint8)
    return write_mp4(Video(frames, fps=8), tmp_path/"out"/"plain.mp4")

def _listing(folder): return sorted(p.name for p in Path(folder).iterdir())

def test_racing_processes_make_one_chain(config):
    "Four processes import first, say ready, then all call ensure_chain on the same empty config at the same moment."
    code = ("import hashlib, sys; from sora_nb.provenance.c2pa import ensure_chain; print('ready', flush=True); sys.stdin.readline(); "
            "print(hashlib.sha256(ensure_chain().signer_cert).hexdigest())")
    procs = [subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "SORA_NB_CONFIG": str(config)}) for _ in range(4)]
    assert [p.stdout.readline().strip() for p in procs] == ["ready"] * 4
    for p in procs: p.stdin.write("go\n"); p.stdin.flush()
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert len({o.strip() for o, _ in outs}) == 1
    assert _listing(config) == ["c2pa"]                       # the losers' temporary chains are gone
    assert hashlib.sha256(C.ensure_chain().signer_cert).hexdigest() == outs[0][0].strip()

def test_signer_crash_publishes_nothing(config, clip, monkeypatch):
    def crashing(chain):
        def boom(data): raise RuntimeError("signer crashed")
        return c2pa_pkg.Signer.from_callback(boom, c2pa_pkg.C2paSigningAlg.ES256, (chain.signer_cert + chain.intermediate_cert).decode(), None)
    C.ensure_chain()
    before = _listing(clip.parent)
    monkeypatch.setattr(C, "_signer", crashing)
    with pytest.raises(CheckFailed, match="signing"):
        C.sign(clip, clip.parent/"signed.mp4", creation_id="c", decision_id="d", checkpoint_sha256=CKPT)
    assert _listing(clip.parent) == before

def test_interrupt_mid_write_publishes_nothing(config, clip, monkeypatch):
    "A KeyboardInterrupt after c2pa has written part of the output: the temporary file goes, dst keeps its old bytes."
    dst = clip.parent/"signed.mp4"
    C.sign(clip, dst, creation_id="c", decision_id="d", checkpoint_sha256=CKPT)
    old, before = dst.read_bytes(), _listing(clip.parent)
    def half_then_interrupt(self, signer, fmt, src, out):
        out.write(b"\x00\x00\x00\x20ftyp" + b"\x00" * 1000); out.flush()
        raise KeyboardInterrupt
    monkeypatch.setattr(c2pa_pkg.Builder, "sign", half_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        C.sign(clip, dst, creation_id="c2", decision_id="d2", checkpoint_sha256=CKPT)
    assert _listing(clip.parent) == before and dst.read_bytes() == old

def test_failed_readback_publishes_nothing(config, clip, monkeypatch):
    real_read = C.read
    monkeypatch.setattr(C, "read", lambda p, chain=None: C.C2paReading("invalid", "simulated", failures=["x"]) if ".tmp" in str(p) else real_read(p, chain))
    with pytest.raises(CheckFailed, match="reads back as invalid"):
        C.sign(clip, clip.parent/"signed.mp4", creation_id="c", decision_id="d", checkpoint_sha256=CKPT)
    assert _listing(clip.parent) == ["plain.mp4"]

def test_chain_stays_out_of_the_repo(config, clip):
    C.sign(clip, clip.parent/"signed.mp4", creation_id="c", decision_id="d", checkpoint_sha256=CKPT)
    assert not Path(C.ensure_chain().folder).resolve().is_relative_to(ROOT)
    tracked = subprocess.run(["git", "ls-files", "*.key", "*signer.pem", "*root.pem"], cwd=ROOT, capture_output=True, text=True).stdout
    assert tracked.strip() == ""
