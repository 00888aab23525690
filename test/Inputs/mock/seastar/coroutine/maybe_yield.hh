// Mock of seastar::coroutine::maybe_yield (scylladb/seastar 25.05,
// include/seastar/coroutine/maybe_yield.hh; not in Debian): a [[nodiscard]]
// class whose co_await yields to the reactor if the task quota ran out.
#pragma once
#include <coroutine>
namespace seastar::coroutine {
namespace internal {
struct maybe_yield_awaiter final {
  bool await_ready() const { return true; } // seastar: !need_preempt()
  template <typename T> void await_suspend(std::coroutine_handle<T> h) noexcept {}
  void await_resume() {}
};
} // namespace internal
class [[nodiscard("must co_await an maybe_yield() object")]] maybe_yield {
public:
  auto operator co_await() { return internal::maybe_yield_awaiter(); }
};
} // namespace seastar::coroutine
