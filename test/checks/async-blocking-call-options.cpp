// Options: ReportMutexLocks (off by default), BuiltinCatalogue, and the
// check-local Catalogues option overriding the shared one.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s --check-prefix=DEFAULT %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s --check-prefix=DEFAULT %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async-blocking-call.ReportMutexLocks: true}}" %s -- %std_flags | FileCheck %s --check-prefixes=DEFAULT,LOCKS %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async-blocking-call.ReportMutexLocks: true}}" %s -- %std_flags | FileCheck %s --check-prefixes=DEFAULT,LOCKS %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/only-spin.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=OWN %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/only-spin.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=OWN %nodiag
// RUN: %clang_tidy_plugin --checks=-*,async-blocking-call --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/missing.yaml', async-blocking-call.Catalogues: '%S/Inputs/only-spin.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=OWN %nodiag
// RUN: not %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: maybe}}" %s -- %std_flags 2>&1 | FileCheck %s --check-prefix=BADBOOL %nodiag
// RUN: %clang_tidy_plugin --checks=-*,async-* --dump-config %s -- %std_flags | FileCheck %s --check-prefix=DUMP
#include "task.h"
#include <chrono>
#include <mutex>
#include <shared_mutex>
#include <thread>

void spin_wait(int);

app::task<> critical(std::mutex &m, std::shared_mutex &sm) {
  {
    std::lock_guard<std::mutex> g(m);
    // LOCKS: :[[@LINE-1]]:33: warning: call to blocking function 'std::lock_guard::lock_guard' inside coroutine 'critical' [async-blocking-call]
    // LOCKS: :[[@LINE-2]]:33: note: {{.*}}(catalogue entry 'std.lock_guard')
  }
  m.lock();
  // LOCKS: :[[@LINE-1]]:5: warning: call to blocking function 'std::mutex::lock'
  // LOCKS: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'std.mutex.lock')
  m.unlock(); // releasing never blocks
  if (sm.try_lock_shared()) {
    // LOCKS: :[[@LINE-1]]:10: warning: call to blocking function 'std::shared_mutex::try_lock_shared'
    // LOCKS: :[[@LINE-2]]:10: note: {{.*}}(catalogue entry 'std.mutex.try_lock')
    sm.unlock_shared();
  }
  std::unique_lock<std::mutex> lk(m, std::defer_lock); // locks nothing yet
  lk.lock();
  // LOCKS: :[[@LINE-1]]:6: warning: call to blocking function 'std::unique_lock::lock'
  // LOCKS: :[[@LINE-2]]:6: note: {{.*}}(catalogue entry 'std.unique_lock.lock')
  lk.unlock();
  std::unique_lock<std::mutex> tried(m, std::try_to_lock); // never waits
  auto moved = std::move(tried); // moving a guard takes nothing
  m.lock();
  // LOCKS: :[[@LINE-1]]:5: warning: call to blocking function 'std::mutex::lock'
  std::lock_guard<std::mutex> adopted(m, std::adopt_lock); // takes over, never waits
  spin_wait(3);
  // OWN: :[[@LINE-1]]:3: warning: call to blocking function 'spin_wait' inside coroutine 'critical'
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // DEFAULT: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for'
  co_return;
}

// Through helpers too: with ReportMutexLocks, a helper that takes a mutex
// blocks its callers.
void record(std::mutex &m) { std::lock_guard<std::mutex> g(m); }
app::task<> audited(std::mutex &m) {
  record(m);
  // LOCKS: :[[@LINE-1]]:3: warning: call to 'record' inside coroutine 'audited' blocks: 'record' -> 'std::lock_guard::lock_guard' [async-blocking-call]
  // LOCKS: :[[@LINE-4]]:58: note: 'record' calls blocking function 'std::lock_guard::lock_guard'
  co_return;
}
// BADBOOL: error: check option 'async.BuiltinCatalogue': invalid value 'maybe'; expected 'true' or 'false' [clang-tidy-config]
// DUMP: async-blocking-call.BuiltinCatalogue: 'true'
// DUMP: async-blocking-call.Catalogues: ''
// DUMP: async-blocking-call.ReportMutexLocks: 'false'
// DUMP: async-blocking-call.SummaryIndex: ''
