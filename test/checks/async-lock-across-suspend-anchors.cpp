// The same code through clang-tidy's two scope-based checks and through
// async-lock-across-suspend: docs/checks/async-lock-across-suspend.md shows
// this comparison, and this test keeps it true for the clang-tidy we build
// against. NSWL = cppcoreguidelines-no-suspend-with-lock, HOSTILE =
// misc-coroutine-hostile-raii (default options), CHECK = async-tidy.
// RUN: %stock_clang_tidy --checks=-*,cppcoreguidelines-no-suspend-with-lock %s -- %std_flags | FileCheck %s --check-prefix=NSWL %nodiag
// RUN: %stock_clang_tidy --checks=-*,misc-coroutine-hostile-raii %s -- %std_flags | FileCheck %s --check-prefix=HOSTILE %nodiag
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <folly/coro/Mutex.h>
#include <mutex>
#include <utility>

std::mutex m;
app::task<int> fetch();
void consume(std::unique_lock<std::mutex> lk);

// 1. Unlocked before the suspension: nothing is held. Upstream: false positive.
app::task<> unlocked_before() {
  std::unique_lock<std::mutex> lk(m);
  lk.unlock();
  co_await fetch();
  // NSWL: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lk' held [cppcoreguidelines-no-suspend-with-lock]
}

// 2. Moved away before the suspension. Upstream: false positive.
app::task<> moved_before() {
  std::unique_lock<std::mutex> lk(m);
  consume(std::move(lk));
  co_await fetch();
  // NSWL: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lk' held [cppcoreguidelines-no-suspend-with-lock]
}

// 3. A coroutine-aware mutex held through std::unique_lock. Upstream: false positive.
app::task<> coroutine_aware(folly::coro::Mutex &fm) {
  std::unique_lock<folly::coro::Mutex> lk = co_await fm.co_scoped_lock();
  co_await fetch();
  // NSWL: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lk' held [cppcoreguidelines-no-suspend-with-lock]
}

// 4. co_await inside a declaration's initializer. misc-coroutine-hostile-raii
//    misses it (llvm-project #72793).
app::task<> await_in_initializer() {
  std::lock_guard<std::mutex> g(m);
  int v = co_await fetch();
  // NSWL: :[[@LINE-1]]:11: warning: coroutine suspended with lock 'g' held [cppcoreguidelines-no-suspend-with-lock]
  // CHECK: :[[@LINE-2]]:11: warning: coroutine may suspend here while 'g' holds 'm' [async-lock-across-suspend]
  // CHECK: :[[@LINE-4]]:31: note: 'g' acquires 'm' here
  (void)v;
}

// 5. Raw lock() / unlock(). Upstream: missed by both.
app::task<> raw_lock() {
  m.lock();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'm' is locked [async-lock-across-suspend]
  // CHECK: :[[@LINE-3]]:5: note: 'm' is locked here
  m.unlock();
}

// 6. A guard declared with class template argument deduction.
//    cppcoreguidelines-no-suspend-with-lock misses it.
app::task<> deduced_guard() {
  std::lock_guard g(m);
  co_await fetch();
  // HOSTILE: :[[@LINE-2]]:19: warning: 'g' persists across a suspension point of coroutine [misc-coroutine-hostile-raii]
  // HOSTILE: :[[@LINE-2]]:3: note: suspension point is here
  // CHECK: :[[@LINE-3]]:3: warning: coroutine may suspend here while 'g' holds 'm' [async-lock-across-suspend]
  // CHECK: :[[@LINE-5]]:19: note: 'g' acquires 'm' here
}

// 7. Unlocked on one branch only: may be held. Everyone reports it.
app::task<> one_branch(bool b) {
  std::unique_lock<std::mutex> lk(m);
  if (b)
    lk.unlock();
  co_await fetch();
  // NSWL: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lk' held [cppcoreguidelines-no-suspend-with-lock]
  // CHECK: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'lk' holds 'm' [async-lock-across-suspend]
  // CHECK: :[[@LINE-6]]:32: note: 'lk' acquires 'm' here
}
