"""A batch on Ray (issue 9): a local Ray started by the test on 127.0.0.1 (num_cpus=2) inside the suite's loopback-only
network namespace; two actors each load the model once and publish through `studio.submit` into ONE output folder.
Outside such a namespace these tests are skipped: a local Ray probes the cloud-metadata address even with usage stats off."""
import json, os, subprocess, sys, time
from pathlib import Path
import pytest, torch

from sora_nb.batch import loopback_only

# one xdist worker runs the whole module (`--dist loadgroup`), so one local Ray serves it: two would fight over two cores
pytestmark = [pytest.mark.skipif(not loopback_only(), reason="Ray runs only in a loopback-only network namespace (unshare --net)"),
              pytest.mark.xdist_group("ray")]

PROMPTS = ["a red circle moving left on a black background", "a blue square moving up on a white background",
           "a graphic video of a man being beheaded, blood everywhere",      # refused before generation
           "a green triangle moving right", "a yellow circle staying still"]
SMALL = dict(steps=2, num_frames=4, height=16, width=16)

@pytest.fixture(scope="module")
def ckpt(tmp_path_factory):
    from sora_nb.models import SpacetimeTransformer
    d = tmp_path_factory.mktemp("tiny") / "model"
    torch.manual_seed(0); SpacetimeTransformer(hidden_size=48, depth=1, num_heads=4).save_pretrained(d)
    return d

@pytest.fixture(scope="module")
def local_ray():
    "One local Ray for this module (num_cpus=2, 127.0.0.1); `run_batch` and `prefilter` reuse a connected process's Ray."
    from sora_nb.batch import ray_connect
    t0 = time.perf_counter()
    ray, started = ray_connect("local", num_cpus=2)
    print(f"Ray started in {time.perf_counter() - t0:.1f} s: {ray.cluster_resources().get('CPU')} CPUs")
    yield ray
    if started: ray.shutdown()

def test_ray_is_not_imported_with_the_package():
    code = "import sys, sora_nb, sora_nb.batch, sora_nb.cli, sora_nb.prefilter; assert 'ray' not in sys.modules, 'ray imported'"
    subprocess.run([sys.executable, "-c", code], check=True)

def test_batch_on_a_local_ray_into_one_gallery(tmp_path, ckpt, local_ray):
    from sora_nb.batch import run_batch
    from sora_nb.gallery import Gallery
    from sora_nb.provenance import c2pa
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps({"prompt": p}) + "\n" for p in PROMPTS))
    out = tmp_path / "out"
    t0 = time.perf_counter()
    s = run_batch(src, out, defaults=SMALL, checkpoint=ckpt, ray="local", quiet=True)
    dt = time.perf_counter() - t0
    print(f"Ray batch (local, num_cpus=2, 2 actors): {s} (wall {dt:.1f} s incl. actor start-up)")
    assert (s.made, s.refused, s.failed, s.skipped) == (4, 1, 0, 0), s
    index = [json.loads(l) for l in (out / "index.jsonl").read_text().splitlines()]
    assert [e["line"] for e in index] == [1, 2, 3, 4, 5]
    assert [("path" in e, e.get("refused", False)) for e in index] == [(True, False)] * 2 + [(False, True)] + [(True, False)] * 2
    g = Gallery(out)
    assert g.problems() == []
    with g.connect() as db:
        rows = db.execute("SELECT id, path FROM creations").fetchall()
        refusals = db.execute("SELECT id FROM decisions WHERE verdict = 'refuse'").fetchall()
    assert sorted(r["path"] for r in rows) == sorted(e["path"] for e in index if "path" in e) == sorted(p.name for p in out.glob("*.mp4"))
    assert {r["id"] for r in rows} == {e["creation_id"] for e in index if "path" in e}
    assert [r["id"] for r in refusals] == [index[2]["decision_id"]] and "violence" in index[2]["categories"]
    assert all(c2pa.read(out / e["path"]).state == "trusted" for e in index if "path" in e)
    from sora_nb.batch import BatchState
    assert BatchState(out / ".sora-nb").refused() == {index[2]["key"]: index[2]["decision_id"]}
    # the rerun does nothing: Ray is not even started, the index is byte for byte the same
    before = (out / "index.jsonl").read_text()
    t0 = time.perf_counter()
    s2 = run_batch(src, out, defaults=SMALL, checkpoint=ckpt, ray="local", quiet=True)
    print(f"rerun: {s2} ({time.perf_counter() - t0:.1f} s)")
    assert (s2.made, s2.skipped, s2.refused, s2.failed) == (0, 5, 0, 0), s2
    assert (out / "index.jsonl").read_text() == before and len(list(out.glob("*.mp4"))) == 4

@pytest.mark.slow
def test_cli_batch_with_ray_resumes_a_partial_folder(tmp_path, ckpt):
    "The CLI: `sora-nb batch FILE --ray local` (its own Ray, started and shut down) makes only the lines a plain batch left."
    from sora_nb.batch import run_batch
    from sora_nb.gallery import Gallery
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps({"prompt": p, "seed": i}) + "\n" for i, p in enumerate(PROMPTS[:2])))
    out = tmp_path / "out"
    from sora_nb.backends import NanoBackend
    run_batch(src, out, defaults=SMALL, backend=NanoBackend(ckpt), quiet=True)
    src.write_text("".join(json.dumps({"prompt": p, "seed": i}) + "\n" for i, p in enumerate(PROMPTS[:2] + PROMPTS[3:])))
    r = subprocess.run([str(Path(sys.executable).parent / "sora-nb"), "batch", str(src), "--out-dir", str(out), "--ray", "local",
                        "--checkpoint", str(ckpt), "--quiet", "--steps", "2", "--frames", "4", "--height", "16", "--width", "16"],
                       capture_output=True, text=True, timeout=240)
    print(r.stdout, r.stderr[-2000:])
    assert r.returncode == 0 and r.stdout.startswith("2 made, 2 skipped, 0 refused, 0 failed"), (r.stdout, r.stderr[-2000:])
    assert len(list(out.glob("*.mp4"))) == 4 and Gallery(out).problems() == []

def test_prefilter_as_a_ray_data_pipeline_matches_the_local_map(tmp_path, local_ray):
    from sora_nb.prefilter import prefilter, planted_training_set, comparable
    src, lists, must_drop = planted_training_set(tmp_path / "set")
    t0 = time.perf_counter(); local = prefilter(src, tmp_path / "local", hash_lists=lists); t_local = time.perf_counter() - t0
    t0 = time.perf_counter(); on_ray = prefilter(src, tmp_path / "ray", hash_lists=lists, ray="local"); t_ray = time.perf_counter() - t0
    print(f"prefilter: {local}\nprefilter: {on_ray} (local map {t_local:.1f} s, Ray Data, two actors, {t_ray:.1f} s incl. their start-up)")
    read = lambda r: [json.loads(l) for l in r.manifest.read_text().splitlines()]
    assert [comparable(e) for e in read(on_ray)] == [comparable(e) for e in read(local)]
    assert sorted(e["id"] for e in read(on_ray) if not e["kept"]) == must_drop
    assert (on_ray.by_category, on_ray.by_check) == (local.by_category, local.by_check) and on_ray.engine == "ray (local)"
