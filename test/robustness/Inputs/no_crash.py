"""No-crash harness: the driver must never crash, hang or give a silently
partial answer, whatever the input.

    no_crash.py DRIVER [--seed S] [--mutants K] [--huge N] [--jobs J] FILE... -- FLAGS...

For every FILE it analyses the file itself, K mutated copies of it (truncated
mid-file, lines deleted, an #include removed, stray tokens inserted, braces
unbalanced, bytes that are not UTF-8) and, once per run, an empty file and a
generated file of N coroutines. Mutants come from a seeded generator, so a
failure reproduces. One driver run per FILE (with --format=json) covers the
file and its mutants; it must:
  - exit 0, 1 or 3, never by a signal, and print no crash report
    (stack dump, assertion, uncaught exception);
  - mark a file "not-analysed" when clang reported an error in it, show a
    compile error whenever a file is not analysed, and exit 3 exactly when
    some file is not analysed;
  - still report check findings in files that do compile.
When a run fails, the file at fault is found by analysing each one alone.
Prints one summary line; exits 1 on any failure, listing the files (kept).
"""
import argparse
import collections
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

CRASH_MARKS = ("Stack dump", "PLEASE submit a bug report", "Assertion", "terminate called",
               "Segmentation fault", "AddressSanitizer", "UndefinedBehaviorSanitizer",
               "runtime error:")
# Seconds a run may take before it counts as a hang: generous per file, since
# one run can hold a whole corpus (--together) on a loaded machine.
SECONDS_PER_FILE = 60


def mutant(kind, text, rng):
    """One mutated copy of `text`; `kind` picks the mutation."""
    lines = text.splitlines(keepends=True) or ["\n"]
    if kind == 0:  # truncated, usually mid-token
        return text[:int(len(text) * rng.uniform(0.1, 0.95))]
    if kind == 1:  # a few lines deleted
        start = rng.randrange(len(lines))
        return "".join(lines[:start] + lines[start + rng.randint(1, 6):])
    if kind == 2:  # headers missing
        return "".join(l for l in lines if not l.lstrip().startswith("#include"))
    if kind == 3:  # stray tokens
        return insert(lines, rng, rng.choice(["}}}\n", "co_await;\n", "#if 1\n", "template <\n",
                                              "co_return co_yield;\n", "(((\n"]))
    if kind == 4:  # unbalanced braces
        return text.replace("{", "", 1) if "{" in text else text + "{"
    if kind == 5:  # bytes that are not UTF-8
        return insert(lines, rng, "// \udcff\udcfe bytes\n")
    return insert(lines, rng, "".join(rng.sample(lines, min(5, len(lines)))))  # lines repeated


MUTATIONS = 7


def mutants(text, rng, count):
    return [mutant(i % MUTATIONS, text, rng) for i in range(count)]


def insert(lines, rng, snippet):
    at = rng.randrange(len(lines) + 1)
    return "".join(lines[:at]) + snippet + "".join(lines[at:])


def huge(n):
    out = ['#include "task.h"\n#include <thread>\n']
    for i in range(n):
        out.append("app::task<> c%d() {\n  std::this_thread::sleep_for(std::chrono::seconds(%d));\n"
                   "  co_return;\n}\n" % (i, i % 7))
    return "".join(out)


def write(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)


def run(driver, files, flags, jobs):
    cmd = [driver, "--quiet", "--no-cache", "-j%d" % jobs, "--format=json"] + files + ["--"] + flags
    timeout = max(300, SECONDS_PER_FILE * len(files))
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                           text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return "hang: no answer within %d s" % timeout
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode
    marks = [m for m in CRASH_MARKS if m in p.stderr]
    if marks:
        return "crash report on stderr (%s):\n%s" % (", ".join(marks), p.stderr[-2000:])
    if p.returncode not in (0, 1, 3):
        return "exit status %d:\n%s" % (p.returncode, p.stderr[-2000:])
    try:
        report = json.loads(p.stdout)
    except ValueError:
        return "output is not JSON:\n%s" % p.stdout[:500]
    # ("too many errors emitted" has no location; located errors come first.)
    errors = {d["file"] for d in report["diagnostics"]
              if d["severity"] == "error" and d["check"].startswith("clang-diagnostic")
              and "file" in d}
    status = {f["path"]: f["status"] for f in report["files"]}
    if set(status) != set(files):
        return "the report does not list every file"
    # An error in a file marks it not analysed. (An error can also sit in a
    # header the file includes, and a header's error is reported once for
    # all the files that include it, so the converse is checked run-wide.)
    for f in files:
        if f in errors and status[f] != "not-analysed":
            return "%s has compile errors but is marked analysed" % f
    if any(s == "not-analysed" for s in status.values()) and not any(
            d["severity"] == "error" and d["check"].startswith("clang-diagnostic")
            for d in report["diagnostics"]):
        return "a file is marked not analysed, but no compile error is shown"
    partial = any(s == "not-analysed" for s in status.values())
    if partial != (p.returncode == 3):
        return "exit status %d, but %s file is not analysed" % (p.returncode,
                                                                  "a" if partial else "no")
    run.outcomes.update(status.values())
    run.findings += sum(1 for d in report["diagnostics"] if d["check"].startswith("async-"))
    return None


def main():
    args = sys.argv[1:]
    flags = args[args.index("--") + 1:] if "--" in args else []
    args = args[:args.index("--")] if "--" in args else args
    parser = argparse.ArgumentParser()
    parser.add_argument("driver")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutants", type=int, default=7)
    parser.add_argument("--huge", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--together", action="store_true",
                        help="one run for all inputs (a real corpus, --mutants 0), so -j applies")
    opts = parser.parse_args(args)
    rng = random.Random(opts.seed)
    run.outcomes, run.findings = collections.Counter(), 0
    failures, runs, analysed = [], 0, 0
    work = tempfile.mkdtemp(prefix="async-tidy-no-crash-")
    include = os.path.join(work, "inc")
    os.makedirs(include)
    groups = []
    for n, source in enumerate(opts.files):
        with open(source, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        folder = os.path.join(work, "f%03d" % n)
        os.makedirs(folder)
        # The input itself in place (its quoted includes resolve), mutants
        # beside it in the work folder.
        group = [os.path.abspath(source)]
        for k, variant in enumerate(mutants(text, rng, opts.mutants), 1):
            path = os.path.join(folder, "v%d_%s" % (k, os.path.basename(source)))
            write(path, variant)
            group.append(path)
        groups.append(group)
    extra = [os.path.join(work, "empty.cpp"), os.path.join(work, "huge.cpp")]
    write(extra[0], "")
    write(extra[1], huge(opts.huge))
    groups.append(extra)
    if opts.together:
        groups = [[f for g in groups for f in g]]
    for group in groups:
        problem = run(opts.driver, group, flags, opts.jobs)
        runs += 1
        analysed += len(group)
        if problem:
            culprits = [f for f in group if run(opts.driver, [f], flags, 1)] or group
            failures.append("%s: %s" % (", ".join(culprits), problem))
    print("no-crash harness: %d files (%d inputs, %d mutants each, an empty and a %d-coroutine file) "
          "in %d runs: %d analysed, %d not analysed (compile errors), %d findings, %d failures" % (
              analysed, len(opts.files), opts.mutants, opts.huge, runs, run.outcomes["analysed"],
              run.outcomes["not-analysed"], run.findings, len(failures)))
    for f in failures:
        print("FAILURE " + f)
    if failures:
        print("inputs kept in " + work)
        sys.exit(1)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
