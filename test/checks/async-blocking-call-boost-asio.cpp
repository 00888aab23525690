// Boost.Asio 1.81 with its real headers: synchronous operations inside
// asio::awaitable coroutines; the async_* forms are fine.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <chrono>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using asio::ip::udp;

awaitable<void> session(tcp::socket socket) {
  char data[128];
  std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data, n), use_awaitable);

  n = socket.read_some(asio::buffer(data));
  // CHECK: :[[@LINE-1]]:14: warning: call to blocking function 'boost::asio::basic_stream_socket::read_some' inside coroutine 'session' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:14: note: {{.*}}(catalogue entry 'asio.socket.io')
  // CHECK: :[[@LINE-3]]:14: note: instead: the async_ form
  socket.send(asio::buffer(data, n));
  // CHECK: :[[@LINE-1]]:10: warning: call to blocking function 'boost::asio::basic_stream_socket::send'
  asio::read(socket, asio::buffer(data));
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'boost::asio::read'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'asio.read')
  asio::streambuf sb;
  asio::read_until(socket, sb, '\n');
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'boost::asio::read_until'
  asio::write(socket, asio::buffer(data, n));
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'boost::asio::write'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'asio.write')
}

awaitable<void> client(asio::io_context &io) {
  auto ex = co_await asio::this_coro::executor;
  tcp::resolver resolver(ex);
  auto endpoints = resolver.resolve("example.org", "80");
  // CHECK: :[[@LINE-1]]:29: warning: call to blocking function 'boost::asio::ip::basic_resolver::resolve'
  // CHECK: :[[@LINE-2]]:29: note: {{.*}}(catalogue entry 'asio.resolve')
  auto good = co_await resolver.async_resolve("example.org", "80", use_awaitable);
  tcp::socket socket(ex);
  asio::connect(socket, endpoints);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'boost::asio::connect'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'asio.connect')
  socket.connect(*good.begin());
  // CHECK: :[[@LINE-1]]:10: warning: call to blocking function 'boost::asio::basic_socket::connect'
  co_await asio::async_connect(socket, good, use_awaitable);
  tcp::acceptor acceptor(ex);
  auto peer = acceptor.accept();
  // CHECK: :[[@LINE-1]]:24: warning: call to blocking function 'boost::asio::basic_socket_acceptor::accept'
  udp::socket dgram(ex);
  char b[8];
  dgram.receive(asio::buffer(b));
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'boost::asio::basic_datagram_socket::receive'
  asio::steady_timer timer(ex, std::chrono::seconds(1));
  timer.wait();
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'boost::asio::basic_waitable_timer::wait'
  // CHECK: :[[@LINE-2]]:9: note: {{.*}}(catalogue entry 'asio.timer.wait')
  co_await timer.async_wait(use_awaitable);
  io.run();
  // CHECK: :[[@LINE-1]]:6: warning: call to blocking function 'boost::asio::io_context::run'
  // CHECK: :[[@LINE-2]]:6: note: {{.*}}(catalogue entry 'asio.io_context.run')
  io.poll(); // runs ready handlers only
  (void)peer;
}

// The usual offloading pattern: the blocking work runs on a thread pool.
awaitable<void> offload(asio::thread_pool &pool, tcp::socket &socket) {
  asio::post(pool, [&] {
    char b[8];
    socket.read_some(asio::buffer(b));
  });
  co_return;
}

int main() {
  asio::io_context io;
  asio::co_spawn(io, client(io), asio::detached);
  // The other async checks run too: client's exceptions are dropped.
  // CHECK: :[[@LINE-2]]:3: warning: coroutine 'client' is spawned with 'boost::asio::detached_t', which drops the exception it may throw [async-unawaited-task]
  io.run(); // not a coroutine: fine
}

// TLS over asio::ssl::stream: the synchronous handshake, read and shutdown
// wait for the peer; the async_ forms are awaited.
awaitable<void> tls_session(asio::ssl::stream<tcp::socket> &tls) {
  co_await tls.async_handshake(asio::ssl::stream_base::server, use_awaitable);
  char data[64];
  co_await tls.async_read_some(asio::buffer(data), use_awaitable);
  tls.handshake(asio::ssl::stream_base::server);
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'boost::asio::ssl::stream::handshake' inside coroutine 'tls_session' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'asio.ssl.sync')
  // CHECK: :[[@LINE-3]]:7: note: instead:
  tls.read_some(asio::buffer(data));
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'boost::asio::ssl::stream::read_some' inside coroutine 'tls_session' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'asio.ssl.sync')
  // CHECK: :[[@LINE-3]]:7: note: instead:
  tls.shutdown();
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'boost::asio::ssl::stream::shutdown' inside coroutine 'tls_session' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'asio.ssl.sync')
  // CHECK: :[[@LINE-3]]:7: note: instead:
}
