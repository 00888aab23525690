#!/usr/bin/env bash
# Installs, from Debian 12's archive, everything async-tidy needs to build and
# test against LLVM/Clang 19 and 22. Idempotent; run as root (or with sudo).
# Usage: scripts/install-deps.sh [19] [22]   (default: both)
set -euo pipefail
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(19 22)

packages=(cmake ninja-build python3 python3-yaml libyaml-cpp-dev
          libboost1.81-dev qtbase5-dev qcoro-qt5-dev
          libcurl4-openssl-dev libpq-dev libsqlite3-dev libmariadb-dev libhiredis-dev
          # async-clangd: Debian's clangd libraries link gRPC and protobuf.
          libgrpc++-dev libprotobuf-dev
          # the pre-commit integration test drives the real framework.
          pre-commit git)
for v in "${versions[@]}"; do
  packages+=("clang-$v" "clang-tidy-$v" "libclang-$v-dev" "llvm-$v-dev" "llvm-$v-tools")
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
