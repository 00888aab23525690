// Shapes from seastar's own sources and tests that are not async misuse
// (issue 15): a future's get() once it is known resolved (available() or
// failed() asked first, or the future came out of a co_await); work handed
// to the syscall thread pool; a shared_mutex held through std::unique_lock or
// std::shared_lock; fan-out over one element per shard or over a small
// counting range. The same calls on futures and ranges of unknown state and
// size are reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --write-index=%t.json %s -- %std_flags | FileCheck %s %nodiag
// RUN: FileCheck %s --check-prefix=INDEX < %t.json
#include <boost/range/irange.hpp>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/shared_mutex.hh>
#include <seastar/core/smp.hh>
#include <seastar/core/thread_pool.hh>
#include <unistd.h>
#include <vector>

seastar::future<int> fetch(int shard);
seastar::future<> work(int i);

// --- Bad ------------------------------------------------------------------

seastar::future<int> unknown_state(seastar::future<int> f, const std::vector<int> &ids) {
  int v = f.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'seastar::future::get' inside coroutine 'unknown_state' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'seastar.future.get')
  // CHECK: note: instead:
  co_await seastar::parallel_for_each(boost::irange<size_t>(0, ids.size()), [](size_t i) { return work(i); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'boost::irange<size_t>(0, ids.size())' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
  co_return v;
}

// --- Good -----------------------------------------------------------------

/// seastar::repeat's shape: get() only once the future is available.
int take_if_ready(seastar::future<int> &f) {
  if (f.available() && !f.failed())
    return f.get();
  return -1;
}

seastar::future<int> known_state(seastar::future<int> f, seastar::thread_pool &pool) {
  int a = take_if_ready(f);
  auto resolved = co_await seastar::coroutine::as_future(fetch(1));
  int b = resolved.get();
  co_await pool.submit<int>(seastar::internal::thread_pool_submit_reason::file_operation,
                            [] { return fsync(3); });
  co_return a + b;
}
// INDEX: "stopped-by": "seastar.thread_pool.submit"

seastar::future<> locked(seastar::shared_mutex &m) {
  auto reader = co_await seastar::get_shared_lock(m);
  co_await work(1);
  auto writer = co_await seastar::get_unique_lock(m);
  co_await work(2);
}

seastar::future<> per_shard() {
  co_await seastar::parallel_for_each(boost::irange(0u, seastar::smp::count),
                                      [](unsigned shard) { return work(shard); });
  co_await seastar::parallel_for_each(boost::irange(0u, seastar::this_smp_shard_count()),
                                      [](unsigned shard) { return work(shard); });
  co_await seastar::parallel_for_each(boost::irange(1, 6), [](int i) { return work(i); });
}
