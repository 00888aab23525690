// Real Boost 1.81 Asio headers, as a user's editor would open them.
#include <boost/asio.hpp>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;

awaitable<void> echo(tcp::socket socket) {
  char data[1024];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
    asio::write(socket, asio::buffer(data, n));
  }
}

// Good code: the asynchronous write.
awaitable<void> echo_async(tcp::socket socket) {
  char data[1024];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
    co_await asio::async_write(socket, asio::buffer(data, n), use_awaitable);
  }
}
