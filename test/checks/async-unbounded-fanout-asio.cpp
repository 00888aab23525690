// Boost.Asio with real headers: co_spawn per element, ranged parallel groups,
// accept loops (paced by arrivals) and channel-bounded workers.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async-unbounded-fanout.ReportArrivalPacedLoops: true}}" %s -- %std_flags | FileCheck %s --check-prefixes=CHECK,ARRIVAL %nodiag
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.BuiltinCatalogue: false, async.Catalogues: '%S/Inputs/fanout-no-limiters.yaml'}}" %s -- %std_flags | FileCheck %s --check-prefix=NOLIMIT %nodiag
#include <boost/asio.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <boost/asio/spawn.hpp>
#include <future>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

// Declared only: async-unawaited-task cannot see whether it catches.
awaitable<void> probe(std::string host);
awaitable<void> session(tcp::socket socket);

awaitable<void> probe_all(std::vector<std::string> hosts) {
  auto ex = co_await asio::this_coro::executor;
  for (const std::string &host : hosts)
    asio::co_spawn(ex, probe(host), asio::detached);
  // CHECK: :[[@LINE-1]]:5: warning: 'boost::asio::co_spawn' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'hosts', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:5: note: co_spawn starts the coroutine running alongside its caller; with asio::detached nothing waits for it and its exception is thrown away (catalogue entry 'asio.co_spawn')
  // NOLIMIT: :[[@LINE-4]]:5: warning: 'boost::asio::co_spawn' starts

  std::vector<std::future<void>> results;
  for (const std::string &host : hosts)
    results.push_back(asio::co_spawn(ex, probe(host), asio::use_future));
  // CHECK: :[[@LINE-1]]:23: warning: 'boost::asio::co_spawn' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'hosts'
  // CHECK: :[[@LINE-3]]:23: note: {{.*}}(catalogue entry 'asio.co_spawn')
  // NOLIMIT: :[[@LINE-4]]:23: warning:

  // Fine: one at a time.
  for (const std::string &host : hosts)
    co_await asio::co_spawn(ex, probe(host), asio::use_awaitable);
}

awaitable<void> probe_group(std::vector<std::string> hosts) {
  auto ex = co_await asio::this_coro::executor;
  using op = decltype(asio::co_spawn(ex, probe(""), asio::deferred));
  std::vector<op> ops;
  for (const std::string &host : hosts)
    ops.push_back(asio::co_spawn(ex, probe(host), asio::deferred));
  co_await asio::experimental::make_parallel_group(std::move(ops))
      .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
  // CHECK: :[[@LINE-2]]:12: warning: 'boost::asio::experimental::make_parallel_group' starts one concurrent operation per element of 'ops' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:12: note: a ranged parallel group launches every operation of the range at once (catalogue entry 'asio.make_parallel_group')
  // CHECK: :[[@LINE-4]]:12: note: instead: a fixed number of worker coroutines that take the operations from an experimental::channel
  // NOLIMIT: :[[@LINE-5]]:12: warning: 'boost::asio::experimental::make_parallel_group' starts

  // A deferred operation does nothing until it is awaited: collecting them
  // above starts nothing, dropping one loses it.
  asio::co_spawn(ex, probe("lost"), asio::deferred);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'boost::asio::co_spawn' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: an operation started with asio::deferred is lazy; it does not run until it is awaited or its completion token is supplied (catalogue entry 'asio.deferred')
  // NOLIMIT: :[[@LINE-3]]:3: warning: task returned by 'boost::asio::co_spawn' is never awaited

  // Fine: a fixed pair, and a vector filled by two straight-line push_backs.
  std::vector<op> two;
  two.push_back(asio::co_spawn(ex, probe("a"), asio::deferred));
  two.push_back(asio::co_spawn(ex, probe("b"), asio::deferred));
  co_await asio::experimental::make_parallel_group(std::move(two))
      .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
  co_await asio::experimental::make_parallel_group(asio::co_spawn(ex, probe("a"), asio::deferred),
                                                   asio::co_spawn(ex, probe("b"), asio::deferred))
      .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
}

// The per-connection server: paced by arrivals, reported only on request.
awaitable<void> listener(tcp::acceptor acceptor) {
  auto ex = co_await asio::this_coro::executor;
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(ex, session(std::move(socket)), asio::detached);
    // ARRIVAL: :[[@LINE-1]]:5: warning: 'boost::asio::co_spawn' starts one concurrent operation per loop iteration
    // ARRIVAL: :[[@LINE-4]]:3: note: the loop runs until it is left, and nothing in it limits the operations in flight
    // ARRIVAL: :[[@LINE-3]]:5: note: {{.*}}(catalogue entry 'asio.co_spawn')
  }
}

// The accept can sit in the spawn's own arguments; it still runs first.
awaitable<void> listener_inline(tcp::acceptor &acceptor) {
  for (;;)
    asio::co_spawn(acceptor.get_executor(), session(co_await acceptor.async_accept(asio::use_awaitable)),
                   asio::detached);
  // ARRIVAL: :[[@LINE-2]]:5: warning: 'boost::asio::co_spawn' starts
  // ARRIVAL: :[[@LINE-4]]:3: note: the loop runs until it is left
  // ARRIVAL: :[[@LINE-4]]:5: note: {{.*}}(catalogue entry 'asio.co_spawn')
}

// A stackful server (Beast's coro examples): each iteration waits in
// async_accept with the yield context (catalogue: asio.spawn's
// suspends-with), so it is paced by arrivals too. The one without a wait is
// a fan-out over the hosts.
void stackful_listener(asio::io_context &ioc, tcp::acceptor &acceptor,
                       std::vector<std::string> hosts) {
  asio::spawn(ioc, [&](asio::yield_context yield) {
    for (;;) {
      boost::system::error_code ec;
      tcp::socket socket(ioc);
      acceptor.async_accept(socket, yield[ec]);
      if (!ec)
        asio::spawn(ioc, [](asio::yield_context) {});
      // ARRIVAL: :[[@LINE-1]]:9: warning: 'boost::asio::spawn' starts
      // ARRIVAL: :[[@LINE-7]]:5: note: the loop runs until it is left
    }
  });
  for (const std::string &host : hosts)
    asio::spawn(ioc, [host](asio::yield_context) {});
  // CHECK: :[[@LINE-1]]:5: warning: 'boost::asio::spawn' starts one concurrent operation per loop iteration
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'hosts'
  // CHECK: :[[@LINE-3]]:5: note: {{.*}}(catalogue entry 'asio.spawn')
}

// Thread per connection with a blocking accept (catalogued as blocking).
void session_thread(tcp::socket socket);
void blocking_server(tcp::acceptor &acceptor) {
  for (;;)
    std::thread(session_thread, acceptor.accept()).detach();
  // ARRIVAL: :[[@LINE-1]]:52: warning: 'std::thread::detach' starts
  // ARRIVAL: :[[@LINE-3]]:3: note: the loop runs until it is left
  // ARRIVAL: :[[@LINE-3]]:52: note: {{.*}}(catalogue entry 'std.thread.detach')
  // NOLIMIT: :[[@LINE-4]]:52: warning: 'std::thread::detach' starts
}

// Stackful coroutines spawn the same way.
void handle(std::string host, asio::yield_context yield);
void stackful(asio::io_context &ctx, const std::vector<std::string> &hosts) {
  for (const std::string &host : hosts)
    asio::spawn(ctx, [host](asio::yield_context yield) { handle(host, yield); }, asio::detached);
  // CHECK: :[[@LINE-1]]:5: warning: 'boost::asio::spawn' starts one concurrent operation per loop iteration
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'hosts'
  // CHECK: :[[@LINE-3]]:5: note: spawn starts a stackful coroutine running alongside its caller (catalogue entry 'asio.spawn')
}

// Workers bounded by a channel: the send waits while the channel is full.
using jobs = asio::experimental::channel<void(boost::system::error_code, std::string)>;
awaitable<void> dispatch(std::vector<std::string> hosts, jobs &queue) {
  auto ex = co_await asio::this_coro::executor;
  for (const std::string &host : hosts) {
    co_await queue.async_send(boost::system::error_code{}, host, asio::use_awaitable);
    asio::co_spawn(ex, probe(host), asio::detached);
    // COM: bounded by (catalogue entry 'asio.channel.send')
    // NOLIMIT: :[[@LINE-2]]:5: warning: 'boost::asio::co_spawn' starts
  }
}

// A limiter taken by the spawned coroutine itself counts; one taken deeper
// down (a helper that throttles inside each session) does not.
awaitable<void> throttled_probe(std::string host, jobs &slots) {
  try {
    co_await slots.async_send(boost::system::error_code{}, host, asio::use_awaitable);
    co_await probe(host);
  } catch (...) {
  }
}
awaitable<void> session_with_throttled_part(std::string host, jobs &slots) {
  try {
    co_await throttled_probe(host, slots);
  } catch (...) {
  }
}
awaitable<void> spawn_throttled(std::vector<std::string> hosts, jobs &slots) {
  auto ex = co_await asio::this_coro::executor;
  for (const std::string &host : hosts)
    asio::co_spawn(ex, throttled_probe(host, slots), asio::detached);
  // NOLIMIT: :[[@LINE-1]]:5: warning: 'boost::asio::co_spawn' starts
  for (const std::string &host : hosts)
    asio::co_spawn(ex, session_with_throttled_part(host, slots), asio::detached);
  // CHECK: :[[@LINE-1]]:5: warning: 'boost::asio::co_spawn' starts
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'hosts'
  // CHECK: :[[@LINE-3]]:5: note: {{.*}}(catalogue entry 'asio.co_spawn')
  // NOLIMIT: :[[@LINE-4]]:5: warning: 'boost::asio::co_spawn' starts
}
