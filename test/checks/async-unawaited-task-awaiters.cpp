// An awaiter that is not a task (a type that declares await_ready, itself or
// in a base, or a member operator co_await) does nothing until it is
// awaited: dropped as a statement in a coroutine, the executor switch, the
// wait or the yield it stands for never happens. concurrencpp's own example
// once did this with resume_on, and then ran on the wrong executor.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <concurrencpp/executors.h>
#include <coroutine>
#include <memory>

namespace app {
struct yield_now {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
yield_now yield();
yield_now &current_yield();

concurrencpp::result<int> parse_on(std::shared_ptr<concurrencpp::thread_pool_executor> pool) {
  concurrencpp::resume_on(pool);
  // CHECK: :[[@LINE-1]]:3: warning: awaitable returned by 'concurrencpp::resume_on' is never awaited; what it stands for does not happen [async-unawaited-task]
  yield();
  // CHECK: :[[@LINE-1]]:3: warning: awaitable returned by 'app::yield' is never awaited; what it stands for does not happen [async-unawaited-task]
  co_return 1;
}

concurrencpp::result<int> parse_on_fixed(std::shared_ptr<concurrencpp::thread_pool_executor> pool) {
  co_await concurrencpp::resume_on(pool);
  co_await yield();
  current_yield(); // a reference to an awaiter that lives elsewhere
  co_return 1;
}

// Not reported outside a coroutine, where it cannot be awaited.
void prepare(concurrencpp::thread_pool_executor &pool) { concurrencpp::resume_on(pool); }
} // namespace app
