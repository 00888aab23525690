// Mock of libcoro's coro::mutex (jbaldwin/libcoro; not in Debian).
#pragma once
#include "../mock_awaitable.h"
namespace coro {
class mutex;
class scoped_lock {
public:
  explicit scoped_lock(mutex &m);
  ~scoped_lock();
  void unlock();
};
class mutex {
public:
  mock_detail::awaitable<scoped_lock> lock();
  bool try_lock();
  void unlock();
};
} // namespace coro
