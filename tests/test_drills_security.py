"""Security drills (issue 9): signing keys are 0600 and never in git; every server the project starts listens on 127.0.0.1
only; the LLM key comes only from the environment and is never written to a log, the gallery, an output or the review log."""
import http.server, json, os, re, secrets, subprocess, sys, threading
from pathlib import Path
import pytest, torch

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

# --- keys ---------------------------------------------------------------------------------------------------------------

def test_signing_keys_are_0600_in_a_0700_folder(tmp_path):
    from sora_nb.provenance import c2pa
    chain = c2pa.ensure_chain(tmp_path / "chain")
    modes = {p.name: p.stat().st_mode & 0o777 for p in chain.folder.iterdir()}
    print("C2PA chain files and modes:", {k: oct(v) for k, v in sorted(modes.items())})
    assert chain.folder.stat().st_mode & 0o077 == 0
    keys = {k: v for k, v in modes.items() if k.endswith(".key")}
    assert "signer.key" in keys and all(v == 0o600 for v in keys.values()), keys

def test_no_private_key_is_tracked_by_git():
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    named = [f for f in files if re.search(r"\.(key|p12|pfx|jks)$", f)]
    holding = []
    for f in files:
        p = ROOT / f
        if f and p.is_file() and p.stat().st_size < 5_000_000:
            try:
                if b"PRIVATE KEY-----" in p.read_bytes() and not f.endswith((".py", ".ipynb", ".md")): holding.append(f)
                elif re.search(rb"-----BEGIN (EC |RSA |ENCRYPTED )?PRIVATE KEY-----\s*\n[A-Za-z0-9+/=]{40,}", p.read_bytes()): holding.append(f)
            except OSError: pass
    print(f"{len(files)} tracked files; key-named: {named}; holding a PEM private key: {holding}")
    assert named == [] and holding == []

# --- servers on 127.0.0.1 only ------------------------------------------------------------------------------------------

WIDE = [re.compile(p) for p in (r"0\.0\.0\.0", r"bind\(\(\s*['\"]['\"]\s*,", r"--ip[= ](?!127\.0\.0\.1)\S", r"\.ip\s*=\s*(?!127\.0\.0\.1)['\"]?\w",
                                r"host\s*=\s*['\"](?!127\.0\.0\.1|localhost)[\w.:]+['\"]", r"--host[= ](?!127\.0\.0\.1)\S", r"INADDR_ANY",
                                r"_node_ip_address\s*=\s*['\"](?!127\.0\.0\.1)")]

def test_no_code_binds_beyond_loopback():
    "Every bind, ip or host setting in the library, notebooks, tests, benches and Makefile is 127.0.0.1 (or localhost)."
    hits, n = [], 0
    paths = [*ROOT.glob("sora_nb/**/*.py"), *ROOT.glob("nbs/**/*.ipynb"), *ROOT.glob("tests/*.py"), *ROOT.glob("bench/*.py"), ROOT / "Makefile"]
    for p in paths:
        if p.name == Path(__file__).name or "_modidx" in p.name or ".ipynb_checkpoints" in p.parts: continue
        n += 1
        for i, line in enumerate(p.read_text(errors="replace").splitlines(), 1):
            if any(r.search(line) for r in WIDE): hits.append(f"{p.relative_to(ROOT)}:{i}: {line.strip()[:120]}")
    print(f"searched {n} files for wide binds: {hits or 'none'}")
    assert hits == []

def listening(proc) -> set:
    "(ip, port) of every listening TCP socket of a process and its children."
    import psutil
    out = set()
    p = psutil.Process(proc.pid)
    for q in [p, *p.children(recursive=True)]:
        try: out |= {(c.laddr.ip, c.laddr.port) for c in q.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}
        except psutil.Error: pass
    return out

def test_the_servers_listen_on_loopback_only(tmp_path):
    "The project's servers (the Voila studio app, JupyterLab with the tutorial), started as the UI tests and docs start them."
    sys.path.insert(0, str(Path(__file__).parent))
    from browser import server, free_port
    from test_ui_browser import open_voila, app_env, APPS
    if not (BIN / "voila").exists() or not (BIN / "jupyter-lab").exists(): pytest.skip("needs voila and jupyterlab")
    seen = {}
    port, srv = open_voila(tmp_path)
    with srv as proc: seen["voila"] = listening(proc)
    port, token = free_port(), secrets.token_hex(8)
    cmd = [BIN / "jupyter-lab", "--allow-root", "--no-browser", "--ip=127.0.0.1", f"--port={port}", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={APPS}", "--LabApp.news_url=None", "--ServerApp.open_browser=False"]
    env = {**app_env(tmp_path), "JUPYTER_RUNTIME_DIR": str(tmp_path / "jrt")}
    with server(cmd, f"http://127.0.0.1:{port}/api/status?token={token}", cwd=APPS, env=env, timeout=60) as proc:
        seen["jupyterlab"] = listening(proc)
    print("listening sockets:", seen)
    for name, socks in seen.items():
        assert socks and all(ip == "127.0.0.1" for ip, _ in socks), (name, socks)

# --- the LLM key --------------------------------------------------------------------------------------------------------

class FakeLLMServer(http.server.BaseHTTPRequestHandler):
    "A fake OpenAI-compatible endpoint (named so) on 127.0.0.1: records the Authorization header; answers allow, or 500 once asked."
    seen, fail = [], False
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        FakeLLMServer.seen.append(self.headers.get("Authorization"))
        if FakeLLMServer.fail:
            self.send_response(500); self.end_headers(); self.wfile.write(b"upstream error"); return
        out = json.dumps({"choices": [{"message": {"content": json.dumps({"verdict": "allow", "categories": [], "reason": "ok"})}}]}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json"); self.send_header("Content-Length", str(len(out)))
        self.end_headers(); self.wfile.write(out)
    def log_message(self, *a): pass

def test_the_llm_key_comes_from_the_environment_and_is_never_written(tmp_path, monkeypatch, caplog, capsys):
    import logging
    from sora_nb.models import SpacetimeTransformer
    from sora_nb.backends import NanoBackend
    from sora_nb.moderation.policy import Policy
    from sora_nb.moderation.stack import Stack
    from sora_nb.moderation.llm import LLMSettings
    from sora_nb.studio import Request, submit
    # the policy file cannot carry a key: only the environment can
    pol = Policy.load(); pol.llm = {**(getattr(pol, "llm", {}) or {}), "api_key": "from-the-policy-file"}
    assert LLMSettings.from_policy(pol, env={}).api_key == ""
    key = "sk-fake-" + secrets.token_hex(16)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeLLMServer)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    state = tmp_path / "state"; out = tmp_path / "out"
    monkeypatch.setenv("SORA_NB_LLM_API_KEY", key); monkeypatch.setenv("SORA_NB_LLM_BASE_URL", f"http://127.0.0.1:{srv.server_port}/v1")
    monkeypatch.setenv("SORA_NB_STATE", str(state))
    caplog.set_level(logging.DEBUG)
    torch.manual_seed(0); SpacetimeTransformer(hidden_size=48, depth=1, num_heads=4).save_pretrained(tmp_path / "tiny")
    tiny = NanoBackend(tmp_path / "tiny")
    try:
        stack = Stack(Policy.load())                 # a fresh stack reads the environment
        ok = submit(Request("a red circle moving left", steps=1, num_frames=4, height=16, width=16, seed=1), out / "a.mp4",
                    backend=tiny, stack=stack)
        FakeLLMServer.fail = True                    # an error answer: its record must not carry the key either
        from sora_nb.core import Refused
        with pytest.raises(Refused) as failing:      # fails closed
            submit(Request("a blue square moving up", steps=1, num_frames=4, height=16, width=16, seed=2), out / "b.mp4",
                   backend=tiny, stack=stack)
    finally:
        FakeLLMServer.fail = False; srv.shutdown()
    assert FakeLLMServer.seen and all(h == f"Bearer {key}" for h in FakeLLMServer.seen), FakeLLMServer.seen   # the key was used
    llm = [c for d in ok.decisions for c in d.checks if c.check == "llm_filter"]
    assert llm and llm[0].verdict == "allow", llm
    captured = capsys.readouterr()
    places = {"stdout": captured.out.encode(), "stderr": captured.err.encode(), "log records": caplog.text.encode()}
    for folder in (out, state, Path(os.environ["SORA_NB_CONFIG"])):
        for p in folder.rglob("*"):
            if p.is_file(): places[str(p)] = p.read_bytes()
    leaked = [k for k, v in places.items() if key.encode() in v or key[8:].encode() in v]
    print("with the LLM endpoint failing:", str(failing.value)[:300])
    print(f"the key went to the LLM endpoint {len(FakeLLMServer.seen)} times; searched {len(places)} files and streams; leaked in: {leaked or 'none'}")
    assert leaked == [] and any("gallery.sqlite" in k for k in places)
