// Test suites check that a call rejects bad arguments by handing a lambda to
// a helper that runs it and expects an exception (concurrencpp's tests use
// assert_throws and assert_throws_with_error_message). The task such a lambda
// drops is the call expected to throw before any coroutine starts; it is not
// reported. The same lambda handed to any other function is.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <functional>
#include <stdexcept>
#include <string_view>

namespace suite {
template <class E, class F> void assert_throws(F &&f) {
  try {
    f();
  } catch (const E &) {
  }
}
template <class E, class F> void assert_throws_with_error_message(F &&f, std::string_view) {
  assert_throws<E>(f);
}
void run_later(std::function<void()> f);
} // namespace suite

app::task<> join_all(int count);

// --- Bad ------------------------------------------------------------------

void schedules() {
  suite::run_later([] { join_all(-1); });
  // CHECK: :[[@LINE-1]]:25: warning: task returned by 'join_all' is never awaited; the operation it starts does not run [async-unawaited-task]
}

// --- Good -----------------------------------------------------------------

void rejects_bad_arguments() {
  // silenced by 'testing.expects-throw'
  suite::assert_throws<std::invalid_argument>([] { join_all(-1); });
  suite::assert_throws_with_error_message<std::invalid_argument>(
      [] { join_all(-2); }, "count must not be negative");
}
