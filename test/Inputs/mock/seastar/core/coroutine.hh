// Mock of seastar/core/coroutine.hh (seastar is not in Debian), shaped as in
// seastar 25.x: std::coroutine_traits is specialised for seastar::future, its
// promise_type nested in internal::coroutine_traits_base (a class template
// with a void specialisation); the body starts at once (suspend_never).
// coroutine::lambda is declared here too, as in seastar: it keeps a pointer
// to the (temporary) lambda it wraps and forwards calls to it.
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
namespace seastar::coroutine {
template <typename Func> class lambda {
  Func *_func;

public:
  explicit lambda(Func &&func) : _func(&func) {}
  template <typename... Args> decltype(auto) operator()(Args &&...args) const {
    return (*_func)(static_cast<Args &&>(args)...);
  }
};
} // namespace seastar::coroutine
namespace std {
template <typename T, typename... Args>
class coroutine_traits<seastar::future<T>, Args...>
    : public seastar::internal::coroutine_traits_base<T> {};
} // namespace std
