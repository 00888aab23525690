// Mock of async_simple's Lazy (alibaba/async_simple 1.4, async_simple/coro/Lazy.h;
// not in Debian). The shapes that matter: promise_type is declared in the
// base class template detail::LazyBase, not in Lazy itself; the promise
// starts suspended (lazy); start() is LazyBase's, brought into Lazy with a
// using-declaration; RescheduleLazy::detach starts the task detached.
#pragma once
#include <coroutine>
#include <exception>
#include "../Try.h"

namespace async_simple {
class Executor;
namespace coro {
template <typename T> class Lazy;
template <typename T> class RescheduleLazy;

namespace detail {
class LazyPromiseBase {
public:
  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <typename PromiseType>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<PromiseType> h) noexcept;
    void await_resume() noexcept {}
  };
  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }
};

template <typename T> class LazyPromise : public LazyPromiseBase {
public:
  Lazy<T> get_return_object() noexcept;
  template <typename V> void return_value(V &&value) noexcept;
  void unhandled_exception() noexcept {}
};
template <> class LazyPromise<void> : public LazyPromiseBase {
public:
  Lazy<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void unhandled_exception() noexcept {}
};

template <typename T, bool reschedule> class LazyBase {
public:
  using promise_type = detail::LazyPromise<T>;
  using ValueType = T;
  struct ValueAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    T await_resume();
  };
  template <typename F> void start(F &&callback) { (void)callback; }
  Executor *getExecutor();
  auto operator co_await() { return ValueAwaiter{}; }
};
} // namespace detail

template <typename T = void> class [[nodiscard]] Lazy : public detail::LazyBase<T, false> {
  using Base = detail::LazyBase<T, false>;

public:
  using Base::start;
  template <typename F> void directlyStart(F &&callback, Executor *executor) { (void)executor; this->start(callback); }
  RescheduleLazy<T> via(Executor *ex) &&;
};

template <typename T = void> class [[nodiscard]] RescheduleLazy : public detail::LazyBase<T, true> {
public:
  void detach();
};

namespace detail {
template <typename T> Lazy<T> LazyPromise<T>::get_return_object() noexcept { return {}; }
inline Lazy<void> LazyPromise<void>::get_return_object() noexcept { return {}; }
} // namespace detail
} // namespace coro
} // namespace async_simple
