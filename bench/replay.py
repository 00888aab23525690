#!/usr/bin/python3
"""Recall and precision on replayed real bugs: runs async-tidy over folders of
reduced bug reproductions that the user supplies, each compiled against the
libraries' real headers, and compares the findings with the annotations in
the sources.

Nothing third-party is committed, fetched or built by this script. Each
FOLDER holds .cpp files and a compile_flags.txt (one compiler flag per line,
as clang tools read it: -std=..., -I<the library's real include folder>...).
In the sources, the line where a check must report carries a comment

    auto units = get_units(sem, 1);   // BUG: async-unawaited-task

and a reproduction also holds the fixed shape of the same code, with no
annotation: every finding on a line without an annotation for its check is
a false positive. A finding covers its own line and the lines its notes
point at (a chain finding names the blocking call, in another function, in
a note).

    bench/replay.py [--driver build/bin/async-tidy] [-j N] [--markdown] NAME=FOLDER ...

It prints, per folder and check: bugs annotated, found, missed (with their
places), findings on other lines (false positives, with their places),
recall, precision, and files that crashed or did not compile (a file that
does not compile is a broken reproduction, not a miss: fix it). Exit
status 0; it asserts nothing (a figure, not a test).
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

ANNOTATION = re.compile(r"//\s*BUG:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)")


def annotations(folder):
    """{(file, line): {check, ...}} over the folder's .cpp files."""
    expected = {}
    for path in sorted(folder.rglob("*.cpp")):
        for number, text in enumerate(path.read_text().splitlines(), 1):
            m = ANNOTATION.search(text)
            if m:
                checks = {c.strip() for c in m.group(1).split(",")}
                expected[(str(path.resolve()), number)] = checks
    return expected


def run(driver, folder, jobs):
    flags_file = folder / "compile_flags.txt"
    if not flags_file.exists():
        sys.exit("%s: no compile_flags.txt (one compiler flag per line)" % folder)
    flags = [f for f in flags_file.read_text().splitlines() if f.strip()]
    files = [str(p.resolve()) for p in sorted(folder.rglob("*.cpp"))]
    proc = subprocess.run([driver, "--checks=-*,async-*", "--format=json", "--no-cache", "--quiet",
                           "-j", str(jobs)] + files + ["--"] + flags,
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1, 3):
        sys.exit("async-tidy exited with status %d on %s:\n%s" % (proc.returncode, folder,
                                                                 proc.stderr[-4000:]))
    return json.loads(proc.stdout)


def measure(name, folder, args):
    expected = annotations(folder)
    report = run(args.driver, folder, args.jobs)
    # A finding covers the line it is reported at and the lines its notes
    # point at: a chain finding is reported at the call in the coroutine and
    # names the blocking call, lines away, in a note; an annotation at either
    # place is that finding's bug.
    findings = []  # (check, primary place, every place)
    for d in report["diagnostics"]:
        if d["check"].startswith("async-") and d.get("file"):
            here = (str(pathlib.Path(d["file"]).resolve()), d["line"])
            places = {here} | {(str(pathlib.Path(n["file"]).resolve()), n["line"])
                               for n in d.get("notes", []) if n.get("file")}
            findings.append((d["check"], here, places))
    per_check = collections.defaultdict(lambda: {"bugs": 0, "found": 0, "missed": [], "extra": []})
    for place, checks in expected.items():
        for check in checks:
            per_check[check]["bugs"] += 1
            if any(c == check and place in places for c, _, places in findings):
                per_check[check]["found"] += 1
            else:
                per_check[check]["missed"].append(place)
    extra = set()
    for check, here, places in findings:
        if not any(check in expected.get(p, ()) for p in places):
            extra.add((check, here))
    for check, here in sorted(extra):
        per_check[check]["extra"].append(here)
    broken = [f["file"] for f in report["files"] if f["status"] != "analysed"]
    return {"name": name, "folder": folder, "per_check": per_check, "broken": broken}


def ratio(a, b):
    return "%.0f%%" % (100.0 * a / b) if b else "-"


def show(place, folder):
    path, line = place
    try:
        path = str(pathlib.Path(path).relative_to(folder.resolve()))
    except ValueError:
        pass
    return "%s:%d" % (path, line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--driver", default=str(pathlib.Path(__file__).resolve().parent.parent / "build/bin/async-tidy"))
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("folders", nargs="+", metavar="NAME=FOLDER")
    args = parser.parse_args()
    results = []
    for spec in args.folders:
        name, _, folder = spec.partition("=")
        if not folder:
            sys.exit("expected NAME=FOLDER, got '%s'" % spec)
        results.append(measure(name, pathlib.Path(folder), args))
    sep = " | " if args.markdown else "  "
    head = ["set", "check", "bugs", "found", "missed", "false positives", "recall", "precision"]
    rows = []
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for r in results:
        for check in sorted(r["per_check"]):
            c = r["per_check"][check]
            fp = len(c["extra"])
            rows.append([r["name"], check, c["bugs"], c["found"], len(c["missed"]), fp,
                         ratio(c["found"], c["bugs"]), ratio(c["found"], c["found"] + fp)])
            t = totals[check]
            t[0] += c["bugs"]; t[1] += c["found"]; t[2] += fp
    for check in sorted(totals):
        bugs, hit, fp = totals[check]
        rows.append(["all", check, bugs, hit, bugs - hit, fp, ratio(hit, bugs), ratio(hit, hit + fp)])
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for row in rows:
            print("| " + " | ".join(str(x) for x in row) + " |")
    else:
        print(sep.join(head))
        for row in rows:
            print(sep.join(str(x) for x in row))
    for r in results:
        for check in sorted(r["per_check"]):
            c = r["per_check"][check]
            for place in c["missed"]:
                print("missed: %s %s %s" % (r["name"], check, show(place, r["folder"])))
            for place in c["extra"]:
                print("false positive: %s %s %s" % (r["name"], check, show(place, r["folder"])))
        for f in r["broken"]:
            print("not analysed (fix the reproduction): %s %s" % (r["name"], f))


if __name__ == "__main__":
    main()
