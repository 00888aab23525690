// Mock of folly::coro::SharedMutex (folly is not packaged in Debian 12).
#pragma once
#include "../../mock_awaitable.h"
#include <mutex>
#include <shared_mutex>
#include <type_traits>
namespace folly::coro {
class SharedMutexFair {
public:
  bool try_lock() noexcept;
  bool try_lock_shared() noexcept;
  mock_detail::awaitable<std::unique_lock<SharedMutexFair>> co_scoped_lock() noexcept;
  mock_detail::awaitable<std::shared_lock<SharedMutexFair>> co_scoped_lock_shared() noexcept;
  void unlock() noexcept;
  void unlock_shared() noexcept;

private:
  using folly_coro_aware_mutex = std::true_type;
};
using SharedMutex = SharedMutexFair;
} // namespace folly::coro
