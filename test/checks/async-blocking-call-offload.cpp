// Offloading through real library APIs stops a blocking chain: Boost.Asio
// (real headers), Qt 5 (real headers), seastar and concurrencpp (mock
// headers). The same
// helpers called directly, or handed to a library function that calls them
// in place, still block. seastar::async stops the chain for its caller, and
// its function is checked on its own (it runs on the reactor).
// RUN: %clang_tidy_plugin %s -- %std_flags %qt_flags -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent | FileCheck %s %nodiag
// RUN: not %async_tidy --write-index=%t.json %s -- %std_flags %qt_flags -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent | FileCheck %s %nodiag
// RUN: FileCheck %s --check-prefix=INDEX < %t.json
#include "task.h"
#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <boost/asio.hpp>
#include <concurrencpp/executors.h>
#include <memory>
#include <seastar/core/smp.hh>
#include <seastar/core/thread.hh>
#include <unistd.h>

namespace asio = boost::asio;

void flush_journal() { fsync(3); }
void commit() { flush_journal(); }

asio::awaitable<void> asio_code(asio::thread_pool &pool, asio::ip::tcp::socket &socket) {
  asio::post(pool, [] { commit(); });
  asio::dispatch(pool.get_executor(), [] { commit(); });
  char data[16];
  socket.async_read_some(asio::buffer(data), [](boost::system::error_code, std::size_t) {
    commit(); // runs when the read completes, not here
  });
  auto strand = asio::make_strand(pool);
  auto handler = asio::bind_executor(strand, [] { commit(); });
  commit();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'commit' inside coroutine 'asio_code' blocks: 'commit' -> 'flush_journal' -> 'fsync' [async-blocking-call]
  // CHECK: :25:17: note: 'commit' calls 'flush_journal'
  // CHECK: :24:24: note: 'flush_journal' calls blocking function 'fsync'
  // CHECK: :24:24: note: {{.*}} (catalogue entry 'posix.fsync')
  co_return;
}
// INDEX: "stopped-by": "asio.post"
// INDEX: "stopped-by": "asio.post"
// INDEX: "stopped-by": "asio.completion-handler"
// INDEX: "stopped-by": "asio.bind"

app::task<> concurrencpp_code(std::shared_ptr<concurrencpp::thread_pool_executor> pool,
                              concurrencpp::thread_executor &thread) {
  auto done = pool->submit([] { commit(); });
  pool->post([] { commit(); });
  thread.post([] { commit(); });
  co_await done;
}
// INDEX: "stopped-by": "concurrencpp.executor.submit"
// INDEX: "stopped-by": "concurrencpp.executor.submit"
// INDEX: "stopped-by": "concurrencpp.executor.submit"

app::task<> qt_code(QObject *sender, QThreadPool &pool) {
  QtConcurrent::run([] { commit(); });
  pool.start([] { commit(); });
  QTimer::singleShot(10, [] { commit(); });
  QObject::connect(sender, &QObject::destroyed, [] { commit(); });
  co_return;
}
// INDEX: "stopped-by": "qt.concurrent.run"
// INDEX: "stopped-by": "qt.concurrent.run"
// INDEX: "stopped-by": "qt.deferred-call"
// INDEX: "stopped-by": "qt.deferred-call"

app::task<> seastar_code() {
  // seastar::async's thread is not the caller's; it runs on the reactor all
  // the same, where fsync stalls it (catalogue kind loop-thread).
  co_await seastar::async([] { commit(); });
  // CHECK: :[[@LINE-1]]:32: warning: call to 'commit' inside the function handed to 'seastar::async' blocks: 'commit' -> 'flush_journal' -> 'fsync' [async-blocking-call]
  // CHECK: note: 'commit' calls 'flush_journal'
  // CHECK: note: 'flush_journal' calls blocking function 'fsync'
  // CHECK: note: {{.*}}(catalogue entry 'posix.fsync')
  // CHECK: note: instead:
  co_await seastar::smp::submit_to(1, [] { commit(); });
  co_await seastar::smp::invoke_on_all([] { commit(); });
  co_return;
}
// INDEX: "stopped-by": "seastar.async"
// INDEX: "stopped-by": "seastar.submit_to"
// INDEX: "stopped-by": "seastar.submit_to"
