#!/usr/bin/python3
"""Benchmark: what async-tidy costs, next to the parse floor and its peer.

On the same inputs, in one run, measures wall time and peak memory (max RSS of
any process of the configuration) of:
  floor    clang++ -fsyntax-only, file by file (nothing AST-based is faster
           without a cache)
  peer     stock clang-tidy with misc-coroutine-hostile-raii,
           cppcoreguidelines-no-suspend-with-lock, bugprone-unused-return-value
  plugin   stock clang-tidy --load AsyncTidyModule.so, all async-* checks
  driver   async-tidy, all async-* checks, one run over all files, at -j1 and -jN
           (--no-cache: what is measured is analysis, not the result cache);
           then -jN with an empty result cache, and again unchanged (cached);
           and -j1 with --no-cross-file and with --write-index, for what the
           cross-file summaries and the index cost
and prints each one's ratio to the floor and to the peer. The -jN row is
compared with the floor run N files at a time, and with driver -j1.

Inputs:
  real       the Boost 1.81 Asio C++20 examples (libboost1.81-doc) and the
             QCoro examples (qcoro-doc; moc run for the files that include
             their .moc). Files the floor cannot compile are listed and left out.
  generated  one coroutine of 1k...64k statements; TUs of 10...10,000
             coroutines, each calling a chain of helpers 8 deep. Printed per
             size, with the time per unit, so growth shows.

Prints figures; asserts nothing. docs/benchmarks.md holds copies.

Usage: bench/compare.py [--llvm 19|22] [--jobs N] [--repeat R]
                        [--only real|generated] [--quick]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
ASIO = pathlib.Path("/usr/share/doc/libboost1.81-doc/examples/libs/asio/example/cpp20")
QCORO = pathlib.Path("/usr/share/doc/qcoro-doc/examples")
QT = "/usr/include/x86_64-linux-gnu/qt5"
PEER_CHECKS = ("-*,misc-coroutine-hostile-raii,cppcoreguidelines-no-suspend-with-lock,"
               "bugprone-unused-return-value")


class Tools:
    def __init__(self, llvm):
        prefix = "/usr/lib/llvm-%s/bin" % llvm
        build = ROOT / ("build" if llvm == "19" else "build-%s" % llvm)
        self.clangxx = prefix + "/clang++"
        self.clang_tidy = prefix + "/clang-tidy"
        self.plugin = str(build / "lib" / "AsyncTidyModule.so")
        self.driver = str(build / "bin" / "async-tidy")
        for path in (self.clangxx, self.clang_tidy, self.plugin, self.driver):
            if not os.path.exists(path):
                sys.exit("bench: %s is missing (scripts/build.sh %s)" % (path, llvm))


def measure(cmd, cwd=None):
    """Wall seconds and max RSS (MiB) of one command, through GNU time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-q", "-f", "%M", "-o", out.name] + cmd, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        kib = int(out.read().strip().splitlines()[-1])
    return wall, kib / 1024.0


def measure_each(cmds, jobs=1):
    """Runs commands `jobs` at a time; total wall time and the largest RSS."""
    if jobs == 1:
        results = [measure(c) for c in cmds]
        return sum(w for w, _ in results), max(m for _, m in results)
    from concurrent.futures import ThreadPoolExecutor
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(measure, cmds))
    return time.perf_counter() - start, max(m for _, m in results)


def best(repeat, fn):
    """The fastest of `repeat` runs (wall time), with that run's memory."""
    return min((fn() for _ in range(repeat)), key=lambda r: r[0])


def best_of_rounds(repeat, rows):
    """Each configuration's fastest run, the configurations taking turns in
    every round, so that a slow spell of the machine is not all charged to
    one of them."""
    results = {}
    for _ in range(repeat):
        for name, fn in rows:
            r = fn()
            if name not in results or r[0] < results[name][0]:
                results[name] = r
    return results


# ---------------------------------------------------------------- inputs

def qcoro_inputs(work):
    """QCoro example files and their flags; moc output and the source-tree
    include layout (qcoro/network/...) are recreated in `work`."""
    shim = work / "qcoro-shim"
    (shim / "qcoro").mkdir(parents=True, exist_ok=True)
    for sub in ("network", "core", "dbus"):
        link = shim / "qcoro" / sub
        if not link.exists():
            link.symlink_to("/usr/include/qcoro5/qcoro")
    moc_dir = work / "moc"
    moc_dir.mkdir(exist_ok=True)
    flags = ["-std=c++20", "-fPIC", "-I/usr/include/qcoro5", "-I/usr/include/qcoro5/qcoro",
             "-I/usr/include/qcoro5/QCoro", "-I%s" % shim, "-I%s" % moc_dir,
             "-I%s" % (QCORO / "dbus")]
    for module in ("", "QtCore", "QtNetwork", "QtDBus", "QtConcurrent"):
        flags += ["-isystem", os.path.join(QT, module)]
    files = sorted(p for p in QCORO.rglob("*.cpp"))
    moc = shutil.which("moc") or "/usr/lib/qt5/bin/moc"
    for f in files:
        text = f.read_text(errors="replace")
        name = f.stem + ".moc"
        if ('#include "%s"' % name) in text and os.path.exists(moc):
            subprocess.run([moc, str(f), "-o", str(moc_dir / name)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return files, flags


def real_corpora(work):
    asio_flags = ["-std=c++20", "-DBOOST_ASIO_NO_DEPRECATED"]
    qcoro_files, qcoro_flags = qcoro_inputs(work)
    return [("Boost 1.81 Asio C++20 examples", sorted(ASIO.rglob("*.cpp")), asio_flags),
            ("QCoro examples", qcoro_files, qcoro_flags)]


def compiles(tools, f, flags):
    return subprocess.run([tools.clangxx, "-fsyntax-only", str(f)] + flags,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


HEADER = """#include <coroutine>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
    void return_void() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
task fetch(int);
std::mutex m;
std::vector<int> v;
"""


def one_big_coroutine(statements):
    """One coroutine; every unit is 8 statements, one of them blocking."""
    body = []
    for i in range(statements // 8):
        body.append("""  v.push_back({i});
  {{ std::lock_guard<std::mutex> g(m); v.push_back({i}); }}
  co_await fetch({i});
  if (v.size() > {i}u) v.pop_back();
  for (int k : v) if (k == {i}) break;
  fetch({i});
  if ({i} % 64 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
""".format(i=i))
    return HEADER + "task big() {\n" + "".join(body) + "  co_return;\n}\n", statements // 8 * 8


def many_coroutines(count, depth=8):
    """`count` coroutines, each calling a chain of `depth` helpers whose last
    one blocks (the transitive analysis follows every chain)."""
    out = [HEADER]
    for c in range(count):
        for d in range(depth, 0, -1):
            call = ("h%d_%d(x + 1);" % (c, d + 1)) if d < depth else \
                "std::this_thread::sleep_for(std::chrono::milliseconds(x));"
            out.append("void h%d_%d(int x) { if (x > 0) { %s } }\n" % (c, d, call))
        out.append("task co%d(int x) {\n  h%d_1(x);\n  co_await fetch(x);\n"
                   "  { std::lock_guard<std::mutex> g(m); v.push_back(x); }\n  co_return;\n}\n"
                   % (c, c))
    return "".join(out)


# ---------------------------------------------------------------- runs

def configurations(tools, files, flags, jobs, work):
    names = [str(f) for f in files]
    index = str(work / "index.json")
    peer = [[tools.clang_tidy, "--quiet", "--checks=" + PEER_CHECKS, f, "--"] + flags
            for f in names]
    plugin = [[tools.clang_tidy, "--quiet", "--load=" + tools.plugin, "--checks=-*,async-*", f,
               "--"] + flags for f in names]
    floor = [[tools.clangxx, "-fsyntax-only", f] + flags for f in names]
    driver = [tools.driver, "--quiet", "--no-cache"] + names + ["--"] + flags
    rows = [
        ("floor (clang++ -fsyntax-only)", lambda: measure_each(floor)),
        ("peer (clang-tidy, 3 upstream checks)", lambda: measure_each(peer)),
        ("plugin (clang-tidy --load, async-*)", lambda: measure_each(plugin)),
        ("driver -j1", lambda: measure(driver[:1] + ["-j1"] + driver[1:])),
        ("driver -j1 --no-cross-file", lambda: measure(driver[:1] + ["-j1", "--no-cross-file"] +
                                                       driver[1:])),
        ("driver -j1 --write-index", lambda: measure(
            driver[:1] + ["-j1", "--write-index=" + index] + driver[1:])),
    ]
    if jobs > 1:
        rows += [
            ("floor, %d files at a time" % jobs, lambda: measure_each(floor, jobs)),
            ("driver -j%d" % jobs, lambda: measure(driver[:1] + ["-j%d" % jobs] + driver[1:])),
        ]
    return rows


def print_table(title, results):
    floor = results.get("floor (clang++ -fsyntax-only)")
    peer = results.get("peer (clang-tidy, 3 upstream checks)")
    print("\n### %s\n" % title)
    print("| configuration | wall s | / floor | / peer | peak MiB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (wall, mib) in results.items():
        print("| %s | %.2f | %.2f | %.2f | %.0f |" % (name, wall, wall / floor[0], wall / peer[0], mib))
    for name, (wall, _) in results.items():
        if name.startswith("driver -j") and name != "driver -j1":
            j1 = results["driver -j1"][0]
            parallel_floor = [v for k, v in results.items() if k.startswith("floor, ")][0][0]
            if "cache" in name or "--" in name:
                continue
            print("\n%s: %.2fx faster than -j1; %.2fx the floor run the same number of files "
                  "at a time" % (name, j1 / wall, wall / parallel_floor))
    alone = results.get("driver -j1 --no-cross-file")
    if alone:
        print("\ncross-file summaries (issue 8; target at most +10 %%): driver -j1 %+.1f %%, "
              "with --write-index %+.1f %%, over --no-cross-file" % (
                  100.0 * (results["driver -j1"][0] / alone[0] - 1),
                  100.0 * (results["driver -j1 --write-index"][0] / alone[0] - 1)))
    cached = [v for k, v in results.items() if "unchanged re-run" in k]
    empty = [v for k, v in results.items() if "empty result cache" in k]
    if cached and empty:
        print("\nunchanged re-run: %.1f %% of the first run" % (100.0 * cached[0][0] / empty[0][0]))
    sys.stdout.flush()


def run_real(tools, work, args):
    for title, files, flags in real_corpora(work):
        usable = [f for f in files if compiles(tools, f, flags)]
        left_out = [f for f in files if f not in usable]
        results = best_of_rounds(args.repeat,
                                 configurations(tools, usable, flags, args.jobs, work))
        cache = work / ("cache-%d" % len(usable))
        cached = [tools.driver, "--quiet", "-j%d" % args.jobs, "--cache-dir=%s" % cache] + \
            [str(f) for f in usable] + ["--"] + flags
        first = measure(cached)
        results["driver -j%d, empty result cache" % args.jobs] = first
        results["driver -j%d, unchanged re-run (cached)" % args.jobs] = measure(cached)
        print_table("%s: %d files (%d left out: %s)" % (
            title, len(usable), len(left_out),
            ", ".join(str(f.relative_to(f.parents[1])) for f in left_out) or "none"), results)


def run_generated(tools, work, args):
    flags = ["-std=c++20"]
    sizes = [1000, 4000, 16000, 64000] if not args.quick else [1000, 4000]
    print("\n### One coroutine of N statements\n")
    print("| statements | floor s | driver -j1 s | driver / floor | driver ms per 1k statements |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        text, real_n = one_big_coroutine(n)
        path = work / ("big_%d.cpp" % n)
        path.write_text(text)
        floor = best(args.repeat, lambda: measure([tools.clangxx, "-fsyntax-only", str(path)] + flags))
        driver = best(args.repeat, lambda: measure([tools.driver, "--quiet", "--no-cache", "-j1",
                                                   str(path), "--"] + flags))
        print("| %d | %.2f | %.2f | %.2f | %.2f |" % (real_n, floor[0], driver[0],
                                                    driver[0] / floor[0], driver[0] * 1e6 / real_n))
        sys.stdout.flush()
    counts = [10, 100, 1000, 10000] if not args.quick else [10, 100, 1000]
    print("\n### A TU of N coroutines, each over a chain of 8 helpers\n")
    print("| coroutines | floor s | driver -j1 s | driver / floor | driver ms per coroutine "
          "| --no-cross-file s | summaries + index cost |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in counts:
        path = work / ("many_%d.cpp" % n)
        path.write_text(many_coroutines(n))
        floor = best(args.repeat, lambda: measure([tools.clangxx, "-fsyntax-only", str(path)] + flags))
        driver = best(args.repeat, lambda: measure([tools.driver, "--quiet", "--no-cache", "-j1",
                                                   "--write-index=%s" % (work / "index.json"),
                                                   str(path), "--"] + flags))
        alone = best(args.repeat, lambda: measure([tools.driver, "--quiet", "--no-cache", "-j1",
                                                  "--no-cross-file", str(path), "--"] + flags))
        print("| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %+.1f %% |" % (
            n, floor[0], driver[0], driver[0] / floor[0], driver[0] * 1000 / n, alone[0],
            100.0 * (driver[0] / alone[0] - 1)))
        sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--llvm", default="19", choices=["19", "22"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", choices=["real", "generated"])
    parser.add_argument("--quick", action="store_true", help="smaller generated inputs")
    args = parser.parse_args()
    tools = Tools(args.llvm)
    with open("/proc/cpuinfo") as f:
        cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    print("## async-tidy benchmark: LLVM %s, %d cores (%s), -j%d, best of %d" % (
        args.llvm, os.cpu_count(), cpu, args.jobs, args.repeat))
    with tempfile.TemporaryDirectory(prefix="async-tidy-bench-") as tmp:
        work = pathlib.Path(tmp)
        if args.only != "generated":
            run_real(tools, work, args)
        if args.only != "real":
            run_generated(tools, work, args)


if __name__ == "__main__":
    main()
