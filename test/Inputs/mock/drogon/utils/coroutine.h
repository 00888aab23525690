// Mock of drogon's coroutine types (drogon is not in Debian), shaped as in
// drogon 1.9 (lib/inc/drogon/utils/coroutine.h): Task<T> is a class template
// with a nested promise_type and a member operator co_await; AsyncTask is a
// fire-and-forget type: an eager promise (suspend_never) and no awaiter.
#pragma once
#include <coroutine>
#include <exception>
namespace drogon {
template <typename T = void> struct [[nodiscard]] Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(const T &) {}
    void unhandled_exception() {}
  };
  auto operator co_await() const noexcept { return std::suspend_always{}; }
};
template <> struct [[nodiscard]] Task<void> {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  auto operator co_await() const noexcept { return std::suspend_always{}; }
};
struct AsyncTask {
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;
  AsyncTask() = default;
  AsyncTask(handle_type h) : coro_(h) {}
  struct promise_type {
    AsyncTask get_return_object() noexcept {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
    void return_void() noexcept {}
    std::suspend_never final_suspend() const noexcept { return {}; }
  };
  handle_type coro_;
};
} // namespace drogon
