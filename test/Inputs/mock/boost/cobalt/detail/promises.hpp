// Mock of the promise types behind Boost.Cobalt's coroutine types (Boost 1.84+,
// boost/cobalt/detail/{task,promise,detached}.hpp; Debian ships Boost 1.81,
// which has no Cobalt). What the checks read is how each one starts: a task's
// promise suspends at once (lazy), a promise's and a detached's do not (eager).
#pragma once
#include <coroutine>
#include <exception>
namespace boost::cobalt {
template <typename Return> struct task;
template <typename Return> struct promise;
struct detached;
namespace detail {
template <typename Return> struct result_holder {
  void return_value(Return) {}
};
template <> struct result_holder<void> {
  void return_void() {}
};
template <typename Return> struct task_promise : result_holder<Return> {
  task<Return> get_return_object();
  // The real one is an awaitable that stays suspended until the task is awaited or spawned.
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
};
template <typename Return> struct cobalt_promise : result_holder<Return> {
  promise<Return> get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
};
struct detached_promise {
  detached get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() {}
};
template <typename T> struct result_awaitable {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume();
};
} // namespace detail
} // namespace boost::cobalt
