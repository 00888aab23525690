"""Compares two reports (SARIF or async-tidy JSON) as data, ignoring JSON
formatting: exits 1 and shows the first difference when they differ."""
import json
import sys

a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
if a != b:
    ja, jb = (json.dumps(x, indent=1, sort_keys=True).splitlines() for x in (a, b))
    first = next(i for i, (x, y) in enumerate(zip(ja + [""], jb + [""])) if x != y)
    sys.exit("reports differ at line %d:\n  %s\n  %s" % (first + 1, ja[first], jb[first]))
print("same report")
