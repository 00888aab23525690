// Mock of seastar's future: the real qualified names and signatures the
// catalogue names; Debian does not package seastar.
#pragma once
#include "../../mock_awaitable.h"
namespace seastar {
template <typename T = void> class future {
public:
  T get();
  void wait() noexcept;
  T get0();
  bool available() const noexcept;
  bool failed() const noexcept;
};
template <typename T = void, typename... A> future<T> make_ready_future(A &&...value) noexcept;
template <typename T>
future<T> as_ready_future(T &&v) noexcept; // returns make_ready_future<T>(v) in seastar
template <typename T = void, typename Exception>
future<T> make_exception_future(Exception &&ex) noexcept;
// seastar/core/coroutine.hh makes futures awaitable in seastar coroutines.
template <typename T> mock_detail::awaitable<T> operator co_await(future<T> f) noexcept;
namespace coroutine {
/// seastar/coroutine/as_future.hh: awaiting gives the future, resolved.
template <typename T = void> class [[nodiscard]] as_future {
public:
  explicit as_future(future<T> &&f) noexcept;
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  future<T> await_resume();
};
} // namespace coroutine
} // namespace seastar
