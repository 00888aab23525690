// Coroutine-aware mutexes may be held across a suspension, even when their
// guard is spelled std::unique_lock: decided by the guard's mutex type.
// The shipped catalogue's coro-mutex entries win over a project catalogue that
// calls every *_lock type a guard; without them (NOENTRY) the same lines are
// reported, which shows each entry is what exempts its line.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.Catalogues: '%S/Inputs/broad-lock-guards.yaml'}}" %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async.Catalogues: '%S/Inputs/broad-lock-guards.yaml'}}" %s -- %std_flags | FileCheck %s %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/broad-lock-guards.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefixes=CHECK,NOENTRY %nodiag
#include "task.h"
#include <async_simple/coro/Mutex.h>
#include <async_simple/coro/SpinLock.h>
#include <concurrencpp/async_lock.h>
#include <coro/mutex.hpp>
#include <cppcoro/async_mutex.hpp>
#include <folly/coro/Mutex.h>
#include <folly/coro/SharedMutex.h>
#include <mutex>
#include <seastar/core/semaphore.hh>

app::task<> work();

app::task<> folly_mutex(folly::coro::Mutex &m) {
  auto lk = co_await m.co_scoped_lock();
  co_await work();
  // COM: exempt by (catalogue entry 'folly.coro.mutex')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'lk' holds a lock
  // NOENTRY: :[[@LINE-4]]:8: note: 'lk' acquires its lock here (catalogue entry 'project.lock_types')
}

app::task<> folly_shared_mutex(folly::coro::SharedMutex &sm) {
  auto reader = co_await sm.co_scoped_lock_shared();
  co_await work();
  // NOENTRY: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'reader' holds a lock
}

// A std::mutex the project declared coroutine-aware with folly's marker.
struct MarkedMutex : std::mutex {
  using folly_coro_aware_mutex = void;
};

app::task<> marked(MarkedMutex &mut) {
  std::lock_guard<MarkedMutex> g(mut);
  mut.unlock(); // a raw operation on it is not tracked either
  mut.lock();
  co_await work();
  // COM: exempt by (catalogue entry 'folly.coro.aware_mutex_marker')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'g' holds 'mut'
}

app::task<> async_simple_mutex(async_simple::coro::Mutex &m) {
  auto scope = co_await m.coScopedLock();
  co_await work();
  // COM: exempt by (catalogue entry 'async_simple.coro.mutex')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'scope' holds a lock
}

app::task<> async_simple_spinlock(async_simple::coro::SpinLock &spin) {
  auto spun = co_await spin.coScopedLock();
  co_await work();
  // NOENTRY: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'spun' holds a lock
}

app::task<> cppcoro_adopted(cppcoro::async_mutex &m) {
  co_await m.lock_async();
  std::lock_guard<cppcoro::async_mutex> g(m, std::adopt_lock); // cppcoro's documented pattern
  co_await work();
  // COM: exempt by (catalogue entry 'cppcoro.async_mutex')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'g' holds a lock
}

app::task<> cppcoro_scoped(cppcoro::async_mutex &m) {
  auto held = co_await m.scoped_lock_async();
  co_await work();
  // NOENTRY: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'held' holds a lock
}

app::task<> libcoro_mutex(coro::mutex &m) {
  auto lk = co_await m.lock();
  co_await work();
  // COM: exempt by (catalogue entry 'libcoro.mutex')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'lk' holds a lock
}

app::task<> concurrencpp_lock(concurrencpp::async_lock &l) {
  auto guard = co_await l.lock(0);
  co_await work();
  // COM: exempt by (catalogue entry 'concurrencpp.async_lock')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'guard' holds a lock
}

app::task<> seastar_units(seastar::semaphore &sem) {
  auto units = co_await seastar::get_units(sem, 1);
  co_await work();
  // COM: exempt by (catalogue entry 'seastar.semaphore_units')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'units' holds a lock
}

app::task<> seastar_rwlock(seastar::rwlock &rw) {
  auto holder = co_await rw.hold_write_lock();
  co_await work();
  // NOENTRY: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'holder' holds a lock
}

// A std::mutex is still reported next to them.
app::task<> mixed(folly::coro::Mutex &m, std::mutex &plain) {
  std::unique_lock<std::mutex> blocking(plain);
  auto lk = co_await m.co_scoped_lock();
  // CHECK: :[[@LINE-1]]:13: warning: coroutine may suspend here while 'blocking' holds 'plain'
  // CHECK: :[[@LINE-3]]:32: note: 'blocking' acquires 'plain' here
  blocking.unlock(); // known as an unlock only from the shipped catalogue
  co_await work();
  // NOENTRY: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'blocking' holds 'plain'
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'lk' holds a lock
}
