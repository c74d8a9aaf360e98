"""The reliability drills of issue 9 in one run; each prints what it tried and what it found:

    .venv/bin/python bench/drills.py [--many]

- kill -9 of a batch mid-run, then resume (tests/test_batch_drills.py; with --many also with two workers);
- hostile requests through `studio.submit` (hypothesis: 100, or 1,000 with --many): odd Unicode, enormous prompts, wrong
  types, NaN and negative numbers, path traversal, the creative tools' fields with corrupt, truncated and huge uploads;
  afterwards every MP4 has a gallery row, an allowing decision, a trusted C2PA manifest and its watermark;
- a classifier that hangs, a read-only output folder, a full disk (a real tmpfs) (tests/test_drills_storage.py);
- eight writer processes on one gallery (tests/test_gallery_processes.py);
- security: keys 0600 and not in git, servers on 127.0.0.1 only, the LLM key never written (tests/test_drills_security.py).

It runs them with pytest (-s, so their reports show) inside a loopback-only network namespace when it can (as root), as
`make test` does; the exit status is pytest's.
"""
import os, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRILLS = ["tests/test_batch_drills.py", "tests/test_drills_storage.py", "tests/test_gallery_processes.py", "tests/test_drills_security.py"]

def main():
    many = "--many" in sys.argv[1:]
    cmd = [sys.executable, "-m", "pytest", "-s", "-rA", "-p", "no:cacheprovider", *DRILLS, "-m", "slow or not slow" if many else "not slow"]
    if os.geteuid() == 0 and shutil.which("unshare"):
        cmd = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', *cmd]
    print("running:", " ".join(cmd[-9:]), flush=True)
    env = {**os.environ, "SORA_NB_CHECK_TIMEOUT_S": os.environ.get("SORA_NB_CHECK_TIMEOUT_S", "60")}
    sys.exit(subprocess.run(cmd, cwd=ROOT, env=env).returncode)

if __name__ == "__main__":
    main()
