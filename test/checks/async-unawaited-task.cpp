// Tasks that are created and never awaited, with an in-house task type that
// no catalogue names: a promise_type makes it a task, its initial_suspend
// decides lazy or eager. The co_await fix-it is applied with --fix.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
// RUN: cp %s %t.cpp && %clang_tidy_plugin --fix %t.cpp -- %std_flags > /dev/null && FileCheck %s --check-prefix=CHECK-FIXES < %t.cpp
// RUN: cp %s %t2.cpp && not %async_tidy --fix %t2.cpp -- %std_flags > /dev/null && FileCheck %s --check-prefix=CHECK-FIXES < %t2.cpp
#include "task.h"
#include <future>
#include <tuple>
#include <vector>

namespace app {
/// An eager task: starts at once (initial_suspend never suspends), and can
/// be awaited for its result (without an awaiter it would be fire-and-forget,
/// see async-unawaited-task-not-tasks.cpp).
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
/// A task whose promise_type comes from a base class, as async_simple's Lazy
/// takes it from LazyBase: std::coroutine_traits finds it there too.
template <typename T> struct derived_task;
template <typename T> struct task_base {
  struct promise_type {
    derived_task<T> get_return_object();
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
template <typename T = void> struct derived_task : task_base<T> {};
template <typename T> derived_task<T> task_base<T>::promise_type::get_return_object() { return {}; }
/// A type marked as a coroutine return type by attribute only.
struct [[clang::coro_return_type]] marked {
  struct promise_type;
};
/// A type that is a coroutine type only through a specialisation of
/// std::coroutine_traits (as KJ makes kj::Promise one): no promise_type, no
/// catalogue entry. The promise is lazy.
template <typename T> struct promise {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume();
};
template <typename T> struct promise_coroutine {
  promise<T> get_return_object();
  std::suspend_always initial_suspend() { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_value(T) {}
  void unhandled_exception() {}
};
} // namespace app

template <typename T, typename... Args> struct std::coroutine_traits<app::promise<T>, Args...> {
  using promise_type = app::promise_coroutine<T>;
};

app::promise<int> fetch_count();
app::task<> save(int id);
app::eager notify();
app::marked marked_op();
app::derived_task<> flush();
struct Connection {
  app::task<> close();
  app::task<> &current(); // returns an existing task, creates none
};
void take(app::task<> t);
void keep(std::vector<app::task<>> &ts, app::task<> t);

app::task<> handler(Connection *conn, int id) {
  save(id);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'save' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await save(id);{{$}}
  conn->close();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'Connection::close' is never awaited; the operation it starts does not run
  // CHECK-FIXES: {{^}}  co_await conn->close();{{$}}
  if (id > 0)
    save(id + 1);
  // CHECK: :[[@LINE-1]]:5: warning: task returned by 'save' is never awaited
  // CHECK-FIXES: {{^}}    co_await save(id + 1);{{$}}
  notify();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'notify' is never awaited; its result and exceptions are lost
  marked_op();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'marked_op' is never awaited [async-unawaited-task]
  auto ticket = save(id);
  // CHECK: :[[@LINE-1]]:8: warning: task 'ticket' is never awaited; the operation it starts does not run
  flush();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'flush' is never awaited; the operation it starts does not run
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_await flush();
  fetch_count();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'fetch_count' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_count();{{$}}
  co_return;
}

app::task<> local_coroutine() { co_return; }

void plain_function() {
  local_coroutine();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'local_coroutine' is never awaited; the operation it starts does not run
  // CHECK-FIXES: {{^}}  local_coroutine();{{$}}
  auto in_lambda = []() -> app::task<> {
    save(1);
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'save' is never awaited
    // CHECK-FIXES: {{^}}    co_await save(1);{{$}}
    co_return;
  };
  (void)in_lambda;
}

// --- Good ------------------------------------------------------------------

app::task<> fine(Connection *conn, std::vector<app::task<>> &pending) {
  co_await save(1);
  auto t = save(2);
  co_await std::move(t);
  (void)save(3);            // explicit discard
  std::ignore = save(4);    // explicit discard
  take(save(5));            // passed on
  keep(pending, save(6));   // stored for later
  auto later = save(7);
  pending.push_back(std::move(later));
  [[maybe_unused]] auto unused = save(8);
  auto fut = std::async([] { return 1; }); // not a coroutine task
  std::async([] {});
  conn->current();
  co_await conn->close();
  int n = co_await fetch_count();
  (void)n;
}

app::task<> returned() { return save(9); }
