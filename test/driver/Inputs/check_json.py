"""Checks the driver's JSON output for json.test (exact fields and values)."""
import json
import sys

doc = json.load(open(sys.argv[1]))
assert doc["version"] == 1 and doc["tool"] == "async-tidy", doc
status = {f["path"].rsplit("/", 1)[1]: f["status"] for f in doc["files"]}
assert status == {"b.cpp": "analysed", "broken.cpp": "not-analysed"}, status
findings = [d for d in doc["diagnostics"] if d["check"] == "async-blocking-call"]
assert len(findings) == 1, findings
f = findings[0]
assert f["file"].endswith("b.cpp") and (f["line"], f["column"]) == (5, 3), f
assert f["severity"] == "warning"
assert f["message"] == "call to blocking function 'read' inside coroutine 'b'", f["message"]
assert [n["message"].endswith("(catalogue entry 'posix.fd.io')") for n in f["notes"]][0], f["notes"]
assert f["notes"][1]["message"].startswith("instead: "), f["notes"]
assert f["fixes"] == []
errors = [d for d in doc["diagnostics"] if d["check"] == "clang-diagnostic-error"]
assert len(errors) == 1 and errors[0]["severity"] == "error", errors
print("json ok")
