// drogon's coroutine mutex: 'co_await mutex.scoped_lock()' gives a
// std::unique_lock<drogon::Mutex> that adopts the lock. Held across a
// suspension it only makes other coroutines wait (catalogue: coro-mutex).
// A std::unique_lock of a std::mutex in the same place is reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
// Without the shipped catalogue, a project's broad lock-guard entry sees
// the drogon guards as locks: proof that 'drogon.mutex' is what exempts them.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/broad-lock-guards.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=NOENTRY %nodiag
#include <drogon/utils/coroutine.h>
#include <mutex>

drogon::Task<> sleep_a_while();

// --- Bad ------------------------------------------------------------------

drogon::Task<> with_std_mutex(std::mutex &m) {
  std::unique_lock<std::mutex> guard(m);
  co_await sleep_a_while();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'guard' holds 'm' [async-lock-across-suspend]
  // CHECK: note:
  // NOENTRY: :[[@LINE-3]]:3: warning: coroutine may suspend here while 'guard'
  // NOENTRY: note:
}

// --- Good -----------------------------------------------------------------

drogon::Task<> with_drogon_mutex(drogon::Mutex &m) {
  auto guard = co_await m.scoped_lock();
  co_await sleep_a_while();
  // COM: exempt by (catalogue entry 'drogon.mutex')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'guard'
  // NOENTRY: note:
}

drogon::Task<> spelled_out(drogon::Mutex &m) {
  std::unique_lock<drogon::Mutex> again = co_await m.scoped_lock();
  co_await sleep_a_while();
  // NOENTRY: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'again'
  // NOENTRY: note:
}
