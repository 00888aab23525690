#!/usr/bin/env bash
# Configures and builds async-tidy against one LLVM version.
# Usage: scripts/build.sh [19|22]   -> build/ for 19 (the default), build-22/ for 22
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-19}"
dir=build
[ "$version" = 19 ] || dir="build-$version"
cmake -S . -B "$dir" -G Ninja -DASYNC_TIDY_LLVM_VERSION="$version" > "$dir.configure.log" 2>&1 \
  || { cat "$dir.configure.log"; exit 1; }
cmake --build "$dir"
