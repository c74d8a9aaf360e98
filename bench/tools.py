"""The creative tools of issue 7, measured with the world checker on scenes the renderer makes as *inputs* (the uploads a
user would give); every judged frame is the model's. One table, one run:

    .venv/bin/python bench/tools.py [--n 20] [--steps 20] [--checkpoint data/nano] [--json out.json]

Seams are judged as in `sora_nb.tasks`: the change across a seam over the clip's median frame-to-frame change (floored at 1
level), good when <= 1.5.
"""
import argparse, json, random, time
import numpy as np


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20); ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--guidance", type=float, default=4.0); ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    from sora_nb import world, checker, tasks
    from sora_nb.core import Video
    from sora_nb.studio import Request
    from sora_nb.backends import load_backend
    be = load_backend(a.checkpoint)
    rng = random.Random(1234)
    colors = [c for c in world.COLORS]
    def spec():
        bg = rng.choice(colors); obj = rng.choice([c for c in colors if c != bg])
        return world.SceneSpec(bg, (world.ObjectSpec(obj, rng.choice(world.SHAPES), rng.choice(["left", "right", "up", "down"])),))
    def recolor(s):
        o = s.main; new = rng.choice([c for c in colors if c not in (s.background, o.color)])
        return world.SceneSpec(s.background, (world.ObjectSpec(new, o.shape, o.motion, o.size),))
    def render(s, seed, T=16): return world.render(world.realize(s, seed, T=T)).frames
    def make(seed, **k):
        req = Request(**{"prompt": "", "steps": a.steps, "guidance": a.guidance, "seed": seed, **k})
        return tasks.run(be, tasks.prepare(req, be)).frames
    def read(frames): return checker.read_clip(Video(frames))
    def main_obj(r, s):
        return next((o for o in r.objects if o.color == s.main.color), r.objects[0] if r.objects else None)
    ok = lambda seam: seam <= 1.5
    R = {}; t0 = time.perf_counter()
    def add(name, value): R.setdefault(name, []).append(float(value))

    for i in range(a.n):
        s = spec(); cap = world.plain_caption(s); clip32 = render(s, i, T=32); clip = render(s, i)
        # i2v: the scene's first frame, animated with its caption
        v = make(i, task="i2v", prompt=cap, image=clip[0]); o = main_obj(read(v), s)
        add("i2v color", o is not None and o.color == s.main.color); add("i2v shape", o is not None and o.shape == s.main.shape)
        add("i2v motion", o is not None and o.motion == s.main.motion)
        # extend: half of a slower 32-frame traverse given, the other half made; the made half must keep object and direction
        for d, given, made in (("forward", clip32[:16], slice(16, 32)), ("backward", clip32[16:], slice(0, 16))):
            v = make(i, task="extend", prompt=cap, videos=[Video(given)], num_frames=16, direction=d)
            o = main_obj(read(v[made]), s)
            add(f"extend {d} keeps object+direction", o is not None and o.color == s.main.color and o.motion == s.main.motion)
            add(f"extend {d} seam ok", ok(tasks.seam_ratio(v, 16)))
        # fill: frames 6..9 of a rendered clip made again
        v = make(i, task="fill", prompt=cap, videos=[Video(clip)], gap=(6, 10))
        add("fill both seams ok", ok(tasks.seam_ratio(v, 6)) and ok(tasks.seam_ratio(v, 10)))
        add("fill seam ratio (max)", max(tasks.seam_ratio(v, 6), tasks.seam_ratio(v, 10)))
        # loop from a prompt
        v = make(i, task="loop", prompt=cap, num_frames=16)
        add("loop last->first ok", ok(tasks.loop_ratio(v))); add("loop last->first ratio", tasks.loop_ratio(v))
        add("loop bridge seam ok", ok(tasks.seam_ratio(v, 12)))
        # remix: the input's layout, the prompt's colour
        s2 = recolor(s); cap2 = world.plain_caption(s2); r_in = read(clip); o_in = main_obj(r_in, s)
        for st in (0.2, 0.3, 0.5, 0.8, 1.0):
            v = make(i, task="remix", prompt=cap2, videos=[Video(clip)], strength=st)
            add(f"remix {st} distance to input", np.abs(v.astype(float) - clip).mean())
            r = read(v)
            if st <= 0.3:
                o = next((x for x in r.objects), None)
                near = o is not None and o_in is not None and np.nanmedian(np.hypot(*(o.track[:, :2] - o_in.track[:, :2]).T)) <= 3
                add(f"remix {st} layout kept", r.background == r_in.background and near)
            if st >= 0.8:
                add(f"remix {st} prompt colour wins", any(x.color == s2.main.color for x in r.objects))
        # blend: A then B; the transition should spread the change of a hard cut over its frames
        b = render(spec(), i + 1000)
        v = make(i, task="blend", videos=[Video(clip), Video(b)])
        ra, rb = read(v[:16]), read(v[-16:])
        add("blend A then B present", bool(ra.objects) and bool(rb.objects) and ra.background == read(clip).background and rb.background == read(b).background)
        cut = np.abs(clip[-1].astype(float) - b[0]).mean(); steps = tasks.frame_changes(v)[15:24]
        add("blend largest step / hard cut", steps.max() / max(cut, 1.0))
        # recut: frames 4..11 kept in the middle of 24
        v = make(i, task="recut", prompt=cap, videos=[Video(clip)], keep=(4, 12), num_frames=24)
        add("recut both seams ok", ok(tasks.seam_ratio(v, 8)) and ok(tasks.seam_ratio(v, 16)))
        # storyboard: two cards of different object colours
        v = make(i, task="storyboard", num_frames=32, cards=[(0, cap), (16, cap2)])
        r1, r2 = read(v[:16]), read(v[16:])
        add("storyboard segment colour", any(x.color == s.main.color for x in r1.objects))
        add("storyboard segment colour", any(x.color == s2.main.color for x in r2.objects))
        add("storyboard seam ok", ok(tasks.seam_ratio(v, 16)))
        print(f"  scene {i + 1}/{a.n} ({time.perf_counter() - t0:.0f} s)", flush=True)

    targets = {"i2v color": 0.95, "i2v shape": 0.95, "i2v motion": 0.85, "extend forward keeps object+direction": 0.90,
               "extend backward keeps object+direction": 0.90, "fill both seams ok": None, "loop last->first ok": None,
               "remix 0.2 layout kept": None, "remix 0.3 layout kept": None, "remix 0.8 prompt colour wins": 0.9,
               "remix 1.0 prompt colour wins": 0.9, "storyboard segment colour": 0.9}
    print(f"\n{a.n} scenes, {a.steps} steps, guidance {a.guidance}, model {getattr(be, 'name', '?')} "
          f"({be.checkpoint_sha256[:12]}), {time.perf_counter() - t0:.0f} s")
    print(f"| measure | value | target |\n|---|---|---|")
    for k, v in R.items():
        tgt = targets.get(k); val = float(np.mean(v))
        mark = "" if tgt is None else (" (met)" if val >= tgt else " (missed)")
        print(f"| {k} | {val:.3f} | {'' if tgt is None else f'>= {tgt}'}{mark} |")
    d = [float(np.mean(R[f"remix {s} distance to input"])) for s in (0.2, 0.3, 0.5, 0.8, 1.0)]
    print(f"remix distance grows with strength: {all(x < y for x, y in zip(d, d[1:]))} ({', '.join(f'{x:.1f}' for x in d)})")
    if a.json: json.dump({k: float(np.mean(v)) for k, v in R.items()}, open(a.json, "w"), indent=1)


if __name__ == "__main__": main()
