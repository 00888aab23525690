#!/usr/bin/env bash
# Checks that the C++ code is formatted as .clang-format says (clang-format-19).
# Usage: scripts/check-format.sh [BASE]
#   without BASE: every tracked .cpp/.h outside test/ (the tree was formatted
#     once, so this checks every line anyone has changed since; CI runs this);
#   with BASE (a git revision): only the lines changed since BASE, as
#     `git clang-format` sees them, for a quick check before a commit.
# Exit status: 0 formatted, 1 not (the differences are printed), 2 no clang-format.
set -uo pipefail
cd "$(dirname "$0")/.."
cf=$(command -v clang-format-19 || true)
[ -n "$cf" ] || { echo "check-format: clang-format-19 is missing (scripts/install-deps.sh)"; exit 2; }
if [ $# -gt 0 ]; then
  out=$(git clang-format-19 --binary "$cf" --diff "$1" -- '*.cpp' '*.h' ':!test/' 2>&1)
  if [ -z "$out" ] || echo "$out" | grep -q "^no modified files\|did not modify any files"; then
    echo "check-format: the lines changed since $1 are formatted"; exit 0
  fi
  echo "$out"; exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^test/')
if "$cf" --dry-run -Werror "${files[@]}"; then
  echo "check-format: ${#files[@]} files formatted"
  exit 0
fi
echo "check-format: not formatted; clang-format-19 -i on the files above formats them"
exit 1
