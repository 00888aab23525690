// A wait on a value the code already knows is ready returns at once: the
// coroutine awaited the result, or asked its status(), before calling get().
// Test suites do this to check a finished result (concurrencpp's own tests
// hand the awaited result to helpers that assert status() and then call
// get()), also in a lambda written after the await, and poll a shared
// result with wait_for() until it is no longer idle. Waits without such
// evidence, or after it only in a lambda or later in the code, are still
// reported; so are entries without 'ready-after' (a sleep is a sleep).
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <cassert>
#include <concurrencpp/result.h>
#include <thread>

template <class T> void check_ready(concurrencpp::result<T> r, const T &expected) {
  assert(r.status() == concurrencpp::result_status::value);
  assert(r.get() == expected);
}

template <class T> void check_value(concurrencpp::shared_result<T> &r) { (void)r.get(); }

template <class T> void check_ready_shared(concurrencpp::shared_result<T> r) {
  assert(r.status() == concurrencpp::result_status::value);
  check_value(r);
}

template <class T> T take(concurrencpp::result<T> r) { return r.get(); }

template <class F> void expect_value(F f) { (void)f(); }

struct runner {
  concurrencpp::result<int> pending;
  int finish() {
    if (pending.status() != concurrencpp::result_status::value)
      return -1;
    return pending.get();
  }
};

// --- Bad ------------------------------------------------------------------

app::task<> waits(concurrencpp::result<int> a, concurrencpp::result<int> b) {
  int v = a.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'concurrencpp::result::get' inside coroutine 'waits' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'concurrencpp.result.get')
  // CHECK: note: instead:
  take(std::move(b));
  // CHECK: :[[@LINE-1]]:3: warning: call to 'take' inside coroutine 'waits' blocks: 'take' -> 'concurrencpp::result::get' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  // CHECK: note:
  auto later = b.status(); // asked after the wait: no evidence for it
  (void)later;
  (void)v;
  co_return;
}

app::task<> sleeps_after_asking(concurrencpp::result<int> r) {
  co_await r.resolve();
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'sleeps_after_asking' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  co_return;
}

// A plain value a co_await gave is not a result that can be waited on: the
// helper it is handed to is followed (scylladb hashed a password fetched with
// co_await using crypt_r, on the reactor).
void sleep_then_log(int value) { std::this_thread::sleep_for(std::chrono::milliseconds(value)); }
app::task<> hands_over_a_plain_value() {
  int value = co_await app::event{};
  sleep_then_log(value);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'sleep_then_log' inside coroutine 'hands_over_a_plain_value' blocks: 'sleep_then_log' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  // CHECK: note:
  co_return;
}

app::task<> lambda_before_await(concurrencpp::result<int> r) {
  auto read = [&r] { return r.get(); }; // written before the await
  co_await r.resolve();
  expect_value(read);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'expect_value' inside coroutine 'lambda_before_await' blocks: 'expect_value' -> 'lambda' -> 'concurrencpp::result::get' [async-blocking-call]
  // CHECK: note: 'expect_value' calls 'lambda'
  // CHECK: note: 'lambda' calls blocking function 'concurrencpp::result::get'
  // CHECK: note: {{.*}}(catalogue entry 'concurrencpp.result.get')
  // CHECK: note: instead:
}

app::task<int> polls(concurrencpp::shared_result<int> r) {
  while (r.wait_for(std::chrono::milliseconds(5)) == concurrencpp::result_status::idle) {
  // CHECK: :[[@LINE-1]]:12: warning: call to blocking function 'concurrencpp::shared_result::wait_for' inside coroutine 'polls' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'concurrencpp.result.get')
  // CHECK: note: instead:
  }
  co_return r.get(); // the loop left only once r was no longer idle
}

// --- Good -----------------------------------------------------------------

app::task<> checks(concurrencpp::result<int> r, concurrencpp::result<int> s,
                   concurrencpp::shared_result<int> shared, runner &run) {
  co_await r.resolve();
  check_ready(std::move(r), 1);
  if (s.status() == concurrencpp::result_status::value)
    (void)s.get();
  check_ready_shared(shared);
  (void)run.finish();
  co_return;
}

app::task<> checks_in_lambda(concurrencpp::result<int> r) {
  co_await r.resolve();
  expect_value([&r] { return r.get(); });
}
