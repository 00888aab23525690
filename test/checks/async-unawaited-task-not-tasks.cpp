// Coroutine types that are not tasks: nothing can await them, so dropping
// the value is their normal use (issue 15's real-code false positives).
// - fire-and-forget types: drogon::AsyncTask (eager promise, no awaiter) and
//   concurrencpp::null_result (a coroutine type through std::coroutine_traits);
// - generators, also in a range-for, where the compiler's '__range1' holds
//   the generator for the loop.
// Look-alikes that are awaitable stay reported: drogon::Task, an eager type
// with a non-member operator co_await, concurrencpp::result.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <concurrencpp/result.h>
#include <drogon/utils/coroutine.h>

namespace app {
/// A synchronous generator that can be iterated, as real ones can.
template <typename T> struct range_generator {
  struct promise_type {
    range_generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  struct iterator {
    T operator*() const;
    iterator &operator++();
    bool operator!=(const iterator &) const;
  };
  iterator begin();
  iterator end();
};

/// Eager, awaitable only through a non-member operator co_await.
struct job {
  struct promise_type {
    job get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
std::suspend_always operator co_await(job);

/// Eager, awaitable through an inherited awaiter.
struct awaiter_base {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};
struct derived_job : awaiter_base {
  struct promise_type {
    derived_job get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
} // namespace app

drogon::AsyncTask log_request(int id) { co_return; }
concurrencpp::null_result fire(int id) { co_return; }
app::range_generator<int> numbers(int n) {
  for (int i = 0; i < n; ++i)
    co_yield i;
}
drogon::Task<> store(int id);
app::job start_job(int id);
app::derived_job start_derived(int id);
concurrencpp::result<int> compute(int id) { co_return id; }

// --- Bad ------------------------------------------------------------------

app::task<> bad(int id) {
  store(id);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'store' is never awaited; the operation it starts does not run [async-unawaited-task]
  start_job(id);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'start_job' is never awaited; its result and exceptions are lost [async-unawaited-task]
  start_derived(id);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'start_derived' is never awaited; its result and exceptions are lost [async-unawaited-task]
  compute(id);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'concurrencpp.result')
  co_return;
}

// --- Good -----------------------------------------------------------------

app::task<> good(int id) {
  log_request(id);
  fire(id);
  auto kept = log_request(id);
  numbers(3);
  int sum = 0;
  for (int v : numbers(id))
    sum += v;
  for (auto v : numbers(sum))
    (void)v;
  co_return;
}

void plain(int id) {
  log_request(id);
  fire(id);
  for (int v : numbers(id))
    (void)v;
}
