// A minimal in-house coroutine task type, as projects write their own: the
// checks must work with no catalogue entry for it.
#pragma once
#include <coroutine>
#include <exception>

namespace app {
template <typename T> struct promise_result {
  void return_value(T) {}
};
template <> struct promise_result<void> {
  void return_void() {}
};

template <typename T = void> struct task {
  struct promise_type : promise_result<T> {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};

/// A synchronous generator, for co_yield.
template <typename T> struct generator {
  struct promise_type {
    generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
};

/// Something to await that completes later.
struct event {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 0; }
};
} // namespace app
