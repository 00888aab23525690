// Work started inside a loop whose trip count depends on run-time data, with
// nothing in the iteration that limits or waits for it.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s --check-prefixes=CHECK,DEFAULT %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s --check-prefixes=CHECK,DEFAULT %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async-unbounded-fanout.MaxConstantTripCount: 4}}" %s -- %std_flags | FileCheck %s --check-prefixes=CHECK,MAX4 %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/fanout-no-limiters.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=NOLIMIT %nodiag
#include "task.h"
#include <async_simple/coro/Semaphore.h>
#include <boost/thread/thread.hpp>
#include <coro/semaphore.hpp>
#include <cppcoro/async_scope.hpp>
#include <cppcoro/sync_wait.hpp>
#include <deque>
#include <exec/async_scope.hpp>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/fibers/Semaphore.h>
#include <future>
#include <semaphore>
#include <seastar/core/semaphore.hh>
#include <thread>
#include <tuple>
#include <vector>

void work(int item);

// Threads and std::async in plain functions.
void threads(const std::vector<int> &items, std::deque<int> &queue, int n) {
  for (int item : items)
    std::thread(work, item).detach();
  // CHECK: :[[@LINE-1]]:29: warning: 'std::thread::detach' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:29: note: a detached thread runs on with nothing to wait for it or to bound how many exist (catalogue entry 'std.thread.detach')
  // NOLIMIT: :[[@LINE-4]]:29: warning: 'std::thread::detach' starts
  for (int i = 0; i < n; ++i) {
    std::thread t(work, i);
    t.detach();
    // CHECK: :[[@LINE-1]]:7: warning: 'std::thread::detach' starts
    // CHECK: :[[@LINE-4]]:3: note: the loop runs while 'i < n', and nothing in it limits the operations in flight
    // CHECK: :[[@LINE-3]]:7: note: {{.*}}(catalogue entry 'std.thread.detach')
    // NOLIMIT: :[[@LINE-4]]:7: warning:
  }
  while (!queue.empty()) {
    std::thread(work, queue.front()).detach();
    // CHECK: :[[@LINE-1]]:38: warning: 'std::thread::detach' starts
    // CHECK: :[[@LINE-3]]:3: note: the loop runs while '!queue.empty()', and nothing in it limits the operations in flight
    // CHECK: :[[@LINE-3]]:38: note: {{.*}}(catalogue entry 'std.thread.detach')
    // NOLIMIT: :[[@LINE-4]]:38: warning:
    queue.pop_front();
  }
  for (int i = 0; i < 100; ++i)
    std::thread(work, i).detach();
  // CHECK: :[[@LINE-1]]:26: warning: 'std::thread::detach' starts
  // DEFAULT: :[[@LINE-3]]:3: note: the loop runs 100 times, more than the 64 allowed by option 'MaxConstantTripCount', and nothing in it limits the operations in flight
  // MAX4: :[[@LINE-4]]:3: note: the loop runs 100 times, more than the 4 allowed by option 'MaxConstantTripCount', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-4]]:26: note: {{.*}}(catalogue entry 'std.thread.detach')
  // NOLIMIT: :[[@LINE-5]]:26: warning:

  // Fine: a fixed number of workers, a semaphore per thread, a join in the
  // same iteration, a spawn followed by break.
  for (int i = 0; i < 8; ++i)
    std::thread(work, i).detach();
  // MAX4: :[[@LINE-1]]:26: warning: 'std::thread::detach' starts
  // MAX4: :[[@LINE-3]]:3: note: the loop runs 8 times, more than the 4 allowed by option 'MaxConstantTripCount'
  // MAX4: :[[@LINE-3]]:26: note: {{.*}}(catalogue entry 'std.thread.detach')
  static std::counting_semaphore<8> slots(8);
  for (int item : items) {
    slots.acquire();
    std::thread([item] { work(item); slots.release(); }).detach();
    // COM: bounded by (catalogue entry 'std.counting_semaphore.limit')
    // NOLIMIT: :[[@LINE-2]]:58: warning: 'std::thread::detach' starts
  }
  for (int item : items) {
    std::thread t(work, item);
    t.join();
  }
  for (int item : items) {
    if (item < 0) {
      std::thread(work, item).detach();
      break;
    }
  }
}

void futures(const std::vector<int> &items) {
  std::vector<std::future<void>> pending;
  for (int item : items)
    pending.push_back(std::async(std::launch::async, work, item));
  // CHECK: :[[@LINE-1]]:23: warning: 'std::async' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items'
  // CHECK: :[[@LINE-3]]:23: note: std::async may start a new thread per call; its future waits for the thread when destroyed (catalogue entry 'std.async')

  // Fine: the future is waited for, or dropped (its destructor waits).
  for (int item : items) {
    auto done = std::async(std::launch::async, work, item);
    done.get();
  }
  for (int item : items)
    std::async(std::launch::async, work, item);
  for (int item : items)
    std::async(std::launch::async, work, item).wait();
}

// Eager futures dropped on purpose, and scopes that spawn.
seastar::future<> store(int item);
seastar::semaphore sem(32);
folly::coro::Task<void> fetch(int item);
cppcoro::task<> index(int item);
folly::fibers::Semaphore tokens(16);
struct sender {};
sender upload(int item);

app::task<> dropped(std::vector<int> items) {
  for (int item : items)
    (void)store(item);
  // CHECK: :[[@LINE-1]]:11: warning: 'store' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items'
  // NOLIMIT: :[[@LINE-3]]:11: warning: 'store' starts
  for (auto it = items.begin(); it != items.end(); ++it)
    std::ignore = store(*it);
  // CHECK: :[[@LINE-1]]:19: warning: 'store' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs while 'it != items.end()'
  // NOLIMIT: :[[@LINE-3]]:19: warning: 'store' starts

  // Fine: awaited one by one, semaphore units taken first, or a single item.
  for (int item : items)
    co_await store(item);
  for (int item : items) {
    auto units = co_await seastar::get_units(sem, 1);
    (void)store(item);
    // COM: bounded by (catalogue entry 'seastar.semaphore.limit')
    // NOLIMIT: :[[@LINE-2]]:11: warning: 'store' starts
  }
  for (int item : items)
    (void)seastar::with_semaphore(sem, 1, [item] { return store(item); });
  // COM: bounded by (catalogue entry 'seastar.semaphore.limit'); a failed store is lost, though:
  // CHECK: :[[@LINE-2]]:11: warning: 'seastar::with_semaphore' runs in the background and nothing handles its failure; its exception is lost [async-unawaited-task]
  // NOLIMIT: :[[@LINE-3]]:11: warning: 'seastar::with_semaphore' starts
  for (int item : {1, 2, 3})
    (void)store(item);
  // MAX4-NOT: :[[@LINE-1]]:{{.*}}warning
}

app::task<> scopes(std::vector<int> items, folly::coro::AsyncScope &folly_scope,
                   cppcoro::async_scope &cppcoro_scope, exec::async_scope &exec_scope) {
  for (int item : items)
    folly_scope.add(fetch(item));
  // CHECK: :[[@LINE-1]]:17: warning: 'folly::coro::AsyncScope::add' starts one concurrent operation per loop iteration
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items'
  // CHECK: :[[@LINE-3]]:17: note: adding a task to an AsyncScope starts it at once and lets it run until the scope is joined (catalogue entry 'folly.coro.async_scope.add')
  // NOLIMIT: :[[@LINE-4]]:17: warning:
  for (int item : items)
    cppcoro_scope.spawn(index(item));
  // CHECK: :[[@LINE-1]]:19: warning: 'cppcoro::async_scope::spawn' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items'
  // CHECK: :[[@LINE-3]]:19: note: {{.*}}(catalogue entry 'cppcoro.async_scope.spawn')
  // NOLIMIT: :[[@LINE-4]]:19: warning:
  for (int item : items)
    exec_scope.spawn(upload(item));
  // CHECK: :[[@LINE-1]]:16: warning: 'experimental::execution::__scope::async_scope::spawn' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items'
  // CHECK: :[[@LINE-3]]:16: note: {{.*}}(catalogue entry 'stdexec.async_scope.spawn')
  // NOLIMIT: :[[@LINE-4]]:16: warning:

  // Fine: a token taken before each spawn.
  for (int item : items) {
    co_await tokens.co_wait();
    folly_scope.add(fetch(item));
    // COM: bounded by (catalogue entry 'folly.fibers.semaphore')
    // NOLIMIT: :[[@LINE-2]]:17: warning:
  }
}

// The coroutine semaphores of other libraries bound spawns the same way.
app::task<> other_limiters(std::vector<int> items, coro::semaphore &pool_slots,
                           async_simple::coro::CountingSemaphore<> &io_slots,
                           cppcoro::async_scope &scope) {
  for (int item : items) {
    co_await pool_slots.acquire();
    scope.spawn(index(item));
    // COM: bounded by (catalogue entry 'libcoro.semaphore')
    // NOLIMIT: :[[@LINE-2]]:11: warning: 'cppcoro::async_scope::spawn' starts
  }
  for (int item : items) {
    co_await io_slots.acquire();
    scope.spawn(index(item));
    // COM: bounded by (catalogue entry 'async_simple.semaphore')
    // NOLIMIT: :[[@LINE-2]]:11: warning: 'cppcoro::async_scope::spawn' starts
  }
}

// Boost.Thread detaches the same way.
void boost_threads(const std::vector<int> &items) {
  for (int item : items)
    boost::thread(work, item).detach();
  // CHECK: :[[@LINE-1]]:31: warning: 'boost::thread::detach' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items'
  // CHECK: :[[@LINE-3]]:31: note: {{.*}}(catalogue entry 'boost.thread.detach')
}

// Nested loops: the fan-out is over the outer collection.
void nested(const std::vector<std::vector<int>> &batches) {
  for (const auto &batch : batches)
    for (int i = 0; i < 2; ++i)
      std::thread(work, batch[i]).detach();
  // CHECK: :[[@LINE-1]]:35: warning: 'std::thread::detach' starts
  // CHECK: :[[@LINE-4]]:3: note: the loop runs once per element of 'batches'
  // CHECK: :[[@LINE-3]]:35: note: {{.*}}(catalogue entry 'std.thread.detach')
  // NOLIMIT: :[[@LINE-4]]:35: warning:
}

// A container filled by straight-line code is as small as a braced list; one
// filled in a loop is not.
void filled(const std::vector<int> &items) {
  std::vector<int> pair;
  pair.push_back(1);
  pair.emplace_back(2);
  for (int item : pair)
    std::thread(work, item).detach();
  std::vector<int> copied;
  for (int item : items)
    copied.push_back(item);
  for (int item : copied)
    std::thread(work, item).detach();
  // CHECK: :[[@LINE-1]]:29: warning: 'std::thread::detach' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'copied'
  // CHECK: :[[@LINE-3]]:29: note: {{.*}}(catalogue entry 'std.thread.detach')
  // NOLIMIT: :[[@LINE-4]]:29: warning:
}

// One worker per command-line argument: as many as the operator typed.
int main(int argc, char **argv) {
  for (int i = 1; i < argc; ++i)
    std::thread(work, i).detach();
}

// Suppressed like any clang-tidy finding.
void suppressed(const std::vector<int> &items) {
  for (int item : items)
    std::thread(work, item).detach(); // NOLINT(async-unbounded-fanout)
}
