// Spawns inside a helper that a loop calls: every call of the helper starts
// work that outlives it, so the loop fans out as much as one that spawns
// itself. Helpers that spawn only under a condition or after a guard, that
// hand the handle back, or that take a unit of a limiter first, are not
// reported. Boost.Asio with real headers.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/asio.hpp>
#include <future>
#include <semaphore>
#include <string>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> probe(std::string host);

// --- Bad ------------------------------------------------------------------
void start_probe(asio::any_io_executor ex, const std::string &host) {
  asio::co_spawn(ex, probe(host), asio::detached);
}

// Two levels down: the loop calls a helper that calls the spawning one.
void start_logged(asio::any_io_executor ex, const std::string &host) {
  std::string label = "probe " + host;
  start_probe(ex, host);
}

// A coroutine that spawns and returns at once: awaiting it does not wait for
// what it started.
awaitable<void> kick(const std::string &host) {
  auto ex = co_await asio::this_coro::executor;
  asio::co_spawn(ex, probe(host), asio::detached);
  co_return;
}

awaitable<void> probe_all(asio::any_io_executor ex, std::vector<std::string> hosts) {
  for (const std::string &host : hosts)
    start_probe(ex, host);
  // CHECK: :[[@LINE-1]]:5: warning: 'start_probe' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'hosts', and nothing in it limits the operations in flight
  // CHECK: :21:3: note: 'start_probe' starts it here on every call and does not wait for it
  // CHECK: :21:3: note: {{.*}}(catalogue entry 'asio.co_spawn')
  for (const std::string &host : hosts)
    start_logged(ex, host);
  // CHECK: :[[@LINE-1]]:5: warning: 'start_logged' starts one concurrent operation per loop iteration
  // CHECK: :21:3: note: 'start_probe' starts it here on every call and does not wait for it
  for (const std::string &host : hosts)
    co_await kick(host);
  // CHECK: :[[@LINE-1]]:14: warning: 'kick' starts one concurrent operation per loop iteration
  // CHECK: :34:3: note: 'kick' starts it here on every call and does not wait for it
}

// --- Good -----------------------------------------------------------------
struct refresher {
  asio::any_io_executor ex;
  bool running = false;
  // One refresh at a time: the guard returns while one runs.
  void refresh(const std::string &host) {
    if (running)
      return;
    running = true;
    asio::co_spawn(ex, probe(host), asio::detached);
  }
  // Spawns only for some hosts: judged as a condition, not reported.
  void maybe(const std::string &host) {
    if (host.empty())
      asio::co_spawn(ex, probe(host), asio::detached);
  }
};

// The handle goes back to the caller, which waits for it.
std::future<void> start_waitable(asio::any_io_executor ex, const std::string &host) {
  return asio::co_spawn(ex, probe(host), asio::use_future);
}

std::counting_semaphore<8> slots{8};
// A unit of a limiter taken on every call bounds what the loop starts.
void start_bounded(asio::any_io_executor ex, const std::string &host) {
  slots.acquire();
  asio::co_spawn(ex, probe(host), [](std::exception_ptr) { slots.release(); });
}

void plain(const std::string &host) { (void)host.size(); }

void quiet(asio::any_io_executor ex, std::vector<std::string> hosts, refresher &r) {
  for (const std::string &host : hosts) {
    r.refresh(host);
    r.maybe(host);
    start_waitable(ex, host).get();
    start_bounded(ex, host);
    plain(host);
  }
  for (int i = 0; i < 4; ++i) // four probes: a small constant
    start_probe(ex, "localhost");
}
