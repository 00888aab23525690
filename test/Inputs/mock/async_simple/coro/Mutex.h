// Mock of async_simple::coro::Mutex (alibaba/async_simple; not in Debian).
#pragma once
#include "../../mock_awaitable.h"
#include <mutex>
namespace async_simple::coro {
class Mutex {
public:
  bool tryLock() noexcept;
  mock_detail::awaitable<void> coLock() noexcept;
  mock_detail::awaitable<std::unique_lock<Mutex>> coScopedLock() noexcept;
  void unlock() noexcept;
  void lock() = delete; // only coLock
};
} // namespace async_simple::coro
