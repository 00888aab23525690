// Mock of folly::coro::blockingWait (folly is not packaged in Debian 12).
#pragma once
#include <utility>
namespace folly::coro {
template <typename T = void> class Task {};
template <typename T> T blockingWait(Task<T> &&awaitable);
} // namespace folly::coro
