// async_simple (mock of 1.4): syncAwait blocks the thread until the Lazy
// finishes, Future::get and wait block until the promise is fulfilled, and
// SpinLock::lock spins the thread. Inside a Lazy coroutine each of them
// stalls the executor. A Lazy is a lazy task: one that is created and never
// awaited or started does nothing; start() in a loop over a run-time range
// starts one task per element.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <async_simple/Future.h>
#include <async_simple/coro/ConditionVariable.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SpinLock.h>
#include <async_simple/coro/SyncAwait.h>
#include <vector>

using async_simple::coro::Lazy;

Lazy<int> read_block(int id) { co_return id; }

// --- Bad ------------------------------------------------------------------

Lazy<int> sum_blocks(async_simple::Future<int> pending, async_simple::coro::SpinLock &spin) {
  int a = async_simple::coro::syncAwait(read_block(1));
  // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'async_simple::coro::syncAwait' inside coroutine 'sum_blocks' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'async_simple.sync_await')
  // CHECK: note: instead:
  int b = std::move(pending).get();
  // CHECK: :[[@LINE-1]]:30: warning: call to blocking function 'async_simple::Future::get' inside coroutine 'sum_blocks' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'async_simple.future.get')
  // CHECK: note: instead:
  spin.lock();
  // CHECK: :[[@LINE-1]]:8: warning: call to blocking function 'async_simple::coro::SpinLock::lock' inside coroutine 'sum_blocks' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'async_simple.spinlock.lock')
  // CHECK: note: instead:
  spin.unlock();
  read_block(3);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'read_block' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK: note: {{.*}}(catalogue entry 'async_simple.lazy')
  co_return a + b;
}

void start_all(const std::vector<int> &ids) {
  for (int id : ids)
    read_block(id).start([](auto &&) {});
  // CHECK: :[[@LINE-1]]:20: warning: 'async_simple::coro::detail::LazyBase::start' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'ids', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:20: note: {{.*}}(catalogue entry 'async_simple.lazy.start')
}

// --- Good -----------------------------------------------------------------

Lazy<int> sum_awaited(async_simple::Future<int> pending, async_simple::coro::SpinLock &spin) {
  int a = co_await read_block(1);
  int b = pending.hasResult() ? std::move(pending).get() : 0;
  co_await spin.coLock();
  spin.unlock();
  co_return a + b;
}

// ConditionVariable::notify takes its own SpinLock with lock() only to
// splice the waiters' list: following it would blame a spin no one holds.
Lazy<> wake_waiters(async_simple::coro::ConditionVariable<async_simple::coro::SpinLock> &cv) {
  // silenced by 'async_simple.condition_variable.notify'
  cv.notify();
  co_return;
}

int main() {
  // Outside any coroutine, waiting is what main is for.
  return async_simple::coro::syncAwait(sum_blocks(async_simple::Future<int>{}, *new async_simple::coro::SpinLock));
}
