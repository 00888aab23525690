// Functions the compiler declares itself have no source location: the
// implicit constructor of the builtin '__va_list_tag', defined when a
// 'va_list' is value-initialised (as logging helpers do). Summarising them
// once crashed the driver (an invalid FileID used as a map key, seen on real
// drogon and stdexec files); they are summarised without a place, and chains
// through the helpers that use them are still reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --write-index=%t.index.json %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <cstdarg>
#include <unistd.h>

struct log_record {
  std::va_list args{};
};

void format_line() {
  std::va_list args{};
  (void)args;
  log_record record;
  (void)record;
}

void flush_log(int fd) {
  format_line();
  fsync(fd);
}

// --- Bad ------------------------------------------------------------------

app::task<> write_log(int fd) {
  flush_log(fd);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'flush_log' inside coroutine 'write_log' blocks: 'flush_log' -> 'fsync' [async-blocking-call]
  // CHECK: note:
  co_return;
}

// --- Good -----------------------------------------------------------------

app::task<> prepare_log() {
  format_line();
  co_return;
}
