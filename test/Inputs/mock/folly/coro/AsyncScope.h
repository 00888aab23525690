// Mock of folly::coro::AsyncScope (folly is not packaged in Debian 12).
#pragma once
#include "../../mock_awaitable.h"
namespace folly::coro {
class AsyncScope {
public:
  template <typename Awaitable> void add(Awaitable &&awaitable) {}
  mock_detail::awaitable<void> joinAsync() noexcept;
};
} // namespace folly::coro
