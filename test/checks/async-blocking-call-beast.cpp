// Boost.Beast's synchronous HTTP and WebSocket operations inside an Asio
// coroutine, found through their asynchronous twins (catalogue entry
// asio.sync-twin), with Debian's real Boost 1.81 headers. The awaited
// asynchronous forms are fine.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using asio::awaitable;
using asio::ip::tcp;

// --- Bad ------------------------------------------------------------------
awaitable<void> serve_blocking(tcp::socket socket) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  http::read(socket, buffer, req);
  // CHECK: :[[@LINE-1]]:3: warning: call to synchronous 'boost::beast::http::read' inside coroutine 'serve_blocking', which can await 'boost::beast::http::async_read' instead [async-blocking-call]
  // CHECK: note: 'boost::beast::http::async_read' does the same work awaitably
  // CHECK: :[[@LINE-3]]:3: note: {{.*}}(catalogue entry 'asio.sync-twin')
  http::response<http::string_body> res{http::status::ok, req.version()};
  http::write(socket, res);
  // CHECK: :[[@LINE-1]]:3: warning: call to synchronous 'boost::beast::http::write' inside coroutine 'serve_blocking', which can await 'boost::beast::http::async_write' instead
  co_return;
}

awaitable<void> echo_blocking(websocket::stream<tcp::socket> ws) {
  beast::flat_buffer buffer;
  ws.read(buffer);
  // CHECK: :[[@LINE-1]]:6: warning: call to synchronous 'boost::beast::websocket::stream::read' inside coroutine 'echo_blocking', which can await 'boost::beast::websocket::stream::async_read' instead
  ws.close(websocket::close_code::normal);
  // CHECK: :[[@LINE-1]]:6: warning: call to synchronous 'boost::beast::websocket::stream::close' inside coroutine 'echo_blocking', which can await 'boost::beast::websocket::stream::async_close' instead
  co_return;
}

// --- Good -----------------------------------------------------------------
awaitable<void> serve(tcp::socket socket) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  co_await http::async_read(socket, buffer, req, asio::use_awaitable);
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.body() = "ok";
  res.prepare_payload(); // no twin: pure computation
  co_await http::async_write(socket, res, asio::use_awaitable);
}

// Outside coroutines the synchronous forms are the normal way.
void serve_sync(tcp::socket &socket) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  http::read(socket, buffer, req);
}
