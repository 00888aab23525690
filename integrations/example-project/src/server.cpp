// An echo server in the style of Boost.Asio's C++20 examples, with the kinds of
// mistakes async-tidy finds.
#include "legacy_db.h"
#include <boost/asio.hpp>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;

void audit(const std::string &line); // audit.cpp

awaitable<void> echo(tcp::socket socket, legacy::Database &db) {
  char data[1024];
  for (;;) {
    // Good: the asynchronous read suspends instead of blocking.
    std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
    // Bad: a synchronous write blocks the event loop until the peer reads.
    asio::write(socket, asio::buffer(data, n));
    // Bad: throttling with a thread sleep stalls every other connection.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    // Bad: the project's own catalogue says this waits for the database.
    db.query("INSERT INTO log VALUES ('echo')");
  }
}

awaitable<void> listener(legacy::Database &db) {
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), 55555});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    // Bad: stdio writes a file synchronously.
    if (FILE *f = std::fopen("connections.log", "a")) {
      std::fputs("accepted\n", f);
      std::fclose(f);
    }
    asio::co_spawn(executor, echo(std::move(socket), db), asio::detached);
  }
}

awaitable<void> ping(tcp::endpoint peer);

// Bad: one ping per known peer, all at once; with thousands of peers this
// opens thousands of sockets. A semaphore or a few workers would bound it.
awaitable<void> ping_all(std::vector<tcp::endpoint> peers) {
  auto executor = co_await asio::this_coro::executor;
  for (const tcp::endpoint &peer : peers)
    asio::co_spawn(executor, ping(peer), asio::detached);
}

int main() {
  legacy::Database db;
  db.connect("postgres://localhost/example"); // fine: not in a coroutine
  asio::io_context io;
  asio::co_spawn(io, listener(db), asio::detached);
  io.run(); // fine: not in a coroutine
}
