// Coroutine lambdas handed, not called, to what runs them on their own:
// a spawner that keeps the lambda (Boost.Asio's co_spawn with a function
// object, drogon's async_run) keeps its captures by copy alive, but a
// reference capture still refers to the caller's local; a loop that queues
// a std::function (trantor's EventLoop) destroys it once it has called it.
// Also: a work starter whose only handle is a std::future (drogon's
// co_future), and a wrapper that is no coroutine passing its own reference
// parameter on to the coroutine whose task it returns, and a task handed to
// stdexec's start_detached under its name before it moved to exec.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <boost/asio.hpp>
#include <drogon/utils/coroutine.h>
#include <exec/task.hpp>
#include <stdexec/__detail/__start_detached.hpp>
#include <stdexec/execution.hpp>
#include <string>

namespace asio = boost::asio;

drogon::Task<> remove_rows(const std::string &id);

void remove_detached(int raw) {
  std::string id = "cust-" + std::to_string(raw);
  drogon::async_run([&id]() -> drogon::Task<> {
    // CHECK: :[[@LINE-1]]:21: warning: capture 'id' of this coroutine lambda refers to local 'id', which is destroyed before the coroutine is done with it: 'drogon::async_run' runs it on its own [async-dangling-reference]
    // CHECK: :[[@LINE-2]]:23: note: 'id' is captured by reference
    // CHECK: :[[@LINE-3]]:3: note: async_run and co_future run the coroutine {{.*}} (catalogue entry 'drogon.async_run')
    // CHECK: :[[@LINE+5]]:1: note: 'id' is destroyed at the end of this block
    // CHECK: :[[@LINE-5]]:23: note: capture 'id' by value, or wait for the spawned work before 'id' is destroyed
    co_await remove_rows(id);
    co_await remove_rows(id);
  });
}

int run_at_once() {
  // async_run runs the coroutine at once up to its first suspension
  // (`starts: in-call`): a capture read only before it is read in time.
  int seen = 0;
  drogon::async_run([&seen]() -> drogon::Task<> {
    seen = 1;
    co_return;
  });
  return seen;
}

void remove_owned(int raw) {
  std::string id = "cust-" + std::to_string(raw);
  // By copy: async_run keeps the lambda in the coroutine's frame.
  drogon::async_run([id]() -> drogon::Task<> { co_await remove_rows(id); });
}

drogon::Task<> notify(const std::string &name);

std::future<void> notify_later(std::string name) {
  return drogon::co_future(notify(name));
  // CHECK: :[[@LINE-1]]:35: warning: parameter 'name' of coroutine 'notify' refers to parameter 'name', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
}

void notify_and_wait(std::string name) {
  auto done = drogon::co_future(notify(name));
  done.wait(); // joins the work before 'name' dies
}

void schedule_cleanup(trantor::EventLoop *loop, int days) {
  loop->queueInLoop([days]() -> drogon::AsyncTask {
    // CHECK: :[[@LINE-1]]:21: warning: the captures of this coroutine lambda are destroyed when 'trantor::EventLoop::queueInLoop' has called it, while the coroutine still uses them after its first suspension [async-dangling-reference]
    // CHECK: :[[@LINE-2]]:22: note: 'days' is captured into the lambda's closure
    // CHECK: :[[@LINE-3]]:3: note: the loop calls the queued std::function once {{.*}} (catalogue entry 'trantor.event_loop.queue')
    // CHECK: :[[@LINE-4]]:21: note: instead: wrap the lambda in drogon::async_func(...)
    co_await remove_rows(std::to_string(days));
    co_await remove_rows(std::to_string(days));
  });
  // Not a coroutine: nothing of the closure is used after it returns.
  loop->queueInLoop([days] { (void)days; });
}

asio::awaitable<void> write_all(asio::ip::tcp::socket &socket, const std::string &text);

void greet(asio::io_context &io, asio::ip::tcp::socket &socket) {
  std::string text = "hello";
  asio::co_spawn(io, [&socket, &text]() -> asio::awaitable<void> {
    // CHECK: :[[@LINE-1]]:22: warning: capture 'text' of this coroutine lambda refers to local 'text', which is destroyed before the coroutine is done with it: 'boost::asio::co_spawn' runs it on its own [async-dangling-reference]
    // CHECK: :[[@LINE-2]]:33: note: 'text' is captured by reference
    // CHECK: :[[@LINE-3]]:3: note: co_spawn starts the coroutine {{.*}} (catalogue entry 'asio.co_spawn')
    // CHECK: :[[@LINE+4]]:1: note: 'text' is destroyed at the end of this block
    // CHECK: :[[@LINE-5]]:33: note: capture 'text' by value
    co_await write_all(socket, text);
  }, asio::detached);
}

void greet_and_run(asio::io_context &io, asio::ip::tcp::socket &socket) {
  std::string text = "hello";
  asio::co_spawn(io, [&socket, &text]() -> asio::awaitable<void> {
    co_await write_all(socket, text);
  }, asio::detached);
  io.run(); // the spawned work ends before 'text' dies
}

asio::awaitable<void> greet_awaited(asio::ip::tcp::socket &socket) {
  std::string text = "hello";
  auto ex = co_await asio::this_coro::executor;
  co_await asio::co_spawn(ex, [&socket, &text]() -> asio::awaitable<void> {
    co_await write_all(socket, text);
  }, asio::use_awaitable);
}

// A wrapper that is no coroutine hands its reference on.
app::task<int> add(const int &a) {
  co_await app::event{};
  co_return a + 1;
}
app::task<int> add_one(const int &v) { return add(v); }
app::task<> sums() {
  auto later = add_one(41);
  // CHECK: :[[@LINE-1]]:24: warning: parameter 'a' (given 'v' by 'add_one') of coroutine 'add' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'later' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-8]]:31: note: 'a' is a reference
  // CHECK: :[[@LINE-3]]:26: note: the temporary is destroyed at the end of this full-expression
  co_await add_one(41);
  int x = 1;
  auto kept = add_one(x);
  co_await kept;
  co_await later;
}

exec::task<void> log_line(const std::string &line);
exec::task<void> log_line(const std::string &line) {
  co_await exec::task<void>{};
  (void)line.size();
}
void announce(const std::string &name) {
  stdexec::start_detached(log_line("compressed " + name));
  // CHECK: :[[@LINE-1]]:36: warning: parameter 'line' of coroutine 'log_line' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
}
void announce_and_wait(const std::string &name) {
  stdexec::sync_wait(log_line("compressed " + name)); // waits within the statement
}
