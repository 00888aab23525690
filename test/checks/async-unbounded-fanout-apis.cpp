// Catalogued fan-out APIs (kind `fanout`) are reported when their range has a
// size known only at run time; variadic forms, small compile-time ranges,
// bounded alternatives and per-element work that takes a limiter are not.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
// A catalogue without limiter entries: the semaphore lines are reported.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/fanout-no-limiters.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=NOLIMIT %nodiag
#include "task.h"
#include <array>
#include <async_simple/coro/Collect.h>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/when_all.hpp>
#include <coro/sync_wait.hpp>
#include <coro/when_all.hpp>
#include <folly/coro/Collect.h>
#include <folly/futures/Future.h>
#include <seastar/core/loop.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/parallel_for_each.hh>
#include <thread>
#include <vector>

seastar::future<> process(int row);
seastar::semaphore sem(16);
namespace mine {
template <typename Range> app::task<> parallel_for_each(const Range &range);
}

app::task<> seastar_loops(std::vector<int> rows, std::vector<seastar::future<>> pending) {
  co_await seastar::parallel_for_each(rows, [](int r) { return process(r); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'rows' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-2]]:12: note: parallel_for_each runs the function on every element at once, with a continuation per element in memory (catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-3]]:12: note: instead: seastar::max_concurrent_for_each(range, max_concurrent, func)
  // NOLIMIT: :[[@LINE-4]]:12: warning: 'seastar::parallel_for_each' starts
  co_await seastar::parallel_for_each(rows.begin(), rows.end(), [](int r) { return process(r); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'rows' with
  // CHECK: :[[@LINE-2]]:12: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-3]]:12: note: instead:
  // NOLIMIT: :[[@LINE-4]]:12: warning: 'seastar::parallel_for_each' starts
  co_await seastar::coroutine::parallel_for_each(rows, [](int r) { return process(r); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::coroutine::parallel_for_each' starts one concurrent operation per element of 'rows' with
  // CHECK: :[[@LINE-2]]:12: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-3]]:12: note: instead:
  // NOLIMIT: :[[@LINE-4]]:12: warning: 'seastar::coroutine::parallel_for_each' starts
  std::vector<seastar::future<>> started;
  for (int r : rows)
    started.push_back(process(r));
  co_await seastar::when_all_succeed(started.begin(), started.end());
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::when_all_succeed' starts one concurrent operation per element of 'started' with
  // CHECK: :[[@LINE-2]]:12: note: when_all over a range waits on one future per element, all of them in flight together (catalogue entry 'seastar.when_all')
  // CHECK: :[[@LINE-3]]:12: note: instead: seastar::max_concurrent_for_each over the inputs instead of one future per input
  // CHECK: :[[@LINE-5]]:13: note: its elements are added here, one per loop iteration
  // NOLIMIT: :[[@LINE-5]]:12: warning: 'seastar::when_all_succeed' starts

  // Fine: a bounded API, a fixed handful, a variadic call, a semaphore per element.
  co_await seastar::max_concurrent_for_each(rows, 8, [](int r) { return process(r); });
  co_await seastar::parallel_for_each(std::vector<int>{1, 2, 3}, [](int r) { return process(r); });
  std::array<int, 4> shards{};
  co_await seastar::parallel_for_each(shards, [](int r) { return process(r); });
  int replicas[3] = {0, 1, 2};
  co_await seastar::parallel_for_each(replicas, [](int r) { return process(r); });
  co_await seastar::when_all(process(1), process(2));
  // Futures the caller started and handed over: a loop that made them is
  // judged where it made them.
  co_await seastar::when_all_succeed(pending.begin(), pending.end());
  co_await seastar::parallel_for_each(rows, [](int r) {
    return seastar::with_semaphore(sem, 1, [r] { return process(r); });
  });
  // COM: bounded by (catalogue entry 'seastar.semaphore.limit')
  // NOLIMIT: :[[@LINE-4]]:12: warning: 'seastar::parallel_for_each' starts
  // A look-alike in another namespace is not the catalogued API.
  co_await mine::parallel_for_each(rows);
}

// The range's class is never instantiated in this file (it only passes
// through a reference); its members are read from the class template.
seastar::future<> compact_all(const std::vector<long> &sstables) {
  return seastar::parallel_for_each(sstables, [](long s) { return process(int(s)); });
  // CHECK: :[[@LINE-1]]:10: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'sstables' with
  // CHECK: :[[@LINE-2]]:10: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-3]]:10: note: instead:
  // NOLIMIT: :[[@LINE-4]]:10: warning:
}

folly::coro::Task<int> fetch(int key);
folly::Future<int> lookup(int key);

app::task<> folly_collect(std::vector<folly::coro::Task<int>> tasks) {
  co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK: :[[@LINE-1]]:12: warning: 'folly::coro::collectAllRange' starts one concurrent operation per element of 'tasks' with
  // CHECK: :[[@LINE-2]]:12: note: collecting a range of tasks starts all of them at once (catalogue entry 'folly.coro.collect_range')
  // CHECK: :[[@LINE-3]]:12: note: instead: folly::coro::collectAllWindowed(awaitables, maxConcurrency)
  // NOLIMIT: :[[@LINE-4]]:12: warning:
  // Fine: windowed, variadic, and a fixed pair.
  co_await folly::coro::collectAllWindowed(std::move(tasks), 16);
  co_await folly::coro::collectAll(fetch(1), fetch(2));
  std::array<folly::coro::Task<int>, 2> pair{fetch(1), fetch(2)};
  co_await folly::coro::collectAllRange(std::move(pair));
}

auto folly_futures(const std::vector<int> &keys) {
  std::vector<folly::Future<int>> futures;
  for (int key : keys)
    futures.push_back(lookup(key));
  return folly::collectAll(futures);
  // CHECK: :[[@LINE-1]]:10: warning: 'folly::collectAll' starts one concurrent operation per element of 'futures' with
  // CHECK: :[[@LINE-2]]:10: note: collecting a range of futures waits on every operation of the range at once (catalogue entry 'folly.collect_futures')
  // CHECK: :[[@LINE-3]]:10: note: instead: folly::window(inputs, func, n), which keeps at most n futures running
  // CHECK: :[[@LINE-5]]:13: note: its elements are added here, one per loop iteration
  // NOLIMIT: :[[@LINE-5]]:10: warning: 'folly::collectAll' starts
}

// Fine: futures the caller started, handed over. (The NOLIMIT catalogue does
// not say folly::Future is an eager task, so there it is still reported.)
auto folly_given_futures(std::vector<folly::Future<int>> futures) {
  return folly::collectAll(futures);
  // NOLIMIT: :[[@LINE-1]]:10: warning: 'folly::collectAll' starts
}

app::task<> other_libraries(std::vector<cppcoro::task<int>> a, std::vector<coro::task<int>> b,
                            std::vector<async_simple::coro::Lazy<int>> c) {
  co_await cppcoro::when_all(std::move(a));
  // CHECK: :[[@LINE-1]]:12: warning: 'cppcoro::when_all' starts one concurrent operation per element of 'a' with
  // CHECK: :[[@LINE-2]]:12: note: when_all over a vector starts every task of the vector at once (catalogue entry 'cppcoro.when_all')
  // CHECK: :[[@LINE-3]]:12: note: instead: awaiting fixed-size batches with when_all (cppcoro has no windowed form)
  // NOLIMIT: :[[@LINE-4]]:12: warning:
  co_await coro::when_all(std::move(b));
  // CHECK: :[[@LINE-1]]:12: warning: 'coro::when_all' starts one concurrent operation per element of 'b' with
  // CHECK: :[[@LINE-2]]:12: note: when_all over a range starts every task of the range at once (catalogue entry 'libcoro.when_all')
  // CHECK: :[[@LINE-3]]:12: note: instead: a coro::semaphore acquired in each task, or awaiting fixed-size batches
  // NOLIMIT: :[[@LINE-4]]:12: warning:
  co_await async_simple::coro::collectAll(std::move(c));
  // CHECK: :[[@LINE-1]]:12: warning: 'async_simple::coro::collectAll' starts one concurrent operation per element of 'c' with
  // CHECK: :[[@LINE-2]]:12: note: collecting a vector of Lazy tasks starts all of them at once (catalogue entry 'async_simple.collect_all')
  // CHECK: :[[@LINE-3]]:12: note: instead: async_simple::coro::collectAllWindowed(maxConcurrency, yield, input)
  // NOLIMIT: :[[@LINE-4]]:12: warning:

  // Fine: variadic and windowed forms.
  co_await cppcoro::when_all(cppcoro::task<int>{}, cppcoro::task<int>{});
  co_await coro::when_all(coro::task<int>{}, coro::task<int>{});
  co_await async_simple::coro::collectAllWindowed(4, false, std::move(c));
}

coro::task<int> serve(int shard);

// One task per core: a vector grown only in a loop bounded by the core count
// is as bounded as the machine. A loop bounded by data is not.
app::task<> per_core_workers(int clients) {
  const unsigned cores = std::thread::hardware_concurrency();
  std::vector<coro::task<int>> workers;
  workers.reserve(cores);
  for (unsigned i = 0; i < cores; ++i)
    workers.emplace_back(serve(i));
  co_await coro::when_all(std::move(workers));

  std::vector<coro::task<int>> sessions;
  for (unsigned i = 0; i < cores; ++i)
    for (int c = 0; c < clients; ++c)
      sessions.emplace_back(serve(c));
  co_await coro::when_all(std::move(sessions));
  // CHECK: :[[@LINE-1]]:12: warning: 'coro::when_all' starts one concurrent operation per element of 'sessions' with
  // CHECK: :[[@LINE-2]]:12: note: when_all over a range starts every task of the range at once (catalogue entry 'libcoro.when_all')
  // CHECK: :[[@LINE-3]]:12: note: instead: a coro::semaphore acquired in each task, or awaiting fixed-size batches
  // NOLIMIT: :[[@LINE-4]]:12: warning:
}
