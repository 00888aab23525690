// Mock of concurrencpp::async_lock (not in Debian).
#pragma once
#include "../mock_awaitable.h"
namespace concurrencpp {
class async_lock;
class scoped_async_lock {
public:
  bool owns_lock() const noexcept;
  void unlock();
  ~scoped_async_lock();
};
class async_lock {
public:
  mock_detail::awaitable<scoped_async_lock> lock(int executor);
  mock_detail::awaitable<bool> try_lock();
  void unlock();
};
} // namespace concurrencpp
