// A minimal in-house coroutine task type, as projects write their own: the
// checks must work with no catalogue entry for it.
#pragma once
#include <coroutine>
#include <exception>

namespace app {
template <typename T = void> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
} // namespace app
