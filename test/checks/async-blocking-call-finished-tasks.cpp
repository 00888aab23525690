// Waiting for an eager task whose coroutine never suspends returns at once:
// the task finished before the call that made it returned. QCoro's own tests
// call their waitFor on such coroutines. Waiting for one that suspends, or
// for a lazy task, still blocks and is reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <chrono>
#include <thread>

namespace app {
/// An eager task: its body runs as soon as it is called.
template <typename T> struct eager_task {
  struct promise_type {
    eager_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool done() const;
  T result() const;
  bool await_ready() { return done(); }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return result(); }
};

/// Blocks until the task has finished (a helper of the project's tests).
template <typename T> T wait_for_task(eager_task<T> t) {
  while (!t.done())
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return t.result();
}
template <typename T> T wait_for_task(task<T> t) {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return T();
}
} // namespace app

app::eager_task<int> ready_now() { co_return 7; }
app::eager_task<int> ready_later() {
  co_await app::event{};
  co_return 8;
}
app::task<int> lazy_now() { co_return 9; }

// --- Bad ------------------------------------------------------------------

app::task<> waits_for_suspending() {
  int later = app::wait_for_task(ready_later());
  // CHECK: :[[@LINE-1]]:15: warning: call to 'app::wait_for_task' inside coroutine 'waits_for_suspending' blocks: 'app::wait_for_task' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  // CHECK: note:
  int lazy = app::wait_for_task(lazy_now());
  // CHECK: :[[@LINE-1]]:14: warning: call to 'app::wait_for_task' inside coroutine 'waits_for_suspending' blocks: 'app::wait_for_task' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  // CHECK: note:
  (void)later, (void)lazy;
  co_return;
}

// --- Good -----------------------------------------------------------------

app::task<> waits_for_finished() {
  int now = app::wait_for_task(ready_now());
  auto inline_task = []() -> app::eager_task<int> { co_return 1; };
  int also = app::wait_for_task(inline_task());
  (void)now, (void)also;
  co_return;
}
