#!/usr/bin/env bash
# The whole test suite: installs what is needed (apt), builds against each LLVM
# version, and runs every lit test through the plugin and the driver.
# Usage: scripts/test.sh [19] [22]   (default: both)
set -uo pipefail
cd "$(dirname "$0")/.."
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(19 22)

bash scripts/install-deps.sh "${versions[@]}" || exit 1

passed=0 failed=0 status=0
for v in "${versions[@]}"; do
  echo "=== LLVM $v: build"
  if ! bash scripts/build.sh "$v"; then
    echo "=== LLVM $v: build FAILED"
    failed=$((failed + 1)); status=1; continue
  fi
  dir=build; [ "$v" = 19 ] || dir="build-$v"
  echo "=== LLVM $v: tests"
  lit=$(grep -m1 '^ASYNC_TIDY_LIT:' "$dir/CMakeCache.txt" | cut -d= -f2-)
  log="$dir/lit.log"
  /usr/bin/python3 "$lit" -sv "$dir/test" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  p=$(grep -Eo '^ *Passed *: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  f=$(grep -Eo '^ *Failed *: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  passed=$((passed + p)); failed=$((failed + f))
done
echo "${passed} passed, ${failed} failed"
exit $status
