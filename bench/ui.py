"""UI responsiveness, measured in Debian's Chromium against the Voila studio app (nbs/apps/studio.ipynb), printed, never asserted:
  - Generate click -> first progress update on the page (the status line leaves "starting ..."), model already loaded;
  - step-slider key press -> the predicted-clip image changed on the page;
and the same two widget-side (Python only, no browser): `StudioPanel.first_progress_s` and `StepInspector.last_update_s`.
Run it in a loopback-only namespace:  unshare --net sh -c 'ip link set lo up && exec .venv/bin/python bench/ui.py --repeats 5'"""
import argparse, os, statistics as st, sys, tempfile, time
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def browser(repeats: int):
    import test_ui_browser as T
    tmp = Path(tempfile.mkdtemp(prefix="sora-nb-bench-ui-"))
    clicks, slides = [], []
    port, srv = T.open_voila(tmp)
    with srv, T.chromium_page((1280, 1000)) as page:
        t = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded", timeout=60_000)
        page.wait_for_selector(".sora-prompt textarea", timeout=60_000); t_page = time.perf_counter() - t
        page.wait_for_selector(".sora-status:has-text('Ready')", timeout=60_000); t_ready = time.perf_counter() - t
        for k in range(repeats):
            clicks.append(T.generate(page, f"{T.BENIGN} {k}"))
            page.wait_for_selector(".sora-status:has-text('Published')", timeout=60_000)
            slides.append(T.move_slider(page))
    return dict(page_s=t_page, ready_s=t_ready, click_ms=[1000 * c for c in clicks], slider_ms=[1000 * s for s in slides])


def widget_side(repeats: int):
    os.environ.setdefault("SORA_NB_CONFIG", tempfile.mkdtemp())
    from sora_nb.widgets.studio import StudioPanel
    from sora_nb.widgets.inspector import StepInspector
    from sora_nb.backends import load_backend
    from sora_nb.moderation.stack import default_stack
    p = StudioPanel(load_backend(), default_stack(), root=tempfile.mkdtemp(), inspector=False)
    clicks = []
    for k in range(repeats):
        p.prompt.value = f"a red circle moving left on a blue background {k}"; p.generate(); p.wait(120)
        clicks.append(1000 * p.first_progress_s)
    insp = StepInspector(load_backend()).run(); cold, warm = [], []
    for i in range(len(insp.trace) - 1, -1, -1): insp.slider.value = i; cold.append(1000 * insp.last_update_s)
    for i in range(len(insp.trace)): insp.slider.value = i; warm.append(1000 * insp.last_update_s)
    return dict(click_ms=clicks, slider_uncached_ms=cold, slider_cached_ms=warm)


def fmt(xs): return f"median {st.median(xs):.0f} ms (min {min(xs):.0f}, max {max(xs):.0f}, n={len(xs)})"

if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("--repeats", type=int, default=5); ap.add_argument("--no-browser", action="store_true")
    a = ap.parse_args()
    w = widget_side(a.repeats)
    print(f"widget side: Generate -> first progress callback: {fmt(w['click_ms'])}")
    print(f"widget side: step slider -> images set: uncached {fmt(w['slider_uncached_ms'])}; cached {fmt(w['slider_cached_ms'])}")
    if not a.no_browser:
        b = browser(a.repeats)
        print(f"browser (Voila, Chromium): page {b['page_s']:.1f} s, model loaded {b['ready_s']:.1f} s after navigation")
        print(f"browser: Generate click -> first progress on the page: {fmt(b['click_ms'])}")
        print(f"browser: step-slider key -> image changed: {fmt(b['slider_ms'])}")
