#!/usr/bin/env bash
# A user's repository with the async-tidy hook, driven through real commits.
# Prints a transcript (each step, the hook's output, git's exit status) for
# pre-commit.test to match.
#
#   pre-commit-scenario.sh SOURCE_ROOT ASYNC_TIDY WORKDIR INCLUDE_DIR MODE
#
# MODE framework: the pre-commit framework installs the hook from a clone of
#   this repository's hook files (.pre-commit-hooks.yaml, integrations/).
# MODE git-hook: integrations/pre-commit/async-tidy-hook copied to
#   .git/hooks/pre-commit, for people without the framework.
set -u
src=$1 tool=$2 work=$3 include=$4 mode=$5
export ASYNC_TIDY=$tool PRE_COMMIT_HOME=$work/pre-commit-home
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
rm -rf "$work" && mkdir -p "$work"

git_in() { git -C "$1" -c user.name=dev -c user.email=dev@example.invalid "${@:2}"; }

commit() { # commit MESSAGE: commit what is staged, show the hook's output and the status
  echo "=== commit: $1"
  git_in "$work/project" commit -q -m "$1" 2>&1
  echo "git commit exit status: $?"
}

# The hook repository: this repository's hook files, committed, so that the
# framework clones them exactly as it would clone async-tidy from a server.
mkdir -p "$work/hooks/integrations"
cp "$src/.pre-commit-hooks.yaml" "$work/hooks/"
cp -r "$src/integrations/pre-commit" "$work/hooks/integrations/"
git_in "$work/hooks" init -q
git_in "$work/hooks" add .
git_in "$work/hooks" commit -q -m hooks
rev=$(git -C "$work/hooks" rev-parse HEAD)

# The user's project, with a finding that predates the hook.
p=$work/project
mkdir -p "$p/include"
cp "$include/task.h" "$p/include/"
cat > "$p/legacy.cpp" <<'CPP'
#include "task.h"
#include <thread>
app::task<> legacy() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
CPP
cat > "$p/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: async-tidy
YAML
git_in "$p" init -q
git_in "$p" add .
git_in "$p" commit -q -m "before the hook"
if [ "$mode" = framework ]; then
  (cd "$p" && pre-commit install >/dev/null) || echo "pre-commit install failed"
else
  cp "$src/integrations/pre-commit/async-tidy-hook" "$p/.git/hooks/pre-commit"
fi

# 1. The old finding is on a line this commit does not touch: no block.
cat >> "$p/legacy.cpp" <<'CPP'
// A comment added below the old code.
CPP
git_in "$p" add legacy.cpp
commit "touch a file with an old finding"

# 2. A new blocking call in a coroutine: blocked, with the finding shown.
cat > "$p/worker.cpp" <<'CPP'
#include "task.h"
#include <thread>
app::task<> worker() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  co_return;
}
CPP
git_in "$p" add worker.cpp
commit "add a blocking call in a coroutine"

# 3. The same file, fixed: the commit goes through.
cat > "$p/worker.cpp" <<'CPP'
#include "task.h"
app::task<int> fetch();
app::task<> worker() {
  co_await fetch();
  co_return;
}
CPP
git_in "$p" add worker.cpp
commit "add clean coroutine code"

# 4. With a compile database (build/compile_commands.json, as CMake writes
# it), its flags are used: the finding exists only with -DWITH_DB.
mkdir -p "$p/build"
cat > "$p/db.cpp" <<'CPP'
#include "task.h"
#include <thread>
app::task<> configured() {
#ifdef WITH_DB
  std::this_thread::sleep_for(std::chrono::seconds(3));
#endif
  co_return;
}
CPP
cat > "$p/build/compile_commands.json" <<JSON
[{"directory": "$p/build", "file": "$p/db.cpp",
  "arguments": ["clang++", "-std=c++20", "-DWITH_DB", "-I$p/include", "-c", "$p/db.cpp"]}]
JSON
git_in "$p" add db.cpp
commit "code that needs the compile database"
git -C "$p" log --format=%s
