// Mock of seastar's future: the real qualified names and signatures the
// catalogue names; Debian does not package seastar. The continuation members
// (then, then_wrapped, finally, handle_exception, discard_result) and
// futurize_t are shaped as in scylladb/seastar 25.05,
// include/seastar/core/future.hh (concepts other than std::invocable left out).
#pragma once
#include "../../mock_awaitable.h"
#include <exception>
#include <source_location>
#include <type_traits>
namespace seastar {
template <typename T = void> class future;
// futurize_t<T>: T if T is a future, future<T> otherwise.
template <typename T> struct futurize {
  using type = future<T>;
};
template <typename T> struct futurize<future<T>> {
  using type = future<T>;
};
template <typename T> using futurize_t = typename futurize<T>::type;
namespace internal {
template <typename Func, typename... T> struct future_result {
  using type = std::invoke_result_t<Func, T...>;
  using future_type = futurize_t<type>;
};
template <typename Func> struct future_result<Func, void> {
  using type = std::invoke_result_t<Func>;
  using future_type = futurize_t<type>;
};
} // namespace internal
template <typename T> class future {
public:
  T get();
  void wait() noexcept;
  T get0();
  bool available() const noexcept;
  bool failed() const noexcept;
  std::exception_ptr get_exception() noexcept;
  void ignore_ready_future() noexcept;
  template <typename Func, typename Result = typename internal::future_result<Func, T>::future_type>
  Result then(Func &&func, std::source_location sl = std::source_location::current()) noexcept {
    return {};
  }
  template <std::invocable<future> Func, typename FuncResult = std::invoke_result_t<Func, future>>
  futurize_t<FuncResult> then_wrapped(Func &&func,
                                      std::source_location sl = std::source_location::current()) & noexcept {
    return {};
  }
  template <std::invocable<future &&> Func, typename FuncResult = std::invoke_result_t<Func, future &&>>
  futurize_t<FuncResult> then_wrapped(Func &&func,
                                      std::source_location sl = std::source_location::current()) && noexcept {
    return {};
  }
  template <std::invocable Func>
  future<T> finally(Func &&func, std::source_location sl = std::source_location::current()) noexcept {
    return {};
  }
  future<> discard_result(std::source_location sl = std::source_location::current()) noexcept {
    return {};
  }
  template <typename Func>
  future<T> handle_exception(Func &&func, std::source_location sl = std::source_location::current()) noexcept {
    return {};
  }
  template <typename Func>
  future<T> handle_exception_type(Func &&func, std::source_location sl = std::source_location::current()) noexcept {
    return {};
  }
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
