// Locks of the C++ standard library held across co_await / co_yield, with real
// libstdc++ headers: what is held is decided over the control-flow graph.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <mutex>
#include <shared_mutex>
#include <utility>
#include <vector>

std::mutex cache_mutex;
app::task<int> fetch();
app::task<bool> more();
void consume(std::unique_lock<std::mutex> lk);
std::unique_lock<std::mutex> lock_cache();

// --- Bad: a lock may be held at the suspension ---------------------------

app::task<> guard_then_await() {
  std::lock_guard<std::mutex> guard(cache_mutex);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'guard' holds 'cache_mutex' [async-lock-across-suspend]
  // CHECK: :[[@LINE-3]]:31: note: 'guard' acquires 'cache_mutex' here (catalogue entry 'std.lock_guard')
}

app::task<int> await_in_initializer_condition_loop_and_return() {
  std::unique_lock lk(cache_mutex);
  int v = co_await fetch(); // inside a declaration's initializer (llvm-project #72793)
  // CHECK: :[[@LINE-1]]:11: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
  // CHECK: :[[@LINE-3]]:20: note: 'lk' acquires 'cache_mutex' here (catalogue entry 'std.lock_guard')
  if (co_await more())
    // CHECK: :[[@LINE-1]]:7: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
    v++;
  while (co_await more()) {
    // CHECK: :[[@LINE-1]]:10: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
  }
  co_return v + co_await fetch();
  // CHECK: :[[@LINE-1]]:17: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
}

app::generator<int> yields(std::shared_mutex &sm) {
  std::shared_lock reader(sm);
  co_yield 1;
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'reader' holds 'sm'
  // CHECK: :[[@LINE-3]]:20: note: 'reader' acquires 'sm' here (catalogue entry 'std.lock_guard')
}

app::task<> raw_lock_and_unlock() {
  cache_mutex.lock();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'cache_mutex' is locked
  // CHECK: :[[@LINE-3]]:15: note: 'cache_mutex' is locked here (catalogue entry 'std.mutex.lock')
  cache_mutex.unlock();
  co_await fetch(); // unlocked: fine
}

app::task<> unlocked_on_one_branch_only(bool fast) {
  std::unique_lock lk(cache_mutex);
  if (fast)
    lk.unlock();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
  // CHECK: :[[@LINE-5]]:20: note: 'lk' acquires 'cache_mutex' here
}

app::task<> held_within_one_iteration(std::vector<int> items) {
  for (int item : items) {
    std::lock_guard g(cache_mutex);
    (void)item;
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'g' holds 'cache_mutex'
    // CHECK: :[[@LINE-4]]:21: note: 'g' acquires 'cache_mutex' here
  }
  for (int item : items) {
    co_await fetch(); // not held: the previous iteration's unlock came first
    cache_mutex.lock();
    if (item > 3)
      break; // leaves the loop locked
    cache_mutex.unlock();
  }
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'cache_mutex' is locked
  // CHECK: :[[@LINE-7]]:17: note: 'cache_mutex' is locked here (catalogue entry 'std.mutex.lock')
}

app::task<> deferred_then_locked() {
  std::unique_lock lk(cache_mutex, std::defer_lock);
  co_await fetch(); // not yet locked
  lk.lock();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
  // CHECK: :[[@LINE-3]]:6: note: 'lk' locks 'cache_mutex' here (catalogue entry 'std.unique_lock.lock')
}

app::task<> adopted() {
  cache_mutex.lock();
  std::lock_guard g(cache_mutex, std::adopt_lock);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'g' holds 'cache_mutex'
  // CHECK: :[[@LINE-3]]:19: note: 'g' acquires 'cache_mutex' here (catalogue entry 'std.adopt_lock')
}

app::task<> released_but_still_locked() {
  std::unique_lock lk(cache_mutex);
  std::mutex *m = lk.release();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'cache_mutex' is locked
  // CHECK: :[[@LINE-3]]:22: note: 'lk' gives up 'cache_mutex' here without unlocking it (catalogue entry 'std.unique_lock.release')
  m->unlock();
}

app::task<> tried(std::timed_mutex &tm) {
  std::unique_lock lk(cache_mutex, std::try_to_lock);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
  // CHECK: :[[@LINE-3]]:20: note: 'lk' may acquire 'cache_mutex' here (catalogue entry 'std.try_to_lock')
  lk.unlock();
  if (tm.try_lock()) {
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'tm' is locked
    // CHECK: :[[@LINE-3]]:10: note: 'tm' may be locked here (catalogue entry 'std.mutex.try_lock')
    tm.unlock();
  }
  if (!lk.try_lock()) {
    co_await fetch(); // the try failed: nothing held on this branch
    co_return;
  }
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds 'cache_mutex'
  // CHECK: :[[@LINE-6]]:11: note: 'lk' may lock 'cache_mutex' here (catalogue entry 'std.unique_lock.try_lock')
}

app::task<> two_mutexes(std::mutex &a, std::mutex &b) {
  std::scoped_lock both(a, b);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'both' holds 'a' and 'b'
  // CHECK: :[[@LINE-3]]:20: note: 'both' acquires 'a' and 'b' here
}

app::task<> moved_into_another_guard() {
  std::unique_lock lk(cache_mutex);
  auto kept = std::move(lk);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'kept' holds 'cache_mutex'
  // CHECK: :[[@LINE-4]]:20: note: 'kept' acquires 'cache_mutex' here
}

app::task<> from_a_factory_and_assigned() {
  auto lk = lock_cache();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds a lock
  // CHECK: :[[@LINE-3]]:8: note: 'lk' acquires its lock here (catalogue entry 'std.lock_guard')
  lk.unlock();
  std::unique_lock<std::mutex> later;
  co_await fetch(); // default-constructed: holds nothing
  later = std::unique_lock(cache_mutex);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'later' holds 'cache_mutex'
  // CHECK: :[[@LINE-3]]:9: note: 'later' acquires 'cache_mutex' here
}

app::task<> passed_in(std::unique_lock<std::mutex> lk) {
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds a lock
  // CHECK: :[[@LINE-3]]:52: note: 'lk' is passed in holding its lock (catalogue entry 'std.lock_guard')
}

struct Cache {
  std::mutex mu_;
  app::task<> refresh() {
    mu_.lock();
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'mu_' is locked
    // CHECK: :[[@LINE-3]]:9: note: 'mu_' is locked here
    this->mu_.unlock(); // the same mutex, spelled differently
    co_await fetch();
  }
};

auto lambda_coroutine = []() -> app::task<> {
  std::lock_guard g(cache_mutex);
  co_await app::event{};
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'g' holds 'cache_mutex'
  // CHECK: :[[@LINE-3]]:19: note: 'g' acquires 'cache_mutex' here
};

// --- Good: nothing held when the coroutine suspends ----------------------

app::task<> scope_ends_first() {
  {
    std::lock_guard g(cache_mutex);
  }
  co_await fetch();
  std::unique_lock lk(cache_mutex);
  lk.unlock(); // unlocked on every path (misc-coroutine-hostile-raii reports this)
  co_await fetch();
  std::unique_lock moved(cache_mutex);
  consume(std::move(moved)); // moved away (cppcoreguidelines-no-suspend-with-lock reports this)
  co_await fetch();
}

app::task<> guard_in_loop_body_dies_before_the_header_awaits() {
  while (co_await more()) {
    std::lock_guard g(cache_mutex);
  }
}

app::task<> lock_after_the_last_suspension(bool b) {
  co_await fetch();
  std::lock_guard g(cache_mutex);
  if (b)
    co_return;
}

app::task<> lock_inside_a_plain_lambda() {
  auto critical = [] { std::lock_guard g(cache_mutex); };
  critical();
  co_await fetch();
}

void not_a_coroutine() {
  std::lock_guard g(cache_mutex);
}
