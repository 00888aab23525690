#!/usr/bin/env bash
# Configures the example project (to get compile_commands.json) and runs
# async-tidy on all of it. Findings are expected: the project has bugs.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tidy="${ASYNC_TIDY:-$root/build/bin/async-tidy}"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 > "$build/configure.log" 2>&1 \
  || { cat "$build/configure.log"; exit 1; }
echo "\$ async-tidy -p <build dir>    (in $here)"
(cd "$here" && "$tidy" -p "$build")
status=$?
case $status in
  1) echo "example: async-tidy reported the example's findings (exit status 1)"; exit 0 ;;
  0) echo "example: expected findings, got none"; exit 1 ;;
  *) echo "example: async-tidy failed with exit status $status"; exit 1 ;;
esac
