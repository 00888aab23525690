// Mock of folly::coro::Task (folly v2026.08.17, folly/coro/Task.h; folly is
// not packaged in Debian 12): a lazy task whose promise type,
// detail::TaskPromise<T>, starts suspended. In folly a Task is awaited
// through the awaiting promise's await_transform; the operator co_await
// below stands in for that, so that test coroutines of other types can
// await it. A Task bound to an executor (task.scheduleOn(ex), or
// co_withExecutor(ex, task)) is a TaskWithExecutor: lazy too, and started
// with start(), which returns a SemiFuture of the result.
#pragma once
#include "../futures/Future.h"
#include <coroutine>
#include <exception>
namespace folly {
class Executor;
} // namespace folly
namespace folly::coro {
template <typename T = void> class Task;
template <typename T = void> class TaskWithExecutor;
namespace detail {
class TaskPromiseBase {
public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
template <typename T> class TaskPromise final : public TaskPromiseBase {
public:
  Task<T> get_return_object() noexcept;
  template <typename U> void return_value(U &&) {}
};
template <> class TaskPromise<void> final : public TaskPromiseBase {
public:
  Task<void> get_return_object() noexcept;
  void return_void() noexcept {}
};
} // namespace detail

template <typename T> class [[nodiscard]] Task {
public:
  using promise_type = detail::TaskPromise<T>;
  struct Awaiter {
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    T await_resume();
  };
  Awaiter operator co_await() && noexcept { return {}; }
  [[nodiscard]] TaskWithExecutor<T> scheduleOn(Executor *executor) && noexcept;
};

template <typename T> class [[nodiscard]] TaskWithExecutor {
public:
  SemiFuture<T> start() &&;
  template <typename F> void start(F &&tryCallback) &&;
  SemiFuture<T> startInlineUnsafe() &&;
  typename Task<T>::Awaiter operator co_await() && noexcept { return {}; }
};

template <typename T> TaskWithExecutor<T> co_withExecutor(Executor *executor, Task<T> task);

namespace detail {
template <typename T> Task<T> TaskPromise<T>::get_return_object() noexcept { return {}; }
inline Task<void> TaskPromise<void>::get_return_object() noexcept { return {}; }
} // namespace detail
} // namespace folly::coro
