#!/usr/bin/python3
"""Accuracy on real code: runs async-tidy over code bases that the user
supplies and compares its findings with a committed triage file per code base.

Nothing third-party is committed, fetched or built by this script: each code
base is a folder with a compile_commands.json that the user made (any build
system's export, or written by hand), and the sources it names.

    bench/accuracy.py [--driver build/bin/async-tidy] [-j N] [--triage-dir bench/triage]
                      [--write-untriaged] [--reports DIR] [--markdown] NAME=FOLDER ...

For every NAME=FOLDER it runs `async-tidy -p FOLDER --format=json --no-cache`
(every file of the database), then matches each finding with the lines of
TRIAGE_DIR/NAME.tsv:

    # file (relative to FOLDER) <TAB> line <TAB> check <TAB> verdict <TAB> reason
    tests/foo.cpp	42	async-blocking-call	false	get() after status() checked the value is ready

verdict is one of true (a bug a maintainer would want to hear about), false
(wrong), arguable (right, but the code means it: a sleep in a test). Reasons
state facts about the public code, in our words; no code is copied.

It prints, per code base and check: findings, true/false/arguable, findings
no triage line covers (new: triage them), triaged findings that are no longer
reported (gone: fixed false positives, or lost true ones), false positives per
10,000 lines of the analysed .cpp files, crashed and not-analysed files,
sanitizer reports on the driver's standard error (for a driver built with
ASan/UBSan, run with --driver; the error output is kept as DIR/NAME.stderr
with --reports), and the run's wall time. With --write-untriaged, new findings are appended to the
triage file with the verdict '?', to be filled in. With --reports DIR, each
code base's JSON report is kept, and reused by the next run while it is there. Exit status 0; it asserts
nothing (a figure, not a test).
"""
import argparse
import collections
import json
import os
import pathlib
import re
import subprocess
import sys
import time

VERDICTS = ("true", "false", "arguable")


def read_triage(path):
    """{(file, line, check): (verdict, reason)}"""
    triage = {}
    if not path.exists():
        return triage
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) < 4:
            sys.exit("%s:%d: expected file, line, check, verdict, reason separated by tabs" % (path, number))
        file, line, check, verdict = fields[:4]
        if verdict not in VERDICTS + ("?",):
            sys.exit("%s:%d: verdict '%s' is not one of %s" % (path, number, verdict, ", ".join(VERDICTS)))
        triage[(file, int(line), check)] = (verdict, fields[4] if len(fields) > 4 else "")
    return triage


def database_files(folder):
    with open(folder / "compile_commands.json") as f:
        entries = json.load(f)
    files = []
    for e in entries:
        path = pathlib.Path(e["file"])
        if not path.is_absolute():
            path = pathlib.Path(e["directory"]) / path
        files.append(path.resolve())
    return sorted(set(files))


def count_lines(files):
    total = 0
    for f in files:
        try:
            with open(f, "rb") as h:
                total += sum(1 for _ in h)
        except OSError:
            pass
    return total


def relative(path, folder):
    try:
        return str(pathlib.Path(path).resolve().relative_to(folder))
    except ValueError:
        return str(path)


# What AddressSanitizer, UBSan and LeakSanitizer print when they find something.
SANITIZER_REPORT = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:")


def run(driver, folder, jobs):
    start = time.monotonic()
    # The project's own .clang-tidy enables its checks, not ours.
    proc = subprocess.run([driver, "-p", str(folder), "--checks=-*,async-*", "--format=json",
                           "--no-cache", "--quiet",
                           "-j", str(jobs)], capture_output=True, text=True)
    elapsed = time.monotonic() - start
    if proc.returncode not in (0, 1, 3):
        sys.exit("async-tidy exited with status %d on %s:\n%s" % (proc.returncode, folder,
                                                                 proc.stderr[-4000:]))
    return json.loads(proc.stdout), elapsed, proc.stderr


def measure(name, folder, args):
    files = database_files(folder)
    lines = count_lines(files)
    saved = pathlib.Path(args.reports) / (name + ".json") if args.reports else None
    if saved and saved.exists():
        kept = json.loads(saved.read_text())
        report, elapsed = kept["report"], kept["elapsed"]
        errors = saved.with_suffix(".stderr").read_text() if saved.with_suffix(".stderr").exists() else ""
    else:
        report, elapsed, errors = run(args.driver, folder, args.jobs)
        if saved:
            saved.parent.mkdir(parents=True, exist_ok=True)
            saved.write_text(json.dumps({"report": report, "elapsed": elapsed}))
            saved.with_suffix(".stderr").write_text(errors)
    sanitizer_reports = sum(1 for line in errors.splitlines() if SANITIZER_REPORT.search(line))
    statuses = collections.Counter(f["status"] for f in report["files"])
    findings = {}
    for d in report["diagnostics"]:
        if not d["check"].startswith("async-") or not d.get("file"):
            continue
        key = (relative(d["file"], folder), d["line"], d["check"])
        findings.setdefault(key, d["message"])
    triage_path = pathlib.Path(args.triage_dir) / (name + ".tsv")
    triage = read_triage(triage_path)
    per_check = collections.defaultdict(collections.Counter)
    new = []
    for key in sorted(findings):
        check = key[2]
        per_check[check]["findings"] += 1
        verdict = triage.get(key, ("?", ""))[0]
        if verdict == "?":
            per_check[check]["new"] += 1
            new.append(key)
        else:
            per_check[check][verdict] += 1
    for key, (verdict, _) in triage.items():
        if key not in findings and verdict != "?":
            per_check[key[2]]["gone-" + verdict] += 1
    if args.write_untriaged and new:
        known = set(triage)
        with open(triage_path, "a") as out:
            if not triage_path.exists() or triage_path.stat().st_size == 0:
                out.write("# file\tline\tcheck\tverdict\treason\n")
            for key in new:
                if key not in known:
                    out.write("%s\t%d\t%s\t?\t%s\n" % (key[0], key[1], key[2], findings[key]))
    return {"name": name, "files": len(files), "lines": lines, "elapsed": elapsed,
            "crashed": statuses.get("crashed", 0), "not_analysed": statuses.get("not-analysed", 0),
            "sanitizer": sanitizer_reports, "per_check": per_check}


def print_table(results, markdown):
    head = ["code base", "check", "findings", "true", "false", "arguable", "new", "gone (t/f/a)",
            "FP/10kLOC"]
    rows = []
    for r in results:
        checks = sorted(r["per_check"]) or ["(none)"]
        for check in checks:
            c = r["per_check"].get(check, collections.Counter())
            fp = 10000.0 * c["false"] / r["lines"] if r["lines"] else 0.0
            rows.append([r["name"], check, c["findings"], c["true"], c["false"], c["arguable"],
                         c["new"], "%d/%d/%d" % (c["gone-true"], c["gone-false"], c["gone-arguable"]),
                         "%.2f" % fp])
    sizes = [[r["name"], r["files"], r["lines"], r["crashed"], r["not_analysed"], r["sanitizer"],
              "%.0f" % r["elapsed"]] for r in results]
    size_head = ["code base", "files", "lines", "crashed", "not analysed", "sanitizer reports",
                 "time (s)"]
    for header, body in ((size_head, sizes), (head, rows)):
        if markdown:
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
            for row in body:
                print("| " + " | ".join(str(x) for x in row) + " |")
        else:
            widths = [max(len(str(x)) for x in col) for col in zip(header, *body)]
            for row in [header] + body:
                print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))
        print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = pathlib.Path(__file__).resolve().parent
    parser.add_argument("--driver", default=str(here.parent / "build" / "bin" / "async-tidy"))
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--triage-dir", default=str(here / "triage"))
    parser.add_argument("--write-untriaged", action="store_true",
                        help="append findings with no triage line to the triage file, verdict '?'")
    parser.add_argument("--markdown", action="store_true", help="print markdown tables")
    parser.add_argument("--reports", metavar="DIR",
                        help="keep each code base's JSON report in DIR/NAME.json and reuse it when "
                             "present: triage again without analysing again")
    parser.add_argument("corpora", nargs="+", metavar="NAME=FOLDER")
    args = parser.parse_args()
    results = []
    for spec in args.corpora:
        name, _, folder = spec.partition("=")
        folder = pathlib.Path(folder).resolve()
        if not name or not (folder / "compile_commands.json").exists():
            sys.exit("accuracy: '%s': expected NAME=FOLDER with FOLDER/compile_commands.json" % spec)
        results.append(measure(name, folder, args))
        print("accuracy: %s done" % name, file=sys.stderr)
    print_table(results, args.markdown)


if __name__ == "__main__":
    main()
