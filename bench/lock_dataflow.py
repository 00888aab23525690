#!/usr/bin/python3
"""Benchmark: does async-lock-across-suspend stay linear in the function's size?

Generates one coroutine of N "units" (each a few statements: a scoped guard, a
raw lock with a branch that unlocks, a loop that locks per iteration, a try_lock,
and co_awaits in between, some with a lock held), for growing N, and measures:
  - floor:  clang++ -fsyntax-only (parsing alone)
  - check:  the check's own time, from clang-tidy's --enable-check-profile
            (the plugin in stock clang-tidy, only async-lock-across-suspend)
and prints the check's time per 1,000 statements, which stays flat when the
dataflow is linear. Prints figures; asserts nothing.

Usage: bench/lock_dataflow.py [--llvm 19|22] [--sizes 250,500,...]
"""
import argparse
import json
import os
import pathlib
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

UNIT = """
  {{
    std::lock_guard<std::mutex> g{i}(m);
    v.push_back({i});
  }}
  co_await fetch();
  m.lock();
  if (v.size() > {i}u) {{
    m.unlock();
  }} else {{
    v.pop_back();
    m.unlock();
  }}
  for (int k{i} : v) {{
    std::unique_lock<std::mutex> lk{i}(m);
    if (k{i} == {i})
      break;
    lk{i}.unlock();
    co_await fetch();
  }}
  if (m.try_lock()) {{
    co_await fetch(); // reported: held here
    m.unlock();
  }}
"""
STATEMENTS_PER_UNIT = 16


def source(units):
    body = "".join(UNIT.format(i=i) for i in range(units))
    return ('#include "task.h"\n#include <mutex>\n#include <vector>\n'
            "app::task<int> fetch();\n"
            "app::task<> big(std::mutex &m, std::vector<int> &v) {%s}\n" % body)


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--llvm", default="19")
    ap.add_argument("--sizes", default="250,500,1000,2000,4000")
    args = ap.parse_args()
    build = ROOT / ("build" if args.llvm == "19" else "build-" + args.llvm)
    plugin = build / "lib/AsyncTidyModule.so"
    clangxx = "/usr/lib/llvm-%s/bin/clang++" % args.llvm
    clang_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % args.llvm
    flags = ["-std=c++20", "-I", str(ROOT / "test/Inputs")]
    print("LLVM %s, %s; one coroutine of N statements" % (args.llvm, os.uname().machine))
    print("%10s %10s %10s %12s %14s" % ("statements", "floor s", "check s", "check/floor", "check ms/1k st"))
    with tempfile.TemporaryDirectory() as tmp:
        for units in [int(s) // STATEMENTS_PER_UNIT for s in args.sizes.split(",")]:
            src = pathlib.Path(tmp, "big_%d.cpp" % units)
            src.write_text(source(units))
            floor = timed([clangxx, "-fsyntax-only", *flags, str(src)])
            profile = pathlib.Path(tmp, "profile_%d" % units)
            subprocess.run([clang_tidy, "--quiet", "--load=%s" % plugin,
                            "--checks=-*,async-lock-across-suspend", "--enable-check-profile",
                            "--store-check-profile=%s" % profile, str(src), "--", *flags],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            data = json.loads(next(profile.glob("*.json")).read_text())
            check = sum(v for k, v in data["profile"].items()
                        if "async-lock-across-suspend" in k and k.endswith(".wall"))
            statements = units * STATEMENTS_PER_UNIT
            print("%10d %10.3f %10.3f %12.2f %14.2f" % (
                statements, floor, check, check / floor, 1000 * check / statements * 1000))


if __name__ == "__main__":
    main()
