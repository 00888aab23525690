// Catalogued task and future types of coroutine libraries, and seastar's
// must-await functions: `auto units = get_units(sem, 1);` silences
// [[nodiscard]] but takes no units (real bugs in Scylla and Redpanda).
// RUN: %clang_tidy_plugin %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
#include "task.h"
#include <QCoro/QCoroTask>
#include <bcos-task/Task.h>
#include <boost/asio/detached.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <concurrencpp/result.h>
#include <coro/sync_wait.hpp>
#include <cppcoro/sync_wait.hpp>
#include <exec/task.hpp>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <seastar/core/semaphore.hh>

folly::coro::Task<int> folly_task();
folly::SemiFuture<int> folly_semi();
cppcoro::shared_task<> cppcoro_shared();
coro::task<int> libcoro_task();
QCoro::Task<int> qcoro_task();
concurrencpp::result<int> cc_result();
concurrencpp::lazy_result<int> cc_lazy();
exec::task<int> stdexec_task();
boost::cobalt::task<int> cobalt_task();
bcos::task::Task<int> bcos_task();
boost::cobalt::promise<int> cobalt_promise();
struct cobalt_context {
  int get_executor();
};

app::task<> discards(seastar::semaphore &sem, seastar::rwlock &rw) {
  folly_task();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'folly_task' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'folly.coro.task')
  folly_semi();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'folly_semi' is never awaited; its result and exceptions are lost
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'folly.future')
  folly::coro::co_withExecutor(static_cast<folly::Executor *>(nullptr), folly_task());
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'folly::coro::co_withExecutor' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'folly.coro.task_with_executor')
  cppcoro_shared();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'cppcoro_shared' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'cppcoro.task')
  libcoro_task();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'libcoro_task' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'libcoro.task')
  qcoro_task();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'qcoro_task' is never awaited; its result and exceptions are lost
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'qcoro.task')
  cc_result();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'cc_result' is never awaited; its result and exceptions are lost
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'concurrencpp.result')
  cc_lazy();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'cc_lazy' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'concurrencpp.lazy_result')
  stdexec_task();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'stdexec_task' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'stdexec.task')
  cobalt_task();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'cobalt_task' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'cobalt.task')
  bcos_task();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'bcos_task' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'bcos.task.task')
  cobalt_promise();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'cobalt_promise' is never awaited; its result and exceptions are lost
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'cobalt.promise')
  auto units = seastar::get_units(sem, 1);
  // CHECK: :[[@LINE-1]]:8: warning: task 'units' is never awaited; its result and exceptions are lost
  // CHECK: :[[@LINE-2]]:8: note: the units or the lock are taken only when the returned future resolves; {{.*}}(catalogue entry 'seastar.get_units')
  auto lock = rw.hold_write_lock();
  // CHECK: :[[@LINE-1]]:8: warning: task 'lock' is never awaited
  // CHECK: :[[@LINE-2]]:8: note: {{.*}}(catalogue entry 'seastar.get_units')
  co_return;
}

boost::cobalt::task<void> cobalt_job() { co_await cobalt_task(); }

void cobalt_spawns(cobalt_context &ctx) {
  boost::cobalt::spawn(ctx, cobalt_job(), boost::asio::detached);
  // CHECK: :[[@LINE-1]]:3: warning: coroutine 'cobalt_job' is spawned with 'boost::asio::detached_t', which drops the exception it may throw [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'cobalt.spawn')
  // CHECK: :[[@LINE-6]]:27: note: coroutine 'cobalt_job' does not catch exceptions around its body
  boost::cobalt::spawn(ctx, cobalt_job(), [](std::exception_ptr) {});
}

seastar::future<int> compute();

app::task<> good(seastar::semaphore &sem) {
  auto units = co_await seastar::get_units(sem, 1); // awaited: holds the units
  int v = co_await compute();
  (void)v;
  auto f = compute();
  co_await std::move(f);
}

void seastar_future_dropped() {
  compute();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; its result and exceptions are lost
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'seastar.future')
}
