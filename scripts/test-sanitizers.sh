#!/usr/bin/env bash
# The whole test suite against an AddressSanitizer + UBSan build (LLVM 19, in
# build-asan/): every lit test, through the plugin, the driver and
# async-clangd. A sanitizer report fails the test it happens in.
# Usage: scripts/test-sanitizers.sh
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh 19 || exit 1
echo "=== LLVM 19 with ASan and UBSan: build"
cmake -S . -B build-asan -G Ninja -DASYNC_TIDY_LLVM_VERSION=19 -DASYNC_TIDY_SANITIZE=ON \
  > build-asan.configure.log 2>&1 || { cat build-asan.configure.log; exit 1; }
cmake --build build-asan || exit 1
echo "=== LLVM 19 with ASan and UBSan: tests"
lit=$(grep -m1 '^ASYNC_TIDY_LIT:' build-asan/CMakeCache.txt | cut -d= -f2-)
/usr/bin/python3 "$lit" -sv build-asan/test
