#!/usr/bin/python3
"""Do the async checks find the same when they walk only the main file?

When every enabled check is an async check, the checks narrow the AST
traversal to the declarations of the files whose findings clang-tidy shows
(checks/support/ShownFilesScope.h).
With any other check enabled they leave clang-tidy's whole-TU traversal
alone. So stock clang-tidy with the plugin can run both ways on the same file:

  narrowed  --checks=-*,async-*
  whole TU  --checks=-*,async-*,COMPANION  (the companion's findings dropped)

This script runs both on every file of the corpora (the Asio and QCoro
examples, and NAME=FOLDER code bases with a compile_commands.json, as for
bench/accuracy.py), compares the async findings (check, message, place,
notes) through --export-fixes, and prints per corpus the number of files,
findings, and every difference. Exit status 1 when any differs.

Usage: bench/same_findings.py [--llvm 19|22] [-j N] [--only NAME] [NAME=FOLDER ...]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compare  # noqa: E402
import per_file  # noqa: E402

COMPANION = "readability-isolate-declaration"


def findings(tools, corpus, f, checks, out):
    flags = corpus.flags_of(f)
    tail = ["-p", str(corpus.database), str(f)] if corpus.database else [str(f), "--"] + flags
    subprocess.run([tools.clang_tidy, "--quiet", "--load=" + tools.plugin, "--checks=" + checks,
                    "--export-fixes=" + out] + tail,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(out):
        return []
    with open(out) as fh:
        data = yaml.safe_load(fh) or {}
    found = []
    for d in data.get("Diagnostics", []):
        if not d["DiagnosticName"].startswith("async-"):
            continue
        m = d["DiagnosticMessage"]
        notes = tuple((n["Message"], n.get("FilePath", ""), n.get("FileOffset", 0))
                      for n in d.get("Notes", []))
        found.append((d["DiagnosticName"], m["Message"], m.get("FilePath", ""),
                      m.get("FileOffset", 0), notes))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--llvm", default="19", choices=["19", "22"])
    parser.add_argument("-j", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--only")
    parser.add_argument("databases", nargs="*", metavar="NAME=FOLDER")
    args = parser.parse_args()
    tools = compare.Tools(args.llvm)
    differ = False
    with tempfile.TemporaryDirectory(prefix="async-tidy-same-") as tmp:
        work = pathlib.Path(tmp)
        corpora = per_file.builtin_corpora(tools, work)
        for spec in args.databases:
            name, _, folder = spec.partition("=")
            corpora.append(per_file.database_corpus(name, folder))
        for corpus in corpora:
            if args.only and corpus.name != args.only:
                continue

            def both(indexed):
                i, f = indexed
                return (f, findings(tools, corpus, f, "-*,async-*", str(work / ("n%d.yaml" % i))),
                        findings(tools, corpus, f, "-*,async-*," + COMPANION,
                                 str(work / ("w%d.yaml" % i))))

            with ThreadPoolExecutor(args.j) as pool:
                results = list(pool.map(both, enumerate(corpus.files)))
            total = sum(len(n) for _, n, _ in results)
            diffs = [(f, n, w) for f, n, w in results if n != w]
            print("%s: %d files, %d async findings narrowed, %d whole-TU, %d files differ" % (
                corpus.name, len(results), total, sum(len(w) for _, _, w in results), len(diffs)))
            for f, n, w in diffs:
                differ = True
                print("  %s" % f)
                for x in sorted(set(n) - set(w)):
                    print("    only narrowed: %s" % (x[:4],))
                for x in sorted(set(w) - set(n)):
                    print("    only whole TU: %s" % (x[:4],))
            sys.stdout.flush()
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
