// Mock of seastar/core/coroutine.hh (seastar is not in Debian), shaped as in
// seastar 25.x: std::coroutine_traits is specialised for seastar::future, its
// promise_type nested in internal::coroutine_traits_base (a class template
// with a void specialisation); the body starts at once (suspend_never).
#pragma once
#include "future.hh"
#include <coroutine>
namespace seastar::internal {
template <typename T = void> class coroutine_traits_base {
public:
  class promise_type final {
  public:
    future<T> get_return_object() noexcept;
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    template <typename U> void return_value(U &&value) {}
    void unhandled_exception() noexcept {}
  };
};
template <> class coroutine_traits_base<void> {
public:
  class promise_type final {
  public:
    future<> get_return_object() noexcept;
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
};
} // namespace seastar::internal
namespace std {
template <typename T, typename... Args>
class coroutine_traits<seastar::future<T>, Args...>
    : public seastar::internal::coroutine_traits_base<T> {};
} // namespace std
