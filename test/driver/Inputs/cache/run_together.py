"""Runs the driver N times at once on the same files and the same result
cache, and checks that every run printed the same findings and exited with
the same status: the cache is safe under concurrent runs.

    run_together.py N DRIVER ARGS...
"""
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

n, cmd = int(sys.argv[1]), sys.argv[2:]


def run(_):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return p.returncode, p.stdout


with ThreadPoolExecutor(n) as pool:
    results = list(pool.map(run, range(n)))
outputs = {r for r in results}
assert len(outputs) == 1, "runs differ: %r" % outputs
status, stdout = results[0]
print("%d concurrent runs agree: status %d, %d output lines" % (n, status, len(stdout.splitlines())))
