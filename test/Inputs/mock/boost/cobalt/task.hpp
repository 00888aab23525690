// Mock of boost::cobalt::task (boost/cobalt/task.hpp, Boost 1.84+): lazy,
// move-only, started by co_await, spawn() or run().
#pragma once
#include "detail/promises.hpp"
namespace boost::cobalt {
template <typename Return> struct [[nodiscard]] task {
  task(task &&) noexcept = default;
  task &operator=(task &&) noexcept = default;
  task(const task &) = delete;
  auto operator co_await() { return detail::result_awaitable<Return>{}; }
  using promise_type = detail::task_promise<Return>;
};
} // namespace boost::cobalt
