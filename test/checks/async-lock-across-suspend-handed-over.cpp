// A guard handed to the awaitable by non-const reference may be released by
// it once the waiter is queued: concurrencpp's async_lock builds its awaiter
// from the std::unique_lock that guards its list of waiters, and unlocks it
// in await_suspend. What the guard holds from there on is the awaitable's
// business, so that suspension is not reported, nor later ones until the
// guard locks again. A guard the awaitable only reads (const reference), or
// does not get, is reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <coroutine>
#include <mutex>

/// Queues the waiter, then unlocks `lock` (await_suspend).
class queue_then_unlock {
public:
  queue_then_unlock(std::mutex &list_mutex, std::unique_lock<std::mutex> &lock) noexcept;
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<> waiter) noexcept;
  void await_resume() const noexcept;
};

/// Only reads whether `lock` owns its mutex.
class peek_at_lock {
public:
  explicit peek_at_lock(const std::unique_lock<std::mutex> &lock) noexcept;
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<> waiter) noexcept;
  void await_resume() const noexcept;
};

app::task<> sleep_a_while();

// --- Bad ------------------------------------------------------------------

app::task<> peeks(std::mutex &m) {
  std::unique_lock<std::mutex> lock(m);
  co_await peek_at_lock(lock);
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lock' holds 'm' [async-lock-across-suspend]
  // CHECK: note:
}

app::task<> locks_again(std::mutex &m) {
  std::unique_lock<std::mutex> lock(m);
  co_await queue_then_unlock(m, lock);
  lock.lock();
  co_await sleep_a_while();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lock' holds 'm' [async-lock-across-suspend]
  // CHECK: note:
}

app::task<> other_guard(std::mutex &m, std::mutex &n) {
  std::unique_lock<std::mutex> kept(m);
  std::unique_lock<std::mutex> handed(n);
  co_await queue_then_unlock(n, handed);
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'kept' holds 'm' [async-lock-across-suspend]
  // CHECK: note:
}

// --- Good -----------------------------------------------------------------

app::task<> waits_in_line(std::mutex &m, bool &locked) {
  while (true) {
    std::unique_lock<std::mutex> lock(m);
    if (!locked) {
      locked = true;
      lock.unlock();
      break;
    }
    co_await queue_then_unlock(m, lock);
  }
  co_await sleep_a_while();
}
