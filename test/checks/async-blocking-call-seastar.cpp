// seastar's futures in its own sources and tests: get() once the future is
// known resolved (available() or failed() asked first, as seastar::repeat
// does, the future came out of a co_await, from make_ready_future or
// make_exception_future, or from a coroutine that never suspends) returns at
// once, and work handed to the syscall thread pool does not block the
// reactor. get() on a future of unknown state is reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --write-index=%t.json %s -- %std_flags | FileCheck %s %nodiag
// RUN: FileCheck %s --check-prefix=INDEX < %t.json
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/thread_pool.hh>
#include <seastar/core/when_all.hh>
#include <vector>
#include <exception>
#include <unistd.h>

seastar::future<int> fetch(int shard);

// --- Bad ------------------------------------------------------------------

seastar::future<int> unknown_state(seastar::future<int> f) {
  int v = f.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'seastar::future::get' inside coroutine 'unknown_state' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'seastar.future.get')
  // CHECK: note: instead:
  co_return v;
}

seastar::future<int> suspends() {
  int v = co_await fetch(2);
  co_return v;
}

seastar::future<int> not_made_ready() {
  auto f = fetch(3);
  int a = f.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'seastar::future::get' inside coroutine 'not_made_ready' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  int b = suspends().get();
  // CHECK: :[[@LINE-1]]:22: warning: call to blocking function 'seastar::future::get' inside coroutine 'not_made_ready' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  co_return a + b;
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

seastar::future<int> never_suspends() { co_return 5; }

seastar::future<int> made_ready() {
  int a = seastar::make_ready_future<int>(1).get();
  auto ready = seastar::make_ready_future<int>(2);
  int b = ready.get();
  auto failed = seastar::make_exception_future<int>(std::exception_ptr());
  failed.wait();
  int c = never_suspends().get();
  int d = seastar::as_ready_future(4).get();
  co_return a + b + c + d;
}

// when_all_succeed takes the values out of futures that are available by
// then: following it to its get() calls would blame a wait that cannot block.
seastar::future<int> sum_all() {
  std::vector<seastar::future<int>> parts;
  parts.push_back(fetch(1));
  parts.push_back(fetch(2));
  // silenced by 'seastar.when_all.collects'
  std::vector<int> values = co_await seastar::when_all_succeed(std::move(parts));
  co_return int(values.size());
}
