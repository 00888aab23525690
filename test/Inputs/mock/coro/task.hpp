// Mock of libcoro's coro::task (jbaldwin/libcoro v0.16.0, include/coro/task.hpp;
// not in Debian): a lazy task, [[nodiscard]], whose promise type lives in
// coro::detail and starts suspended; it is awaited through operator co_await.
#pragma once
#include <coroutine>
#include <exception>

namespace coro {
template <typename return_type = void> class task;

namespace detail {
struct promise_base {
  struct final_awaitable {
    bool await_ready() const noexcept { return false; }
    template <typename promise_type>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type>) noexcept;
    void await_resume() noexcept {}
  };
  auto initial_suspend() noexcept { return std::suspend_always{}; }
  auto final_suspend() noexcept { return final_awaitable{}; }
  void unhandled_exception() noexcept {}
};

template <typename return_type> struct promise final : public promise_base {
  task<return_type> get_return_object() noexcept;
  template <typename value_type> void return_value(value_type &&value);
  return_type result();
};

template <> struct promise<void> : public promise_base {
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void result() {}
};
} // namespace detail

template <typename return_type> class [[nodiscard]] task {
public:
  using promise_type = detail::promise<return_type>;
  struct awaitable_base {
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept;
  };
  task() noexcept = default;
  task(task &&) noexcept = default;
  auto resume() -> bool;
  auto operator co_await() const & noexcept {
    struct awaitable : awaitable_base {
      return_type await_resume();
    };
    return awaitable{};
  }
};

namespace detail {
template <typename return_type> task<return_type> promise<return_type>::get_return_object() noexcept {
  return {};
}
inline task<void> promise<void>::get_return_object() noexcept { return {}; }
} // namespace detail
} // namespace coro
