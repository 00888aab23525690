// What releases a lock or exempts a suspension comes from the catalogue: with
// the shipped one these lines are quiet; with a catalogue that only knows how
// locks are taken (NOENTRY) they are reported, line by line.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s --allow-empty %nodiag
// RUN: %async_tidy %s -- %std_flags | FileCheck %s --allow-empty %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/std-guards-only.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=NOENTRY %nodiag
#include "task.h"
#include <mutex>

std::mutex m;
app::task<int> fetch();

app::task<> never_suspends() {
  std::lock_guard g(m);
  co_await std::suspend_never{};
  // COM: exempt by (catalogue entry 'std.suspend_never')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'g' holds 'm'
}

app::task<> deferred() {
  std::unique_lock lk(m, std::defer_lock);
  co_await fetch();
  // COM: not held, by (catalogue entry 'std.defer_lock')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'lk' holds 'm'
}

app::task<> guard_unlocked() {
  std::unique_lock lk(m);
  lk.unlock();
  co_await fetch();
  // COM: released by (catalogue entry 'std.unique_lock.unlock')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'lk' holds 'm'
}

app::task<> mutex_unlocked() {
  m.lock();
  m.unlock();
  co_await fetch();
  // COM: released by (catalogue entry 'std.mutex.unlock')
  // NOENTRY: :[[@LINE-2]]:3: warning: coroutine may suspend here while 'm' is locked
}
