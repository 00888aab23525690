// Mock of seastar's semaphore and rwlock (not in Debian).
#pragma once
#include "../../mock_awaitable.h"
#include "future.hh"
#include <cstddef>
namespace seastar {
struct semaphore_default_exception_factory {};
template <typename ExceptionFactory = semaphore_default_exception_factory> class basic_semaphore {
public:
  explicit basic_semaphore(unsigned count);
  mock_detail::awaitable<void> wait(unsigned units = 1);
  void signal(unsigned units = 1);
};
using semaphore = basic_semaphore<>;
template <typename ExceptionFactory = semaphore_default_exception_factory> class semaphore_units {
public:
  ~semaphore_units();
  void return_all();
};
template <typename ExceptionFactory>
future<semaphore_units<ExceptionFactory>> get_units(basic_semaphore<ExceptionFactory> &sem, unsigned units);
template <typename ExceptionFactory = semaphore_default_exception_factory> class basic_rwlock {
public:
  using holder = semaphore_units<ExceptionFactory>;
  future<holder> hold_read_lock();
  future<holder> hold_write_lock();
  mock_detail::awaitable<void> write_lock();
  void write_unlock();
};
using rwlock = basic_rwlock<>;
template <typename ExceptionFactory, typename Func>
future<> with_semaphore(basic_semaphore<ExceptionFactory> &sem, size_t units, Func &&func) noexcept { return {}; }
} // namespace seastar
