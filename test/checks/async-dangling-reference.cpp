// References a coroutine keeps to objects that die before it is done with
// them, with the in-house task type of task.h (lazy: initial_suspend always
// suspends) and an eager one; spawns with cppcoro's and libcoro's scopes.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <coro/scheduler.hpp>
#include <coro/task.hpp>
#include <cppcoro/async_scope.hpp>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using app::task;

namespace app {
/// An eager task: runs until its first suspension inside the call.
struct eager {
  struct promise_type {
    eager get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
/// A task whose await_resume returns a reference into its promise.
template <typename T> struct ref_task {
  struct promise_type {
    T value;
    ref_task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T v) { value = v; }
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T &await_resume();
};
} // namespace app

task<> send(const std::string &msg) {
  co_await app::event{};
  (void)msg.size();
}
task<> send_view(std::string_view msg) {
  co_await app::event{};
  (void)msg.size();
}
task<> sum(std::span<const int> xs) {
  co_await app::event{};
  (void)xs.size();
}
task<> by_value(std::string msg) {
  co_await app::event{};
  (void)msg.size();
}
task<> with_default(const std::vector<int> &opts = {}) {
  co_await app::event{};
  (void)opts.size();
}
task<> never_reads(const std::string &) { co_return; }
task<> declared_only(const std::string &msg);

// Case 1: temporaries and locals whose task escapes.
task<> temporaries() {
  co_await send("hello");
  auto t = send("hello");
  // CHECK: :[[@LINE-1]]:17: warning: parameter 'msg' of coroutine 'send' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 't' and runs later [async-dangling-reference]
  // CHECK: :49:32: note: 'msg' is a reference
  // CHECK: :[[@LINE-3]]:24: note: the temporary is destroyed at the end of this full-expression
  co_await t;
  auto v = send_view(std::string("abc"));
  // CHECK: :[[@LINE-1]]:22: warning: parameter 'msg' of coroutine 'send_view' refers to a temporary, {{.*}} the task is stored in 'v' and runs later
  // CHECK: :53:35: note: 'msg' views data it does not own (catalogue entry 'std.views')
  // CHECK: :[[@LINE-3]]:40: note: the temporary is destroyed
  co_await v;
  auto literal = send_view("static storage");
  co_await literal;
  auto d = with_default();
  // CHECK: :[[@LINE-1]]:12: warning: parameter 'opts' of coroutine 'with_default' refers to a temporary made by its default argument, {{.*}} the task is stored in 'd' and runs later
  // CHECK: :65:45: note: 'opts' is a reference
  // CHECK: :[[@LINE-3]]:25: note: the default argument's temporary is destroyed at the end of this full-expression
  co_await d;
  auto copied = by_value("copied into the frame");
  co_await copied;
  auto unread = never_reads("never read");
  co_await unread;
  auto hidden = declared_only("declared only");
  // CHECK: :[[@LINE-1]]:31: warning: parameter 'msg' of coroutine 'declared_only' refers to a temporary, {{.*}} stored in 'hidden'
  // CHECK: :70:41: note: 'msg' is a reference
  // CHECK: :[[@LINE-3]]:46: note: the temporary is destroyed
  co_await hidden;
  co_await with_default();
  auto never_awaited = send("a lazy task that never runs reads nothing");
}

task<> returned_from_block(std::vector<task<>> &out) {
  std::vector<int> numbers{1, 2, 3};
  {
    std::string local = "inner";
    out.push_back(send(local));
    // CHECK: :[[@LINE-1]]:24: warning: parameter 'msg' of coroutine 'send' refers to local 'local', {{.*}} the task is stored in 'out' and runs later
    // CHECK: :49:32: note: 'msg' is a reference
    // CHECK: :[[@LINE+3]]:3: note: 'local' is destroyed at the end of this block
    auto awaited_here = send(local);
    co_await awaited_here;
  }
  std::vector<task<>> batch;
  batch.push_back(sum(numbers));
  co_await std::move(batch.front());
}

// Case 2: a wrapper that returns a task built from its own parameter.
task<> send_copy(std::string msg) { return send(msg); }
// CHECK: :[[@LINE-1]]:49: warning: parameter 'msg' of coroutine 'send' refers to parameter 'msg', {{.*}} the task is returned and runs later
// CHECK: :49:32: note: 'msg' is a reference
// CHECK: :[[@LINE-3]]:55: note: parameter 'msg' is destroyed when 'send_copy' returns
task<> forward_ref(const std::string &msg) { return send(msg); }

// Case 3: a capturing lambda coroutine whose closure dies first.
void spawn_lambdas(cppcoro::async_scope &scope, int id) {
  scope.spawn([id]() -> task<> {
    // CHECK: :[[@LINE-1]]:15: warning: the captured state of coroutine 'lambda' refers to a temporary, {{.*}} the task is spawned and runs on its own
    co_await app::event{};
    (void)id;
  }());
  // CHECK: :[[@LINE-5]]:16: note: 'id' is captured into the lambda's closure
  // CHECK: :[[@LINE-6]]:3: note: {{.*}} (catalogue entry 'cppcoro.async_scope.spawn')
  // CHECK: :[[@LINE-3]]:6: note: the temporary is destroyed at the end of this full-expression
  // CHECK: :[[@LINE-8]]:15: note: pass what the coroutine needs as parameters
  scope.spawn([](int copy) -> task<> {
    co_await app::event{};
    (void)copy;
  }(id));
}

task<> awaited_lambdas(int id) {
  co_await [&]() -> task<> {
    co_await app::event{};
    (void)id;
  }();
  co_await [id]() -> task<> {
    co_await app::event{};
    (void)id;
  }();
}

// Case 4: a reference into the result of awaiting a temporary task.
app::ref_task<std::string> load();
app::ref_task<const std::string &> name();
task<> awaited_references() {
  const auto &r = co_await load();
  // CHECK: :[[@LINE-1]]:15: warning: 'r' refers into the result of awaiting a temporary task, which is destroyed at the end of this statement
  // CHECK: :[[@LINE-2]]:28: note: the task returned by 'load' is a temporary; awaiting it returns a reference into it
  // CHECK: :[[@LINE-3]]:15: note: declare 'r' without '&'
  auto copy = co_await load();
  auto held = load();
  const auto &from_held = co_await held;
  const auto &referred = co_await name();
  (void)r, (void)copy, (void)from_held, (void)referred;
}

// Case 5: a detached spawn given a local, joined or not.
coro::task<void> log_line(const std::string &line) {
  co_await app::event{};
  (void)line.size();
}
void detached(coro::scheduler &s) {
  std::string line = "started";
  s.spawn_detached(log_line(line));
  // CHECK: :[[@LINE-1]]:29: warning: parameter 'line' of coroutine 'log_line' refers to local 'line', {{.*}} the task is spawned and runs on its own
  // CHECK: :172:46: note: 'line' is a reference
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}} (catalogue entry 'libcoro.spawn_detached')
  // CHECK: :[[@LINE+1]]:1: note: 'line' is destroyed at the end of this block
}
task<> joined(cppcoro::async_scope &scope) {
  std::string line = "joined";
  scope.spawn(log_line(line));
  co_await scope.join();
}

// Eager coroutines: what they read before the first suspension is read in
// the call; dropped, they run on in the background.
app::eager copy_first(const std::string &msg) {
  std::string mine = msg;
  co_await app::event{};
  (void)mine;
}
app::eager read_later(const std::string &msg) {
  co_await app::event{};
  (void)msg.size();
}
void background() {
  std::string text = "eager";
  copy_first(text);
  copy_first("temporary");
  read_later(text);
  // CHECK: :[[@LINE-1]]:14: warning: parameter 'msg' of coroutine 'read_later' refers to local 'text', {{.*}} the task runs on in the background after its first suspension
  // CHECK: :197:42: note: 'msg' is a reference
  // CHECK: :[[@LINE+1]]:1: note: 'text' is destroyed at the end of this block
}

// Members of *this, statics, and coroutine_disable_lifetimebound.
struct service {
  std::string name;
  task<> run() {
    co_await app::event{};
    (void)name.size();
  }
  task<> declared_only_member();
  task<> start() {
    auto t = send(name);
    co_await t;
  }
};
std::string global_name;
task<> statics() {
  static std::string cached = "cached";
  auto a = send(global_name);
  auto b = send(cached);
  co_await a;
  co_await b;
}
task<> from_temporary_service() {
  auto t = service{}.run();
  // CHECK: :[[@LINE-1]]:12: warning: 'this' of coroutine 'run' refers to a temporary, {{.*}} the task is stored in 't' and runs later
  // CHECK: :214:10: note: 'run' uses members of its object
  // CHECK: :[[@LINE-3]]:26: note: the temporary is destroyed at the end of this full-expression
  co_await t;
  auto not_seen = service{}.declared_only_member();
  co_await not_seen;
}
[[clang::coro_disable_lifetimebound]] task<> copies(const std::string &msg);
task<> not_reported() {
  auto t = copies("annotated");
  co_await t;
}

// Through helpers of the translation unit (one hop), constructors that keep
// the task, containers' emplace, std::move, and closures a template calls.
std::vector<task<>> pending;
void run_later(task<> t) { pending.push_back(std::move(t)); }
void run_now(task<> t);
struct holder {
  explicit holder(task<> t);
};
template <typename F> task<> invoke_later(F f) { return f(); }
template <typename F> task<> invoke_awaited(F f) { co_await f(); }
task<> consume(std::string &&msg) {
  co_await app::event{};
  (void)msg.size();
}
holder helpers(std::vector<task<>> &out) {
  std::string local = "helpers";
  run_later(send(local));
  // CHECK: :[[@LINE-1]]:18: warning: parameter 'msg' of coroutine 'send' refers to local 'local', {{.*}} the task is stored in 'pending' and runs later
  // CHECK: :49:32: note: 'msg' is a reference
  // CHECK: :[[@LINE+24]]:1: note: 'local' is destroyed at the end of this block
  run_now(send(local));
  out.emplace_back(send("emplaced"));
  // CHECK: :[[@LINE-1]]:25: warning: parameter 'msg' of coroutine 'send' refers to a temporary, {{.*}} the task is stored in 'out' and runs later
  // CHECK: :49:32: note: 'msg' is a reference
  // CHECK: :[[@LINE-3]]:36: note: the temporary is destroyed at the end of this full-expression
  out.push_back(consume(std::move(local)));
  // CHECK: :[[@LINE-1]]:25: warning: parameter 'msg' of coroutine 'consume' refers to local 'local', {{.*}} stored in 'out'
  // CHECK: :257:30: note: 'msg' is a reference
  // CHECK: :[[@LINE+15]]:1: note: 'local' is destroyed at the end of this block
  int id = 7;
  out.push_back(invoke_later([id]() -> task<> {
    // CHECK: :[[@LINE-1]]:30: warning: the captured state of coroutine 'lambda' refers to parameter 'f', {{.*}} the task is returned and runs later
    // CHECK: :255:57: note: the lambda is called here
    // CHECK: :[[@LINE-3]]:31: note: 'id' is captured into the lambda's closure
    // CHECK: :255:62: note: parameter 'f' is destroyed when 'invoke_later' returns
    // CHECK: :[[@LINE-5]]:30: note: pass what the coroutine needs as parameters
    co_await app::event{};
    (void)id;
  }));
  return holder(send("held"));
  // CHECK: :[[@LINE-1]]:22: warning: parameter 'msg' of coroutine 'send' refers to a temporary, {{.*}} the task is returned and runs later
  // CHECK: :49:32: note: 'msg' is a reference
  // CHECK: :[[@LINE-3]]:29: note: the temporary is destroyed at the end of this full-expression
}
task<> awaited_through_template(int id) {
  co_await invoke_awaited([id]() -> task<> {
    co_await app::event{};
    (void)id;
  });
}
task<> named_lambda(std::vector<task<>> &out, int id) {
  auto later = [id]() -> task<> {
    // CHECK: :[[@LINE-1]]:16: warning: the captured state of coroutine 'lambda' refers to local 'later', {{.*}} the task is stored in 'out' and runs later
    // CHECK: :307:17: note: the lambda is called here
    // CHECK: :[[@LINE-3]]:17: note: 'id' is captured into the lambda's closure
    // CHECK: :314:1: note: 'later' is destroyed at the end of this block
    // CHECK: :[[@LINE-5]]:16: note: pass what the coroutine needs as parameters
    co_await app::event{};
    (void)id;
  };
  out.push_back(later());
  co_await later();
  decltype(auto) value = co_await load();
  // CHECK: :[[@LINE-1]]:18: warning: 'value' refers into the result of awaiting a temporary task
  // CHECK: :[[@LINE-2]]:35: note: the task returned by
  // CHECK: :[[@LINE-3]]:18: note: declare 'value' without '&'
  (void)value;
}

// Waiting for spawned work: a spin loop on a latch the work counts down, a
// helper that spawns and then blocks, a holder outside the block that the
// block awaits; one finding per lambda however many captures dangle.
#include <atomic>
void spin_joined(coro::scheduler &s) {
  std::atomic<int> left{1};
  std::string line = "spin";
  auto work = [&]() -> coro::task<void> {
    co_await app::event{};
    (void)line;
    --left;
  };
  s.spawn_detached(work());
  while (left.load()) {
  }
}
void spawn_and_wait(coro::task<void> t);
task<> held_outside(std::vector<task<>> &all, std::vector<task<>> batch) {
  {
    std::string local = "awaited in the block";
    batch.push_back(send(local));
    for (auto &t : batch)
      co_await t;
  }
  (void)all;
}
void many_captures(coro::scheduler &s) {
  int a = 1, b = 2;
  s.spawn_detached([&]() -> coro::task<void> {
    // CHECK: :[[@LINE-1]]:20: warning: capture 'a' of coroutine 'lambda' refers to local 'a', {{.*}} the task is spawned and runs on its own
    // CHECK: :[[@LINE+4]]:12: note: 'a' is captured by reference
    // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'libcoro.spawn_detached')
    // CHECK: :[[@LINE+4]]:1: note: 'a' is destroyed at the end of this block
    co_await app::event{};
    (void)(a + b);
  }());
}
