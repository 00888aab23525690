// Mock of cppcoro::async_mutex (lewissbaker/cppcoro; not in Debian).
#pragma once
#include "../mock_awaitable.h"
#include <mutex>
namespace cppcoro {
class async_mutex;
class async_mutex_lock {
public:
  explicit async_mutex_lock(async_mutex &m, std::adopt_lock_t) noexcept;
  ~async_mutex_lock();
};
class async_mutex {
public:
  bool try_lock() noexcept;
  mock_detail::awaitable<void> lock_async() noexcept;
  mock_detail::awaitable<async_mutex_lock> scoped_lock_async() noexcept;
  void unlock();
};
} // namespace cppcoro
