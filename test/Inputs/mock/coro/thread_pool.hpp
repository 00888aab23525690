// Mock of libcoro's coro::thread_pool (jbaldwin/libcoro v0.16.0,
// include/coro/thread_pool.hpp; not in Debian).
#pragma once
#include "task.hpp"
#include <memory>
namespace coro {
class thread_pool {
public:
  struct options {};
  static auto make_unique(options opts = options{}) -> std::unique_ptr<thread_pool>;
  auto spawn_detached(coro::task<void> &&task) noexcept -> bool;
  auto spawn_joinable(coro::task<void> &&task) noexcept -> coro::task<void>;
  /// Joins the worker threads.
  auto shutdown() noexcept -> void;
};
} // namespace coro
