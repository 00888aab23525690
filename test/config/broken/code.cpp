// An invalid catalogue: clang-tidy shows a configuration error and the check
// stays silent (no findings from a partial catalogue); the driver stops with
// exit status 2 before analysing anything.
// RUN: not %clang_tidy_plugin %s -- %std_flags 2>&1 | FileCheck %s --check-prefix=PLUGIN %nodiag
// RUN: %expect_exit 2 %async_tidy %s -- %std_flags > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=DRIVER --match-full-lines < %t.err
// RUN: FileCheck %s --check-prefix=NOTHING --allow-empty %nodiag < %t.out
#include "task.h"
#include <thread>
app::task<> f() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
// PLUGIN: error: {{.*}}broken-rules.yaml:3:5: missing required key 'reason' in entry 'broken.entry' [clang-tidy-config]
// PLUGIN: error: {{.*}}broken-rules.yaml:7:5: unknown key 'reson' in entry 'broken.entry'; did you mean 'reason'? [clang-tidy-config]
// DRIVER: {{.*}}broken-rules.yaml:3:5: error: missing required key 'reason' in entry 'broken.entry'
// DRIVER-NEXT: {{.*}}broken-rules.yaml:7:5: error: unknown key 'reson' in entry 'broken.entry'; did you mean 'reason'?
// NOTHING-NOT: {{.}}
