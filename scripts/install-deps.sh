#!/usr/bin/env bash
# Installs, from Debian 12's archive, everything async-tidy needs to build and
# test against LLVM/Clang 19 and 22. Idempotent; run as root (or with sudo).
# Usage: scripts/install-deps.sh [--build-only] [19] [22]   (default: both)
# --build-only: just what building needs (for CI jobs that only run the tool),
# not the test suite's libraries, pre-commit and SARIF validator.
set -euo pipefail
build_only=no
if [ "${1:-}" = --build-only ]; then build_only=yes; shift; fi
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(19 22)

packages=(cmake ninja-build python3 libyaml-cpp-dev
          # async-clangd: Debian's clangd libraries link gRPC and protobuf.
          libgrpc++-dev libprotobuf-dev)
if [ $build_only = no ]; then
  packages+=(python3-yaml libboost1.81-dev qtbase5-dev qcoro-qt5-dev
             libcurl4-openssl-dev libpq-dev libsqlite3-dev libmariadb-dev libhiredis-dev libsystemd-dev
             # Asio's ssl::stream (OpenSSL) and glibc's crypt.h in the blocking tests.
             libssl-dev libcrypt-dev
             # the pre-commit integration test drives the real framework.
             pre-commit git
             # scripts/test-package.sh: dpkg-shlibdeps for cpack, and a clean
             # Debian 12 root to install the package into; strace for the
             # install test (nothing of the build folder is opened).
             dpkg-dev mmdebstrap strace)
fi
for v in "${versions[@]}"; do
  packages+=("clang-$v" "clang-tidy-$v" "libclang-$v-dev" "llvm-$v-dev" "llvm-$v-tools")
  # scripts/check-format.sh formats with clang-format-19.
  [ $build_only = yes ] || [ "$v" != 19 ] || packages+=("clang-format-19")
  # ASan/UBSan runtimes and libFuzzer (scripts/test-sanitizers.sh, scripts/fuzz.sh).
  [ $build_only = yes ] || packages+=("libclang-rt-$v-dev")
done

# Node.js and npm for the SARIF validator, unless a Node.js is already there
# (Debian's npm would conflict with another distribution's nodejs).
[ $build_only = yes ] || command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: every Debian package is installed"
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The SARIF validator the test suite runs: Microsoft's SARIF Multitool from the
# npm registry, pinned by test/Inputs/sarif-validator/package-lock.json.
validator="$(cd "$(dirname "$0")/.." && pwd)/test/Inputs/sarif-validator"
if [ $build_only = no ] && [ ! -e "$validator/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
  echo "install-deps: installing the SARIF validator (npm ci in $validator)"
  (cd "$validator" && npm ci --no-audit --no-fund --loglevel=error)
fi
