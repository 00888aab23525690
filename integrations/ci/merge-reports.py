#!/usr/bin/env python3
"""Merges the reports of `async-tidy --shard=K/N` runs (one per CI machine)
into one, as if a single run had analysed every file.

    merge-reports.py OUTPUT INPUT...

The inputs are all SARIF (--format=sarif) or all async-tidy JSON
(--format=json); the output has the same format. Findings are ordered as the
driver orders them (file, line, column, check, message), so the merged report
equals that of an unsharded run. A SARIF file is uploaded once, so code
scanning sees one analysis, not N partial ones.
"""
import json
import sys
import urllib.parse


def fail(message):
    sys.exit("merge-reports: " + message)


def sarif_path(run, location):
    art = location["physicalLocation"]["artifactLocation"]
    uri = art["uri"]
    if "uriBaseId" in art:
        uri = run["originalUriBaseIds"][art["uriBaseId"]]["uri"] + uri
    return urllib.parse.unquote(uri)


def merge_sarif(logs):
    runs = [run for log in logs for run in log["runs"]]
    base = runs[0]
    for run in runs[1:]:
        if run["tool"]["driver"]["rules"] != base["tool"]["driver"]["rules"] or \
                run["tool"]["driver"]["version"] != base["tool"]["driver"]["version"]:
            fail("the reports come from different async-tidy versions or rule sets")
        if run["originalUriBaseIds"] != base["originalUriBaseIds"]:
            fail("the reports use different --source-root folders")
    results = [r for run in runs for r in run["results"]]

    def order(r):
        loc = r["locations"][0]
        region = loc["physicalLocation"]["region"]
        return (sarif_path(base, loc), region["startLine"], region["startColumn"], r["ruleId"],
                r["message"]["text"])

    results.sort(key=order)
    base["results"] = results
    base["invocations"] = [{
        "executionSuccessful": all(i["executionSuccessful"] for run in runs
                                   for i in run["invocations"]),
        "toolExecutionNotifications": [n for run in runs for i in run["invocations"]
                                       for n in i["toolExecutionNotifications"]],
    }]
    merged = dict(logs[0])
    merged["runs"] = [base]
    return merged


def merge_json(reports):
    if len({r["version"] for r in reports}) != 1:
        fail("the reports have different format versions")
    merged = dict(reports[0])
    merged["files"] = sorted((f for r in reports for f in r["files"]), key=lambda f: f["path"])
    merged["diagnostics"] = sorted(
        (d for r in reports for d in r["diagnostics"]),
        key=lambda d: (d.get("file", ""), d.get("line", 0), d.get("column", 0), d["check"],
                       d["message"]))
    return merged


def main():
    if len(sys.argv) < 3:
        fail("usage: merge-reports.py OUTPUT INPUT...")
    out, inputs = sys.argv[1], sys.argv[2:]
    docs = []
    for path in inputs:
        try:
            with open(path, encoding="utf-8") as f:
                docs.append(json.load(f))
        except (OSError, ValueError) as e:
            fail("cannot read %s: %s" % (path, e))
    kinds = {"sarif" if "runs" in d else "json" if "diagnostics" in d else "?" for d in docs}
    if kinds == {"sarif"}:
        merged = merge_sarif(docs)
    elif kinds == {"json"}:
        merged = merge_json(docs)
    else:
        fail("the inputs must all be SARIF or all async-tidy JSON")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(merged, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
