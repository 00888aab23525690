"""Runs `DRIVER --validate-catalogue --no-builtin-catalogue` on every .yaml
file of a folder (sorted) and prints each exit status; fails on a crash, or
on an error that does not say where it is."""
import os
import re
import subprocess
import sys

driver, folder = sys.argv[1:]
names = sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))
for name in names:
    p = subprocess.run([driver, "--validate-catalogue", "--no-builtin-catalogue",
                        os.path.join(folder, name)], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, errors="replace", timeout=60)
    if p.returncode not in (0, 2):
        sys.exit("%s: exit %d (a crash?)\n%s" % (name, p.returncode, p.stderr[-2000:]))
    for line in p.stderr.splitlines():
        if "error:" in line and not re.match(r".+:\d+:\d+: error: |async-tidy: \d+ errors? in", line):
            sys.exit("%s: an error without a location: %s" % (name, line))
    print("%s: exit %d" % (name, p.returncode))
print("%d inputs, no crash" % len(names))
