#!/usr/bin/env bash
# Installs what is needed (apt), builds async-tidy against LLVM 19, and runs it
# on the bundled example project, which has real findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh 19
bash scripts/build.sh 19
bash integrations/example-project/run.sh
