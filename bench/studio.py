"""The facade's overhead, measured in one run (compare ratios, not seconds across runs: this machine is noisy).

1. studio.submit with the LLM filter absent, against the bare sampling loop on the same prompts and seeds.
   Target: submit <= 1.05 x bare. Also the time of each stage of submit, so the gap can be read.
2. With a slow LLM endpoint (a local OpenAI-compatible test server answering after --llm-delay seconds, default 1):
   does the filter overlap generation (submit time ~ max(generate, delay) + the rest) or add to it (~ sum)?

    .venv/bin/python bench/studio.py [--n 5] [--steps 20] [--llm-delay 1.0]
"""
import argparse, http.server, json, statistics, tempfile, threading, time
from pathlib import Path

class SlowLLM(http.server.BaseHTTPRequestHandler):
    "A stand-in endpoint for the benchmark (named so): allows everything after a fixed delay."
    delay = 1.0
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"])); time.sleep(self.delay)
        out = json.dumps({"choices": [{"message": {"content": json.dumps({"verdict": "allow", "categories": [], "reason": "ok"})}}]}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json"); self.send_header("Content-Length", str(len(out)))
        self.end_headers(); self.wfile.write(out)
    def log_message(self, *a): pass

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--n", type=int, default=5); ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--llm-delay", type=float, default=1.0); a = ap.parse_args()
    import os; os.environ.setdefault("SORA_NB_CONFIG", tempfile.mkdtemp())
    from sora_nb.backends import load_backend
    from sora_nb.studio import Request, submit
    from sora_nb.moderation.stack import Stack, default_stack
    from sora_nb.moderation.llm import LLMFilter, LLMSettings
    b = load_backend(); stack = default_stack()
    prompts = ["a red circle moving left on a blue background", "a green square moving up on a white background"]
    out = Path(tempfile.mkdtemp())
    submit(Request(prompts[0], steps=2, seed=0), root=out, backend=b)       # warm up every model once
    bare, sub, stages = [], [], {}
    for i in range(a.n):                                                     # interleaved, so drift hits both alike
        p = prompts[i % 2]
        t = time.perf_counter(); b.generate(p, steps=a.steps, seed=i); bare.append(time.perf_counter() - t)
        t = time.perf_counter(); r = submit(Request(p, steps=a.steps, seed=i), root=out, backend=b, stack=stack); sub.append(time.perf_counter() - t)
        for k, v in r.timings.items(): stages.setdefault(k, []).append(v)
    mb, ms = statistics.median(bare), statistics.median(sub)
    print(f"{a.steps} steps, 16x32x32 native, delivered 16x256x256, n={a.n}, medians")
    print(f"bare generation               {mb:6.3f} s")
    print(f"submit, LLM filter absent     {ms:6.3f} s   ratio {ms / mb:5.2f}  (target <= 1.05)")
    for k, v in stages.items(): print(f"   {k:30s} {statistics.median(v):6.3f} s")
    fixed = ms - mb
    print(f"fixed cost of the facade per clip {fixed:6.3f} s: the 1.05 target holds for generations of >= {fixed / 0.05:5.2f} s"
          f" (this model: {mb:.3f} s)")

    SlowLLM.delay = a.llm_delay
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowLLM); threading.Thread(target=srv.serve_forever, daemon=True).start()
    slow = Stack(stack.policy, stack.checks)
    slow._async_checks = [LLMFilter(stack.policy, LLMSettings(f"http://127.0.0.1:{srv.server_port}/v1", "slow", timeout_s=30))]
    with_llm = []
    for i in range(a.n):
        t = time.perf_counter(); submit(Request(prompts[i % 2], steps=a.steps, seed=i), root=out, backend=b, stack=slow)
        with_llm.append(time.perf_counter() - t)
    srv.shutdown(); ml = statistics.median(with_llm)
    gen = statistics.median(stages["generate"]); rest = ms - gen
    print(f"submit, LLM filter {a.llm_delay:.1f} s/call {ml:6.3f} s   ratio to submit without it {ml / ms:5.2f}")
    print(f"   if it overlapped generation: ~{max(gen, a.llm_delay) + rest:.3f} s; if it added: ~{ms + a.llm_delay:.3f} s")

if __name__ == "__main__": main()
