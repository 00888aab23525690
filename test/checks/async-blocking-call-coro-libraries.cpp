// seastar, folly, libcoro, cppcoro, concurrencpp, Boost.Cobalt and bcos-task, through mock headers that
// carry the libraries' real qualified names.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <bcos-task/Wait.h>
#include <boost/cobalt/run.hpp>
#include <concurrencpp/result.h>
#include <coro/sync_wait.hpp>
#include <cppcoro/read_only_file.hpp>
#include <cppcoro/sync_wait.hpp>
#include <folly/coro/BlockingWait.h>
#include <folly/futures/Future.h>
#include <seastar/core/future.hh>

app::task<> seastar_code(seastar::future<int> f, seastar::future<> g) {
  auto v = f.get();
  // CHECK: :[[@LINE-1]]:14: warning: call to blocking function 'seastar::future::get' inside coroutine 'seastar_code' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:14: note: future::get and wait block the reactor; they are legal only inside a seastar::thread (catalogue entry 'seastar.future.get')
  g.wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'seastar::future::wait'
  bool ready = f.available();
  (void)v, (void)ready;
  co_return;
}

app::task<> folly_code(folly::Future<int> f, folly::SemiFuture<int> s, folly::Baton &baton) {
  folly::coro::blockingWait(folly::coro::Task<int>{});
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'folly::coro::blockingWait'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'folly.coro.blocking_wait')
  int a = std::move(f).get();
  // CHECK: :[[@LINE-1]]:24: warning: call to blocking function 'folly::Future::get'
  // CHECK: :[[@LINE-2]]:24: note: {{.*}}(catalogue entry 'folly.future.get')
  s.wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'folly::SemiFuture::wait'
  baton.wait();
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'folly::Baton::wait'
  baton.post();
  int b = f.value(); // already fulfilled: does not wait
  (void)a, (void)b;
  co_return;
}

app::task<> libcoro_and_cppcoro() {
  coro::sync_wait(coro::task<int>{});
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'coro::sync_wait'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'libcoro.sync_wait')
  cppcoro::sync_wait(cppcoro::task<int>{});
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'cppcoro::sync_wait'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'cppcoro.sync_wait')
  co_return;
}

// cppcoro's files: open() and size() are synchronous; read() is awaited.
app::task<> cppcoro_files(cppcoro::io_service &io) {
  auto f = cppcoro::read_only_file::open(io, "data.bin");
  // CHECK: :[[@LINE-1]]:12: warning: call to blocking function 'cppcoro::read_only_file::open'
  // CHECK: :[[@LINE-2]]:12: note: {{.*}}(catalogue entry 'cppcoro.file.sync')
  // CHECK: :[[@LINE-3]]:12: note: instead:
  auto n = f.size();
  // CHECK: :[[@LINE-1]]:14: warning: call to blocking function 'cppcoro::file::size'
  // CHECK: :[[@LINE-2]]:14: note: {{.*}}(catalogue entry 'cppcoro.file.sync')
  // CHECK: :[[@LINE-3]]:14: note: instead:
  char buf[16];
  co_await f.read(0, buf, sizeof(buf));
  (void)n;
}

app::task<> concurrencpp_code(concurrencpp::result<int> r, concurrencpp::shared_result<int> s) {
  int v = r.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'concurrencpp::result::get'
  // CHECK: :[[@LINE-2]]:13: note: {{.*}}(catalogue entry 'concurrencpp.result.get')
  r.wait_for(std::chrono::seconds(1));
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'concurrencpp::result::wait_for'
  s.wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'concurrencpp::shared_result::wait'
  // status() asks without waiting (concurrencpp has no ready()).
  bool ready = r.status() == concurrencpp::result_status::value;
  (void)v, (void)ready;
  co_return;
}

// Outside coroutines these are how such programs start: fine.
int main() {
  folly::coro::blockingWait(folly::coro::Task<int>{});
  cppcoro::sync_wait(cppcoro::task<int>{});
  coro::sync_wait(coro::task<int>{});
}

boost::cobalt::task<int> cobalt_answer();

app::task<> cobalt_code() {
  int v = boost::cobalt::run(cobalt_answer());
  // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'boost::cobalt::run' inside coroutine 'cobalt_code' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:11: note: {{.*}}(catalogue entry 'cobalt.run')
  // CHECK: :[[@LINE-3]]:11: note: instead: 'co_await task' inside a coroutine
  v += co_await cobalt_answer();
  (void)v;
}

int cobalt_main() { return boost::cobalt::run(cobalt_answer()); } // not in a coroutine

bcos::task::Task<int> bcos_answer();

app::task<> bcos_code() {
  int v = bcos::task::syncWait(bcos_answer());
  // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'bcos::task::syncWait' inside coroutine 'bcos_code' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:11: note: {{.*}}(catalogue entry 'bcos.task.sync_wait')
  // CHECK: :[[@LINE-3]]:11: note: instead: 'co_await' the task inside a coroutine
  v += co_await bcos_answer();
  (void)v;
}
