#!/usr/bin/env bash
# Fuzzes the catalogue loader with libFuzzer for a bounded time, instrumented
# with AddressSanitizer and UBSan. Seeds: the shipped catalogue and the test
# catalogues. A crash leaves its input in build-fuzz/fuzz-artifacts/; copy it to
# test/catalogue/Inputs/fuzz-regressions/ (the lit test loads every file there)
# and fix the loader.
# Usage: scripts/fuzz.sh [seconds, default 60]   Exit status: libFuzzer's (0: nothing found).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
dpkg-query -W -f='${Status}' libclang-rt-19-dev 2>/dev/null | grep -q "install ok installed" \
  || { echo "fuzz: libFuzzer needs libclang-rt-19-dev (scripts/install-deps.sh)"; exit 2; }
cmake -S . -B build-fuzz -G Ninja -DASYNC_TIDY_LLVM_VERSION=19 -DASYNC_TIDY_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
  > build-fuzz.configure.log 2>&1 || { cat build-fuzz.configure.log; exit 1; }
cmake --build build-fuzz --target catalogue-loader-fuzzer
corpus=build-fuzz/fuzz-corpus
mkdir -p "$corpus" build-fuzz/fuzz-artifacts
cp rules/*.yaml test/catalogue/Inputs/*.yaml test/catalogue/Inputs/fuzz-regressions/*.yaml "$corpus/" 2>/dev/null || true
UBSAN_OPTIONS=print_stacktrace=1 \
  build-fuzz/bin/catalogue-loader-fuzzer -max_total_time="$seconds" -print_final_stats=1 \
  -dict=test/fuzz/catalogue.dict -artifact_prefix=build-fuzz/fuzz-artifacts/ "$corpus"
