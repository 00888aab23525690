// Mock of folly::coro::Mutex (folly is not packaged in Debian 12): the real
// names, the real marker and the real return type of co_scoped_lock.
#pragma once
#include "../../mock_awaitable.h"
#include <mutex>
#include <type_traits>
namespace folly::coro {
class Mutex {
public:
  bool try_lock() noexcept;
  mock_detail::awaitable<std::unique_lock<Mutex>> co_scoped_lock() noexcept;
  mock_detail::awaitable<void> co_lock() noexcept;
  void unlock() noexcept;

private:
  using folly_coro_aware_mutex = std::true_type;
};
} // namespace folly::coro
