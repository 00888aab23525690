// Mock of folly::coro::blockingWait (folly v2026.08.17, folly/coro/BlockingWait.h;
// folly is not packaged in Debian 12): blockingWait is a reference to the
// customisation-point object blocking_wait, of type blocking_wait_fn, so a
// call is a call of blocking_wait_fn::operator().
#pragma once
#include "Task.h"
#include <utility>
namespace folly::coro {
struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable &&awaitable) const -> decltype(std::declval<Awaitable>().operator co_await().await_resume());
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait; // backcompat
} // namespace folly::coro
