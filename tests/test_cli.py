"The `sora-nb` command as a user runs it: real MP4 files from the shipped model, one-line errors, nothing half-written."
import json
import numpy as np
import av, pytest
from sora_nb.core import read_video
from sora_nb.cli import main

PROMPT = "a red circle moving right on a blue background"

def test_generate_writes_a_playable_h264_mp4(tmp_path, sora_nb_cli):
    out = tmp_path / "clip.mp4"
    r = sora_nb_cli("generate", PROMPT, "-o", out, "--seed", 3, "--quiet")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out)
    with av.open(str(out)) as c:
        s = c.streams.video[0]
        assert s.codec_context.name == "h264" and s.codec_context.pix_fmt == "yuv420p"
    v = read_video(out)
    assert v.num_frames == 16 and min(v.height, v.width) >= 256
    assert v.metadata["native_size"] == [16, 32, 32] and v.metadata["request"]["prompt"] == PROMPT
    assert len(v.metadata["checkpoint_sha256"]) == 64

def test_same_seed_same_video_other_seed_other_video(tmp_path):
    paths = [tmp_path / f"{n}.mp4" for n in "abc"]
    for p, seed in zip(paths, (5, 5, 6)):
        assert main(["generate", PROMPT, "-o", str(p), "--seed", str(seed), "--steps", "8", "--quiet"]) == 0
    a, b, c = (read_video(p).frames.astype(int) for p in paths)
    # Each publish carries its own creation id in an invisible watermark, so same-seed files differ by that mark alone: a
    # faint pattern everywhere, never a large change. Another seed puts the object elsewhere (the model follows the prompt,
    # so colours and background stay): there a share of the pixels changes by far more than the mark ever does.
    big = lambda x, y: float((np.abs(x - y).max(-1) > 60).mean())
    assert big(a, b) < 0.001 and np.abs(a - b).max() < 60, (big(a, b), np.abs(a - b).max())
    assert big(a, c) > 0.02, big(a, c)

def test_other_sizes_and_durations(tmp_path):
    for (T, H, W) in [(32, 32, 32), (16, 32, 48), (16, 48, 32)]:
        p = tmp_path / f"{T}-{H}-{W}.mp4"
        assert main(["generate", PROMPT, "-o", str(p), "--seed", "1", "--steps", "4", "--frames", str(T),
                     "--height", str(H), "--width", str(W), "--quiet"]) == 0
        v = read_video(p)
        assert v.metadata["native_size"] == [T, H, W] and v.num_frames == T and v.height * W == v.width * H

def test_batch_writes_one_mp4_per_line_and_an_index(tmp_path):
    src = tmp_path / "prompts.jsonl"
    lines = [{"prompt": "a green square moving up on a black background", "seed": 1},
             {"prompt": "a yellow triangle staying still on a purple background", "seed": 2, "steps": 4},
             {"prompt": "a small white circle moving left on a gray background"}]
    src.write_text("".join(json.dumps(l) + "\n" for l in lines))
    out = tmp_path / "batch"
    assert main(["generate", "--prompts", str(src), "--out-dir", str(out), "--steps", "6", "--quiet"]) == 0
    index = [json.loads(l) for l in (out / "index.jsonl").read_text().splitlines()]
    assert [r["prompt"] for r in index] == [l["prompt"] for l in lines]
    assert [r["seed"] for r in index[:2]] == [1, 2] and isinstance(index[2]["seed"], int)
    assert [r["steps"] for r in index] == [6, 4, 6]
    for r in index:
        v = read_video(out / r["path"])
        assert v.metadata["request"]["seed"] == r["seed"] and v.metadata["creation_id"] == r["creation_id"]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted([r["path"] for r in index] + ["index.jsonl"])

BAD = [
    (["generate", "   ", "-o", "{d}/x.mp4"], "prompt is empty"),
    (["generate", "x" * 100_000, "-o", "{d}/x.mp4"], "100,000 characters"),
    (["generate", PROMPT, "-o", "{d}/x.mp4", "--height", "0"], "height must be between"),
    (["generate", PROMPT, "-o", "{d}/x.mp4", "--width", "-32"], "width must be between"),
    (["generate", PROMPT, "-o", "{d}/x.mp4", "--height", "36"], "not divisible"),
    (["generate", PROMPT, "-o", "{d}/x.mp4", "--frames", "256"], "frames must be between"),
    (["generate", PROMPT, "-o", "{d}/x.mp4", "--checkpoint", "{d}/no-such-model"], "no model checkpoint"),
    (["generate", PROMPT, "-o", "{d}/x.gif"], "must be an .mp4"),
    (["generate", "--prompts", "{d}/missing.jsonl", "--out-dir", "{d}/o"], "no such file"),
]

@pytest.mark.parametrize("args,message", BAD, ids=[m for _, m in BAD])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, args, message):
    rc = main([a.format(d=tmp_path) for a in args])
    err = capsys.readouterr().err
    assert rc != 0 and message in err and err.count("\n") == 1, err
    assert [p.name for p in tmp_path.iterdir()] == []

def test_corrupt_batch_file_stops_before_any_clip(tmp_path, capsys):
    src = tmp_path / "p.jsonl"
    src.write_text('{"prompt": "a red ball"}\n{"prompt": ""}\n')
    assert main(["generate", "--prompts", str(src), "--out-dir", str(tmp_path / "o")]) == 1
    assert "p.jsonl:2: prompt is empty" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()

def test_errors_from_the_console_script_are_one_line(tmp_path, sora_nb_cli):
    r = sora_nb_cli("generate", "", "-o", tmp_path / "x.mp4")
    assert r.returncode == 1 and r.stderr.strip() == "sora-nb generate: error: prompt is empty", r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "x.mp4").exists()

VIOLATING = "a graphic video of a man being beheaded, blood everywhere"

def test_a_refused_prompt_is_an_error_line_and_writes_nothing(tmp_path, capsys):
    assert main(["generate", VIOLATING, "-o", str(tmp_path / "x.mp4"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "refused (before generation)" in err and "violence" in err and "[decision dec_" in err and err.count("\n") == 1, err
    assert not list(tmp_path.glob("*.mp4"))                      # nothing published...
    from sora_nb.gallery import Gallery
    did = err.split("[decision ")[1].split("]")[0]
    assert Gallery(tmp_path).decision(did)["verdict"] == "refuse"  # ...and the refusal is on record

def test_a_refusal_shows_no_progress_bar(tmp_path, capsys):
    assert main(["generate", VIOLATING, "-o", str(tmp_path / "x.mp4")]) == 1      # not --quiet: a bar would be drawn
    err = capsys.readouterr().err
    assert "refused (before generation)" in err and "denoising" not in err, err

def test_a_batch_records_refusals_and_goes_on(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text(json.dumps({"prompt": VIOLATING}) + "\n" + json.dumps({"prompt": PROMPT, "seed": 1}) + "\n")
    out = tmp_path / "o"
    assert main(["generate", "--prompts", str(src), "--out-dir", str(out), "--steps", "4", "--quiet"]) == 0
    first, second = [json.loads(l) for l in (out / "index.jsonl").read_text().splitlines()]
    assert first["refused"] is True and first["decision_id"].startswith("dec_") and "path" not in first
    assert "violence" in first["categories"]
    assert (out / second["path"]).exists() and len(second["decisions"]) == 3       # input, LLM filter, output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted([second["path"], "index.jsonl"])

def test_verify_and_gallery_from_the_command_line(tmp_path, sora_nb_cli):
    "Publish with the shipped model, then ask the CLI where a copy came from after the manifest is stripped."
    out = tmp_path / "clip.mp4"
    assert main(["generate", PROMPT, "-o", str(out), "--seed", "2", "--steps", "6", "--quiet"]) == 0
    r = sora_nb_cli("verify", out, "--json", "--gallery", tmp_path)
    assert r.returncode == 0, r.stderr
    v = json.loads(r.stdout)
    cid = read_video(out).metadata["creation_id"]
    assert (v["answer"], v["creation_id"], v["c2pa"]["state"]) == ("yes", cid, "trusted")
    assert v["watermark"]["creation_id"] == cid and v["fingerprint"]["creation_id"] == cid
    from sora_nb.core import Video, write_mp4
    src = read_video(out)
    copy = write_mp4(Video(src.frames, src.fps), tmp_path / "copies" / "reencoded.mp4", crf=28)   # no manifest any more
    r = sora_nb_cli("verify", copy, "--gallery", tmp_path)
    assert r.returncode == 0 and "YES" in r.stdout and cid in r.stdout and "no C2PA manifest" in r.stdout, r.stdout
    r = sora_nb_cli("gallery", "recent", "--root", tmp_path)
    assert r.returncode == 0 and cid in r.stdout and "clip.mp4" in r.stdout, r.stdout + r.stderr
    assert sora_nb_cli("gallery", "problems", "--root", tmp_path).returncode == 0
    r = sora_nb_cli("gallery", "feature", cid, "--root", tmp_path, "--by", "someone")
    assert r.returncode == 1 and "may not feature" in r.stderr
    r = sora_nb_cli("verify", tmp_path / "nope.mp4")
    assert r.returncode == 1 and r.stderr.strip().endswith("no such file"), r.stderr

def test_the_tools_from_the_command_line(tmp_path):
    "Each tool as a user runs it: uploads are the files earlier commands wrote; outputs are published, moderated MP4s."
    from sora_nb.gallery import Gallery
    from PIL import Image
    d = tmp_path; run = lambda *a: main([str(x) for x in a] + ["--steps", "4", "--seed", "1", "--quiet"])
    assert run("generate", PROMPT, "-o", d / "a.mp4") == 0
    assert run("generate", "a green square moving left on a white background", "-o", d / "b.mp4") == 0
    a = read_video(d / "a.mp4")
    Image.fromarray(a.frames[0]).save(d / "still.png")
    cases = {
        "i2v.mp4": ["--task", "i2v", "--image", d / "still.png", PROMPT],
        "ext.mp4": ["--task", "extend", "--video", d / "a.mp4", "--frames", "8", PROMPT],
        "back.mp4": ["--task", "extend", "--video", d / "a.mp4", "--frames", "8", "--direction", "backward", PROMPT],
        "fill.mp4": ["--task", "fill", "--video", d / "a.mp4", "--gap", "6:10"],
        "loop.mp4": ["--task", "loop", PROMPT],
        "remix.mp4": ["--task", "remix", "--video", d / "a.mp4", "--strength", "0.5", "a yellow circle moving right on a blue background"],
        "blend.mp4": ["--task", "blend", "--video", d / "a.mp4", "--video", d / "b.mp4"],
        "recut.mp4": ["--task", "recut", "--video", d / "a.mp4", "--keep", "4:12", "--frames", "16"],
        "story.mp4": ["--task", "storyboard", "--card", "0:" + PROMPT, "--card", "12:a red circle moving left on a blue background"],
    }
    native = {}
    for name, args in cases.items():
        assert run("generate", *args, "-o", d / name) == 0, name
        v = read_video(d / name); native[name] = v.metadata["native_size"][0]
        assert v.metadata["request"]["task"] == args[1] and min(v.height, v.width) >= 256, name
    assert native == {"i2v.mp4": 16, "ext.mp4": 24, "back.mp4": 24, "fill.mp4": 16, "loop.mp4": 16, "remix.mp4": 16,
                      "blend.mp4": 40, "recut.mp4": 16, "story.mp4": 28}
    g = Gallery(d)
    ext = next(c for c in g.recent(50) if c.path == "ext.mp4"); orig = next(c for c in g.recent(50) if c.path == "a.mp4")
    assert g.lineage(ext.id)["ancestors"] == [(orig.id, "extend", 1)]
    blend = next(c for c in g.recent(50) if c.path == "blend.mp4")
    assert {p[0] for p in g.lineage(blend.id)["ancestors"]} == {orig.id, next(c.id for c in g.recent(50) if c.path == "b.mp4")}

TOOL_BAD = [
    (["--task", "fill", "--video", "{d}/a.mp4", "--gap", "10:40"], "outside the video"),
    (["--task", "fill", "--video", "{d}/a.mp4", "--gap", "ten"], "--gap must be A:B"),
    (["--task", "remix", "--video", "{d}/a.mp4", "--strength", "1.5", PROMPT], "strength"),
    (["--task", "storyboard", "--card", "0:a", "--card", "0:b"], "overlapping"),
    (["--task", "extend", "--video", "{d}/corrupt.mp4", PROMPT], "not a readable video"),
    (["--task", "i2v", "--image", "{d}/corrupt.mp4", PROMPT], "not a readable image"),
    (["--task", "i2v", "--image", "{d}/wide.png", "--height", "32", "--width", "32", PROMPT], "ask for a"),
    (["--task", "blend", "--video", "{d}/a.mp4"], "takes 2 videos"),
    (["--task", "splice", PROMPT], "unknown task"),
]

@pytest.mark.parametrize("args,words", TOOL_BAD)
def test_tool_inputs_that_are_refused_with_a_reason(tmp_path, capsys, args, words):
    from PIL import Image
    assert main(["generate", PROMPT, "-o", str(tmp_path / "a.mp4"), "--steps", "2", "--quiet"]) == 0
    (tmp_path / "corrupt.mp4").write_bytes(b"\x00" * 500)
    Image.new("RGB", (96, 32)).save(tmp_path / "wide.png")
    capsys.readouterr()
    assert main(["generate", *[a.format(d=tmp_path) for a in args], "-o", str(tmp_path / "out.mp4"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1, err
    assert not (tmp_path / "out.mp4").exists()
