// Mock of libcoro's coro::task_group (jbaldwin/libcoro v0.16.0,
// include/coro/task_group.hpp; not in Debian): a class template over the
// executor; start() runs a task at once, co_await on the group joins them.
#pragma once
#include "task.hpp"
#include <memory>
namespace coro {
template <typename executor_type> class task_group {
public:
  explicit task_group(executor_type *executor);
  explicit task_group(std::unique_ptr<executor_type> &executor);
  [[nodiscard]] auto start(coro::task<void> &&task) -> bool;
  struct awaiter {
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  auto operator co_await() const noexcept -> awaiter;
};
} // namespace coro
