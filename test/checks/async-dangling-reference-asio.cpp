// Boost.Asio with real headers: asio::awaitable is lazy, and co_spawn runs
// the coroutine after the statement that spawned it. A reference to a
// temporary or to a local of the spawning code dangles unless the spawn is
// awaited (use_awaitable) or the spawning function runs the io_context
// before the local dies.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include <boost/asio.hpp>
#include <boost/utility/string_view.hpp>
#include <string>

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

awaitable<void> send_greeting(tcp::socket &socket, const std::string &greeting) {
  co_await asio::async_write(socket, asio::buffer(greeting), asio::use_awaitable);
}
awaitable<void> echo(tcp::socket &socket) {
  char data[64];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(data), asio::use_awaitable);
    co_await asio::async_write(socket, asio::buffer(data, n), asio::use_awaitable);
  }
}
awaitable<void> echo_owned(tcp::socket socket) { co_await echo(socket); }
awaitable<void> log_view(boost::string_view text) {
  co_await asio::this_coro::executor;
  (void)text.size();
}

awaitable<void> listener(tcp::acceptor &acceptor) {
  auto executor = co_await asio::this_coro::executor;
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(executor, echo(socket), asio::detached);
    // CHECK: :[[@LINE-1]]:35: warning: parameter 'socket' of coroutine 'echo' refers to local 'socket', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
    // CHECK: :19:35: note: 'socket' is a reference
    // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}} (catalogue entry 'asio.co_spawn')
    // CHECK: :[[@LINE+6]]:3: note: 'socket' is destroyed at the end of this block
    tcp::socket owned = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(executor, echo_owned(std::move(owned)), asio::detached);
    tcp::socket awaited = co_await acceptor.async_accept(asio::use_awaitable);
    co_await asio::co_spawn(executor, send_greeting(awaited, "hello"), asio::use_awaitable);
    co_await send_greeting(awaited, std::string("hello"));
  }
}

awaitable<void> greet_later(tcp::socket &socket) {
  auto pending = send_greeting(socket, "temporary greeting");
  // CHECK: :[[@LINE-1]]:40: warning: parameter 'greeting' of coroutine 'send_greeting' refers to a temporary, {{.*}} the task is stored in 'pending' and runs later
  // CHECK: :16:71: note: 'greeting' is a reference
  // CHECK: :[[@LINE-3]]:60: note: the temporary is destroyed at the end of this full-expression
  co_await std::move(pending);
  std::string name = "view";
  auto viewed = log_view(name);
  co_await std::move(viewed);
  auto dangling_view = log_view(std::string("gone"));
  // CHECK: :[[@LINE-1]]:33: warning: parameter 'text' of coroutine 'log_view' refers to a temporary, {{.*}} stored in 'dangling_view'
  // CHECK: :27:45: note: 'text' views data it does not own (catalogue entry 'boost.views')
  // CHECK: :[[@LINE-3]]:52: note: the temporary is destroyed
  co_await std::move(dangling_view);
}

void start(asio::io_context &io, tcp::socket &socket) {
  std::string greeting = "spawned from a function that returns";
  asio::co_spawn(io, send_greeting(socket, greeting), asio::detached);
  // CHECK: :[[@LINE-1]]:44: warning: parameter 'greeting' of coroutine 'send_greeting' refers to local 'greeting', {{.*}} the task is spawned and runs on its own
  // CHECK: :16:71: note: 'greeting' is a reference
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}} (catalogue entry 'asio.co_spawn')
  // CHECK: :[[@LINE+1]]:1: note: 'greeting' is destroyed at the end of this block
}

int main() {
  asio::io_context io;
  tcp::socket socket(io);
  std::string greeting = "run before it dies";
  asio::co_spawn(io, send_greeting(socket, greeting), asio::detached);
  io.run();
}
