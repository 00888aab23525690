"""Every shipped catalogue entry is exercised by a check test, and reads well.

An entry counts as exercised when a FileCheck line of a test under
test/checks expects a diagnostic note naming it ("(catalogue entry '<id>')"),
or, for entries that stop a blocking chain rather than report (offload,
nonblocking), expects an index (--write-index) to record it
('"stopped-by": "<id>"'): FileCheck then proves the entry really matched code.
Entries whose only effect is silence (kind discardable) are exercised by a
hard negative: a `// silenced by '<id>'` comment above code that the test's
-implicit-check-not proves silent, next to a look-alike that is reported.
Shipped reasons follow
the diagnostic style: lowercase start, no trailing period.

Usage: catalogue_coverage.py ASYNC_TIDY_BINARY TEST_CHECKS_DIR
"""
import pathlib
import re
import subprocess
import sys

import yaml

driver, tests = sys.argv[1], pathlib.Path(sys.argv[2])
dump = subprocess.run([driver, "--dump-catalogue"], check=True, capture_output=True, text=True).stdout
entries = [e for doc in yaml.safe_load_all(dump) if doc for e in doc["entries"]]

expected = set()
for test in tests.rglob("*.cpp"):
    for line in test.read_text().splitlines():
        if re.match(r"\s*//\s*[A-Z-]+:", line):
            expected.update(re.findall(r"\(catalogue entry '([^']+)'\)", line))
            expected.update(re.findall(r'"stopped-by": "([^"]+)"', line))
        if re.match(r"\s*//\s*silenced by '", line):
            expected.update(re.findall(r"silenced by '([^']+)'", line))

problems = []
for e in entries:
    if e["id"] not in expected:
        problems.append("entry '%s' is not exercised by any test in %s" % (e["id"], tests))
    reason = e["reason"]
    if reason[:1].isupper() or reason.endswith("."):
        problems.append("entry '%s': reason must start lowercase and have no trailing period" % e["id"])
for p in problems:
    print("error: " + p)
print("%d shipped entries, %d problems" % (len(entries), len(problems)))
sys.exit(1 if problems else 0)
