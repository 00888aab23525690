// Boost.Asio with real headers: unawaited asio::awaitable, and co_spawn with
// asio::detached, which drops the exception a coroutine without a try/catch
// around its body finishes with.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/asio.hpp>
#include <boost/asio/experimental/coro.hpp>
#include <exception>
#include <stdexcept>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> session(asio::ip::tcp::socket s) {
  char data[64];
  co_await s.async_read_some(asio::buffer(data), asio::use_awaitable);
  throw std::runtime_error("protocol error");
}

awaitable<void> guarded_session(asio::ip::tcp::socket s) {
  try {
    char data[64];
    co_await s.async_read_some(asio::buffer(data), asio::use_awaitable);
  } catch (const std::exception &) {
  }
}

awaitable<void> declared_only(asio::ip::tcp::socket s);

awaitable<void> listener(asio::ip::tcp::acceptor acceptor) {
  auto ex = co_await asio::this_coro::executor;
  for (;;) {
    asio::ip::tcp::socket s = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(ex, session(std::move(s)), asio::detached);
    // CHECK: :[[@LINE-1]]:5: warning: coroutine 'session' is spawned with 'boost::asio::detached_t', which drops the exception it may throw [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: co_spawn starts the coroutine running alongside its caller; with asio::detached nothing waits for it and its exception is thrown away (catalogue entry 'asio.co_spawn')
    // CHECK: :14:17: note: coroutine 'session' does not catch exceptions around its body
    session(asio::ip::tcp::socket(ex));
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'session' is never awaited; the operation it starts does not run
    // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'asio.awaitable')
    asio::co_spawn(ex, [&]() -> awaitable<void> { co_await session(asio::ip::tcp::socket(ex)); }, asio::detached);
    // CHECK: :[[@LINE-1]]:5: warning: coroutine 'lambda' is spawned with 'boost::asio::detached_t'
    // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'asio.co_spawn')
    // CHECK: :[[@LINE-3]]:24: note: coroutine 'lambda' does not catch exceptions around its body
    // The reference capture of 'ex' outlives this coroutine if it ends (an
    // accept that throws) while the spawned one runs:
    // CHECK: :[[@LINE-6]]:24: warning: capture 'ex' of this coroutine lambda refers to local 'ex', which is destroyed before the coroutine is done with it: 'boost::asio::co_spawn' runs it on its own [async-dangling-reference]
    // Fine: the body catches, the body is not visible, a handler sees the exception.
    asio::co_spawn(ex, guarded_session(asio::ip::tcp::socket(ex)), asio::detached);
    asio::co_spawn(ex, declared_only(asio::ip::tcp::socket(ex)), asio::detached);
    asio::co_spawn(ex, session(asio::ip::tcp::socket(ex)), [](std::exception_ptr e) {
      if (e)
        std::rethrow_exception(e);
    });
  }
}

asio::experimental::coro<int> numbers();

void start_generator() {
  numbers();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'numbers' is never awaited; the operation it starts does not run
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'asio.experimental.coro')
}
