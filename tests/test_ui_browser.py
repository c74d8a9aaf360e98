"""The widgets as a person uses them: the Voila app page over nbs/apps/studio.ipynb and a JupyterLab run of the tutorial
nbs/apps/tutorial.ipynb, driven by Playwright in Debian's Chromium. Servers start on 127.0.0.1 inside the test with
bounded waits and are always stopped (tests/browser.py). CI runs this inside a loopback-only network namespace:
    unshare --net sh -c 'ip link set lo up && exec .venv/bin/pytest -q tests/test_ui_browser.py'
Screenshots go to test-artefacts/ (ui-*.png). Timings are printed, never asserted on."""
import os, shutil, sys, tempfile, time
from pathlib import Path
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import BIN, free_port, server, chromium_page, screenshot

ROOT = Path(__file__).resolve().parents[1]
APPS = ROOT / "nbs" / "apps"
BENIGN = "a red circle moving left on a blue background"
VIOLATING = "a graphic video of a man being beheaded, blood everywhere"   # the blocklist and the text classifier refuse it

pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").exists() or not (BIN / "voila").exists(),
                                reason="needs Debian's chromium and voila")


def app_env(tmp: Path) -> dict:
    "The servers' environment: outputs, signing chain and moderation state in temporary folders; no hub lookups."
    return {"SORA_NB_OUTPUTS": str(tmp / "outputs"), "SORA_NB_CONFIG": str(tmp / "config"), "SORA_NB_STATE": str(tmp / "state"),
            "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}


def video_plays(page, selector: str, timeout_ms: int = 60_000) -> dict:
    "Wait for a <video> under `selector` with data, then check it plays: duration > 0, frames decoded, time advancing."
    page.wait_for_selector(f"{selector} video", timeout=timeout_ms)
    page.wait_for_function(f"() => {{ const v = document.querySelector('{selector} video'); return v && v.readyState >= 2 && v.duration > 0; }}",
                           timeout=timeout_ms)
    t0 = page.evaluate(f"() => document.querySelector('{selector} video').currentTime")
    page.wait_for_function(f"() => document.querySelector('{selector} video').currentTime != {t0}", timeout=10_000)
    return page.evaluate(f"""() => {{ const v = document.querySelector('{selector} video');
        return {{duration: v.duration, readyState: v.readyState, paused: v.paused, currentTime: v.currentTime,
                 width: v.videoWidth, height: v.videoHeight}}; }}""")


def generate(page, prompt: str) -> float:
    "Type `prompt`, press Generate; returns seconds from the click to the first progress-bar movement (or status change)."
    box = page.locator(".sora-prompt textarea")
    box.fill(prompt)
    # the bar starts at 0; the first progress update ("input checks") moves it or changes the status line
    before = page.evaluate("() => document.querySelector('.sora-status').innerText")
    t0 = time.perf_counter()
    page.get_by_role("button", name="Generate").click()
    page.wait_for_function("""(before) => { const s = document.querySelector('.sora-status').innerText;
        return s !== before && !s.includes('starting'); }""", arg=before, timeout=60_000)
    return time.perf_counter() - t0


def move_slider(page) -> float:
    "Focus the step slider's handle and press Home (first step); returns seconds until the predicted-clip image changes."
    page.wait_for_function("() => /step (\\d+) of \\1 /.test(document.querySelector('.sora-inspector').innerText)", timeout=90_000)   # a starved runner can take a while
    before = page.evaluate("() => document.querySelector('.sora-x0 img, img.sora-x0').src")
    page.locator(".sora-step-slider .noUi-handle").focus()
    t0 = time.perf_counter()
    page.keyboard.press("Home")
    page.wait_for_function("(b) => document.querySelector('.sora-x0 img, img.sora-x0').src !== b", arg=before, timeout=60_000)
    return time.perf_counter() - t0


def open_voila(tmp: Path):
    "Voila over the studio app on a free port; ready when it answers a static path (polling '/' would run the notebook)."
    port = free_port()
    cmd = [BIN / "voila", APPS / "studio.ipynb", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"]
    return port, server(cmd, f"http://127.0.0.1:{port}/voila/static/", cwd=ROOT, env=app_env(tmp), timeout=60)


def test_voila_studio_app(tmp_path):
    t_start = time.perf_counter()
    port, srv = open_voila(tmp_path)
    with srv, chromium_page((1280, 1000)) as page:
        t = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded", timeout=60_000)
        page.wait_for_selector(".sora-prompt textarea", timeout=60_000)
        t_page = time.perf_counter() - t
        page.wait_for_selector(".sora-status:has-text('Ready')", timeout=60_000)    # the model loaded in the background
        t_ready = time.perf_counter() - t
        # 1. a benign prompt: the clip plays inline
        first = generate(page, BENIGN)
        info = video_plays(page, ".sora-result")
        assert info["duration"] > 0 and info["readyState"] >= 2 and info["width"] >= 256, info
        page.wait_for_selector(".sora-audit-result .sora-decision[data-verdict='allow']", timeout=10_000)
        page.wait_for_selector(".sora-x0 img, img.sora-x0", timeout=20_000)
        screenshot(page, "ui-voila-studio-result")
        # 2. the step slider: the predicted clean clip changes
        slide = move_slider(page)
        page.wait_for_function("() => document.querySelector('.sora-inspector').innerText.includes('step 1 of')", timeout=10_000)
        screenshot(page, "ui-voila-step-inspector")
        # 3. a violating prompt: the audit panel lists the refusal, no traceback
        generate(page, VIOLATING)
        page.wait_for_selector(".sora-audit-result .sora-check[data-check='blocklist'][data-verdict='refuse']", timeout=30_000)
        text = page.inner_text(".sora-studio")
        assert "Refused" in text and "violence" in text and "Traceback" not in text
        assert page.locator(".sora-result video").count() == 0
        screenshot(page, "ui-voila-refusal")
    outputs = list((tmp_path / "outputs").glob("*.mp4"))
    assert len(outputs) == 1, outputs          # the benign clip was published, the refused one not
    print(f"\nvoila: page ready {t_page:.1f} s, model ready {t_ready:.1f} s, click->first progress {1000 * first:.0f} ms, "
          f"slider->image {1000 * slide:.0f} ms, whole test {time.perf_counter() - t_start:.1f} s")


def kernel_idle(url: str, timeout: float):
    "Wait (bounded) until the server has a kernel and it is idle: Run All before that would race the kernel's start."
    import json, urllib.request
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        with urllib.request.urlopen(url, timeout=5) as r: ks = json.load(r)
        if ks and all(k.get("execution_state") == "idle" for k in ks): return
        time.sleep(0.3)
    raise TimeoutError(f"no idle kernel within {timeout:g} s")


def test_jupyterlab_tutorial(tmp_path):
    if not (BIN / "jupyter-lab").exists(): pytest.skip("needs jupyterlab")
    t_start = time.perf_counter()
    work = tmp_path / "nbs"; work.mkdir()
    shutil.copy(APPS / "tutorial.ipynb", work / "tutorial.ipynb")
    # the announcements plugin (the "Jupyter news?" toast) off: this closed network has no news to fetch
    (tmp_path / "jcfg" / "labconfig").mkdir(parents=True)
    (tmp_path / "jcfg" / "labconfig" / "page_config.json").write_text(
        '{"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": true}}')
    port, token = free_port(), "sora-nb-test-token"
    cmd = [BIN / "jupyter-lab", "--allow-root", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={work}", "--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--ServerApp.open_browser=False"]
    env = {**app_env(tmp_path), "JUPYTER_CONFIG_DIR": str(tmp_path / "jcfg"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "jrt"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "jws")}
    with server(cmd, f"http://127.0.0.1:{port}/api/status?token={token}", cwd=work, env=env, timeout=60), \
         chromium_page((1280, 1000)) as page:
        page.goto(f"http://127.0.0.1:{port}/lab/tree/tutorial.ipynb?token={token}", wait_until="domcontentloaded", timeout=60_000)
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        kernel_idle(f"http://127.0.0.1:{port}/api/kernels?token={token}", 60)
        t = time.perf_counter()
        page.locator(".jp-Notebook").first.click()
        # Run > Run All Cells through the command palette's keyboard route is fragile; the menu is what a person clicks
        page.get_by_role("menuitem", name="Run").click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try: info = video_plays(page, ".jp-OutputArea .sora-result", timeout_ms=90_000)
        except Exception:
            screenshot(page, "ui-jupyterlab-failed"); raise
        t_run = time.perf_counter() - t
        assert info["duration"] > 0, info
        page.wait_for_selector(".jp-OutputArea .sora-decision[data-verdict='allow']", timeout=10_000)
        screenshot(page, "ui-jupyterlab-tutorial")
    print(f"\njupyterlab: run all -> playing video {t_run:.1f} s, whole test {time.perf_counter() - t_start:.1f} s")
