"""Shared helpers of the browser tests: a local server started and stopped with bounded waits, and Debian's Chromium
driven by Playwright with the flags this closed network needs (never `playwright install`)."""
import contextlib, os, socket, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium stalls on a network with nothing outside loopback.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTEFACTS = Path(os.environ.get("SORA_NB_ARTEFACTS", Path(__file__).resolve().parents[1] / "test-artefacts"))
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]


def wait_http(url: str, timeout: float = 90.0, proc=None):
    "Poll `url` until it answers (any HTTP status below 500), the server dies, or `timeout` passes."
    t0 = time.monotonic(); last = None
    while time.monotonic() - t0 < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status < 500: return
        except urllib.error.HTTPError as e:
            if e.code < 500: return
            last = e
        except OSError as e: last = e
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:g} s ({last})")


@contextlib.contextmanager
def server(cmd: list, url: str, cwd=None, env=None, timeout: float = 90.0):
    "Start `cmd`, wait until `url` answers, yield the process; always stop it (terminate, then kill) and keep its log."
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTEFACTS / f"server-{Path(str(cmd[0])).name}-{os.getpid()}-{int(time.time()*1000)}.log", "w")
    proc = subprocess.Popen([str(c) for c in cmd], cwd=cwd, env={**os.environ, **(env or {})}, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_http(url, timeout, proc)
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError): os.killpg(proc.pid, 15)
        try: proc.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError): os.killpg(proc.pid, 9)
            proc.wait(10)
        log.close()


@contextlib.contextmanager
def chromium_page(viewport=(1280, 900)):
    "A Playwright page in Debian's Chromium with a fresh profile; closed on exit."
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as udd, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(udd, executable_path=CHROMIUM, headless=True, args=FLAGS,
                                                   viewport={"width": viewport[0], "height": viewport[1]})
        try: yield ctx.pages[0] if ctx.pages else ctx.new_page()
        finally: ctx.close()


def screenshot(page, name: str) -> Path:
    "Save a full-page screenshot under the artefacts folder and return its path."
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"; page.screenshot(path=str(path), full_page=True); return path
