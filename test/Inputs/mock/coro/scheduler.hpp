// Mock of libcoro's coro::scheduler (jbaldwin/libcoro v0.16.0,
// include/coro/scheduler.hpp; not in Debian; v0.15 called it io_scheduler).
#pragma once
#include "task.hpp"
#include <memory>
namespace coro {
class scheduler {
public:
  struct options {};
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  static auto make_unique(options opts = options{}) -> std::unique_ptr<scheduler>;
  auto schedule() -> schedule_operation { return schedule_operation{}; }
  /// Runs the task detached: its owner is the scheduler from now on.
  auto spawn_detached(coro::task<void> &&task) -> bool;
  /// Starts the task; the returned task joins it.
  auto spawn_joinable(coro::task<void> &&task) -> coro::task<void>;
  template <typename return_type>
  [[nodiscard]] auto schedule(coro::task<return_type> task) -> coro::task<return_type>;
  /// Blocks until every task has completed.
  auto shutdown() noexcept -> void;
};
} // namespace coro
