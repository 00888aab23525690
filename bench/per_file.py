#!/usr/bin/python3
"""Benchmark: what async-tidy costs where users run it, one file per process.

run-clang-tidy, CMAKE_CXX_CLANG_TIDY, the pre-commit hook and editors analyse
one file per process (or per edit), so a cost paid once per process counts
once per file. On the same inputs, in one run, the configurations taking
turns within every round, this prints for each file (median of the rounds):

  floor    clang++ -fsyntax-only FILE
  trivial  stock clang-tidy with one trivial check (TRIVIAL_CHECK): what
           clang-tidy itself costs, which every user of the plugin pays
  plugin   stock clang-tidy --load AsyncTidyModule.so --checks=-*,async-* FILE
  driver   async-tidy --no-cache -j1 --checks=-*,async-* FILE

with the ratios the targets name: driver / floor, plugin / trivial, and the
driver's peak memory / the floor's. Then one row for all files of a corpus in
one driver process (against the sum of the floor's per-file times), and the
edit latency of async-clangd over LSP: the time from a one-line didChange to
the publishDiagnostics of that version, with the async checks on and off
(the same async-clangd binary; off = a project without the .clangd that
enables them), edits alternating between the two servers.

Corpora: the Boost 1.81 Asio C++20 examples (libboost1.81-doc) and the QCoro
examples (qcoro-doc), and any code base the user supplies as NAME=FOLDER,
where FOLDER holds a compile_commands.json (as for bench/accuracy.py);
--limit takes the first N files of each (by name) to keep the run short.

Prints figures; asserts nothing. docs/benchmarks.md holds copies.

Usage: bench/per_file.py [--llvm 19|22] [--rounds R] [--limit N] [--edits E]
                         [--only asio|qcoro|NAME] [--no-clangd] [NAME=FOLDER ...]
"""
import argparse
import json
import os
import pathlib
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "test" / "clangd" / "Inputs"))
import compare  # noqa: E402  (same folder: measure(), the real corpora, the tools)
from lsp_client import Server  # noqa: E402  (the LSP client of the clangd tests)

# A check with one cheap matcher: clang-tidy still traverses the whole AST
# for it, which is clang-tidy's own cost.
TRIVIAL_CHECK = "-*,readability-isolate-declaration"
ASYNC_CHECKS = "-*,async-*"


class Corpus:
    """Files and, per file, the compiler arguments (without the compiler,
    -c, -o and the file); `database` is the folder of a compile database."""

    def __init__(self, name, files, flags_of, database=None):
        self.name, self.files, self.flags_of, self.database = name, files, flags_of, database


def builtin_corpora(tools, work):
    out = []
    for title, files, flags in compare.real_corpora(work):
        usable = [f for f in files if compare.compiles(tools, f, flags)]
        key = "asio" if "Asio" in title else "qcoro"
        out.append(Corpus(key, usable, lambda f, flags=flags: list(flags)))
    return out


def database_corpus(name, folder):
    folder = pathlib.Path(folder).resolve()
    with open(folder / "compile_commands.json") as f:
        entries = json.load(f)
    flags = {}
    for e in entries:
        path = pathlib.Path(e["file"])
        if not path.is_absolute():
            path = pathlib.Path(e["directory"]) / path
        args = e.get("arguments") or shlex.split(e["command"])
        kept, skip = [], False
        for a in args[1:]:
            if skip:
                skip = False
            elif a == "-o":
                skip = True
            elif a != "-c" and pathlib.Path(e["directory"], a).resolve() != path.resolve():
                kept.append(a)
        # Relative include paths are relative to the entry's directory.
        kept = [("-I" + str(pathlib.Path(e["directory"], a[2:])) if a.startswith("-I") and
                 not a[2:].startswith("/") else a) for a in kept]
        flags.setdefault(path.resolve(), kept)
    return Corpus(name, sorted(flags), lambda f: flags[f], folder)


def per_file_commands(tools, corpus, f):
    flags = corpus.flags_of(f)
    name = str(f)
    tail = ["-p", str(corpus.database), name] if corpus.database else [name, "--"] + flags
    return {
        "floor": [tools.clangxx, "-fsyntax-only", name] + flags,
        "trivial": [tools.clang_tidy, "--quiet", "--checks=" + TRIVIAL_CHECK] + tail,
        "plugin": [tools.clang_tidy, "--quiet", "--load=" + tools.plugin,
                   "--checks=" + ASYNC_CHECKS] + tail,
        "driver": [tools.driver, "--quiet", "--no-cache", "-j1", "--checks=" + ASYNC_CHECKS] + tail,
    }


def measure(cmd):
    """Wall seconds, CPU seconds (user + system, children included) and peak
    RSS (MiB, the largest process) of one command, through GNU time. On a
    shared machine CPU time varies less than wall time; both are printed."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-q", "-f", "%U %S %M", "-o", out.name] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        user, system, kib = out.read().strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(kib) / 1024.0


def run_per_file(tools, corpus, rounds):
    """{file: {config: (median wall s, median CPU s, median peak MiB)}}"""
    samples = {f: {} for f in corpus.files}
    for _ in range(rounds):
        for f in corpus.files:
            for config, cmd in per_file_commands(tools, corpus, f).items():
                samples[f].setdefault(config, []).append(measure(cmd))
    return {f: {c: tuple(statistics.median(run[i] for run in runs) for i in range(3))
                for c, runs in configs.items()} for f, configs in samples.items()}


def print_per_file(corpus, results):
    print("\n### %s: %d files, one process per file\n" % (corpus.name, len(corpus.files)))
    print("Ratios of wall time, and of CPU time in brackets.\n")
    print("| file | floor s | trivial / floor | plugin / trivial | driver / floor "
          "| floor MiB | driver MiB / floor |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    root = os.path.commonpath([str(f) for f in corpus.files]) if len(corpus.files) > 1 else ""
    pairs = {"trivial / floor": ("trivial", "floor"), "plugin / trivial": ("plugin", "trivial"),
             "driver / floor": ("driver", "floor")}
    ratios = {k: ([], []) for k in pairs}
    memory = []
    for f, r in results.items():
        cells = []
        for k, (a, b) in pairs.items():
            wall, cpu = r[a][0] / r[b][0], r[a][1] / r[b][1]
            ratios[k][0].append(wall)
            ratios[k][1].append(cpu)
            cells.append("%.2f (%.2f)" % (wall, cpu))
        memory.append(r["driver"][2] / r["floor"][2])
        print("| %s | %.2f | %s | %.0f | %.2f |" % (
            os.path.relpath(str(f), root) if root else f.name, r["floor"][0], " | ".join(cells),
            r["floor"][2], memory[-1]))
    total = {c: (sum(r[c][0] for r in results.values()), sum(r[c][1] for r in results.values()))
             for c in ("floor", "trivial", "plugin", "driver")}
    print("\nSummed over the files, wall (CPU):")
    for k, (a, b) in pairs.items():
        print("- %s: %.3f (%.3f); per file median %.3f (%.3f), worst %.3f (%.3f)" % (
            k, total[a][0] / total[b][0], total[a][1] / total[b][1],
            statistics.median(ratios[k][0]), statistics.median(ratios[k][1]),
            max(ratios[k][0]), max(ratios[k][1])))
    print("- driver peak MiB / floor: per file median %.3f, worst %.3f" % (
        statistics.median(memory), max(memory)))
    sys.stdout.flush()
    return {c: t[0] for c, t in total.items()}


def run_many_files(tools, corpus, rounds, floor_total):
    """All files in one driver process, against the floor's per-file sum."""
    names = [str(f) for f in corpus.files]
    if corpus.database:
        cmd = [tools.driver, "--quiet", "--no-cache", "-j1", "--checks=" + ASYNC_CHECKS, "-p",
               str(corpus.database)] + names
    else:
        cmd = [tools.driver, "--quiet", "--no-cache", "-j1", "--checks=" + ASYNC_CHECKS] + names + \
            ["--"] + corpus.flags_of(corpus.files[0])
    wall = statistics.median(measure(cmd)[0] for _ in range(rounds))
    print("\nMany files, one driver process (-j1, %d files): %.2f s; the floor per file, "
          "summed: %.2f s; driver / floor %.3f" % (len(names), wall, floor_total, wall / floor_total))
    sys.stdout.flush()


# ------------------------------------------------------------- async-clangd

def clangd_project(work, name, source, flags, with_checks):
    root = work / name
    root.mkdir()
    (root / "edited.cpp").write_text(source.read_text())
    (root / "compile_flags.txt").write_text("\n".join(flags) + "\n")
    if with_checks:
        (root / ".clangd").write_text(
            "Diagnostics:\n  ClangTidy:\n    Add: [async-*]\n    FastCheckFilter: None\n")
    return root


class Session:
    """One async-clangd over LSP with one open file, edited line by line."""

    def __init__(self, clangd, root):
        self.root, self.uri = root, "file://%s" % (root / "edited.cpp")
        self.text = (root / "edited.cpp").read_text()
        self.version = 1
        env = dict(os.environ, XDG_CONFIG_HOME=str(root / ".xdg-config"))
        self.log = open(root / "clangd.log", "wb")
        self.server = Server([clangd, "--background-index=false"], self.log, env)
        self.server.request("initialize", {"processId": os.getpid(), "rootUri": "file://%s" % root,
                                           "capabilities": {}})
        self.server.notify("initialized", {})
        self.server.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": "cpp", "version": 1, "text": self.text}})
        self.diagnostics = self.wait(1)

    def wait(self, version):
        msg = self.server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                               and m["params"]["uri"] == self.uri
                               and m["params"].get("version") == version, "publishDiagnostics")
        return msg["params"]["diagnostics"]

    def edit(self):
        """Appends one line and waits for its diagnostics: seconds taken."""
        self.version += 1
        self.text += "// edit %d\n" % self.version
        start = time.perf_counter()
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"text": self.text}]})
        self.diagnostics = self.wait(self.version)
        return time.perf_counter() - start

    def close(self):
        self.server.request("shutdown", None)
        self.server.notify("exit", None)
        self.server.proc.wait(timeout=60)
        self.log.close()


def run_clangd(tools, work, edits):
    source = compare.ASIO / "coroutines" / "echo_server.cpp"
    flags = ["-std=c++20", "-DBOOST_ASIO_NO_DEPRECATED"]
    sessions = {
        "async checks on": Session(tools.clangd, clangd_project(work, "on", source, flags, True)),
        "async checks off": Session(tools.clangd, clangd_project(work, "off", source, flags,
                                                                 False)),
    }
    times = {name: [] for name in sessions}
    for _ in range(edits):
        for name, s in sessions.items():
            times[name].append(s.edit())
    found = {name: len(s.diagnostics) for name, s in sessions.items()}
    for s in sessions.values():
        s.close()
    on, off = statistics.median(times["async checks on"]), statistics.median(times["async checks off"])
    print("\n### async-clangd, edit to diagnostics (%s, %d one-line edits each)\n" % (
        source.relative_to(compare.ASIO), edits))
    print("| configuration | median s | min s | max s | diagnostics |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, t in times.items():
        print("| %s | %.3f | %.3f | %.3f | %d |" % (name, statistics.median(t), min(t), max(t),
                                                   found[name]))
    print("\non / off: %.3f (median edit latency)" % (on / off))
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--llvm", default="19", choices=["19", "22"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="first N files of each corpus")
    parser.add_argument("--edits", type=int, default=8)
    parser.add_argument("--only", help="one corpus: asio, qcoro or a NAME given")
    parser.add_argument("--no-clangd", action="store_true")
    parser.add_argument("databases", nargs="*", metavar="NAME=FOLDER")
    args = parser.parse_args()
    tools = compare.Tools(args.llvm)
    tools.clangd = str(pathlib.Path(tools.driver).parent / "async-clangd")
    with open("/proc/cpuinfo") as f:
        cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    print("## async-tidy per-file benchmark: LLVM %s, %d cores (%s), median of %d rounds" % (
        args.llvm, os.cpu_count(), cpu, args.rounds))
    with tempfile.TemporaryDirectory(prefix="async-tidy-per-file-") as tmp:
        work = pathlib.Path(tmp)
        corpora = builtin_corpora(tools, work)
        for spec in args.databases:
            name, _, folder = spec.partition("=")
            corpora.append(database_corpus(name, folder))
        for corpus in corpora:
            if args.only and corpus.name != args.only:
                continue
            if args.limit:
                corpus.files = corpus.files[:args.limit]
            results = run_per_file(tools, corpus, args.rounds)
            total = print_per_file(corpus, results)
            run_many_files(tools, corpus, args.rounds, total["floor"])
        if not args.no_clangd and (not args.only or args.only == "clangd"):
            run_clangd(tools, work, args.edits)


if __name__ == "__main__":
    main()
