// seastar::shared_mutex is taken asynchronously; the std::shared_lock and
// std::unique_lock that get_shared_lock/get_unique_lock resolve to may be held
// across a suspension. A std::unique_lock over a std::mutex may not.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <mutex>
#include <seastar/core/coroutine.hh>
#include <seastar/core/shared_mutex.hh>

seastar::future<> work(int i);

// --- Bad ------------------------------------------------------------------

seastar::future<> std_locked(std::mutex &m) {
  std::unique_lock<std::mutex> guard(m);
  co_await work(0);
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'guard' holds 'm' [async-lock-across-suspend]
  // CHECK: note:
}

// --- Good -----------------------------------------------------------------

seastar::future<> locked(seastar::shared_mutex &m) {
  auto reader = co_await seastar::get_shared_lock(m);
  co_await work(1);
  auto writer = co_await seastar::get_unique_lock(m);
  co_await work(2);
}
