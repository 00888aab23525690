// Mock of seastar's semaphore and rwlock (not in Debian). basic_semaphore::wait
// returns future<> and get_units takes an abort_source as in scylladb/seastar
// 25.05 (include/seastar/core/semaphore.hh); rwlock_for_read/rwlock_for_write
// and basic_rwlock's for_read/for_write, read_lock and write_lock as in its
// include/seastar/core/rwlock.hh (the real ones are templates over the
// semaphore's clock; the mock's over its exception factory).
#pragma once
#include "../../mock_awaitable.h"
#include "abort_source.hh"
#include "future.hh"
#include <cstddef>
namespace seastar {
struct semaphore_default_exception_factory {};
template <typename ExceptionFactory = semaphore_default_exception_factory> class basic_semaphore {
public:
  explicit basic_semaphore(unsigned count);
  future<> wait(size_t nr = 1) noexcept;
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
template <typename ExceptionFactory>
future<semaphore_units<ExceptionFactory>> get_units(basic_semaphore<ExceptionFactory> &sem, size_t units,
                                                    abort_source &as) noexcept;
template <typename ExceptionFactory> class basic_rwlock;
template <typename ExceptionFactory = semaphore_default_exception_factory> class rwlock_for_read {
public:
  future<> lock();
  void unlock();
  friend class basic_rwlock<ExceptionFactory>;
};
template <typename ExceptionFactory = semaphore_default_exception_factory> class rwlock_for_write {
public:
  future<> lock();
  void unlock();
  friend class basic_rwlock<ExceptionFactory>;
};
template <typename ExceptionFactory = semaphore_default_exception_factory>
class basic_rwlock : private rwlock_for_read<ExceptionFactory>, rwlock_for_write<ExceptionFactory> {
public:
  using holder = semaphore_units<ExceptionFactory>;
  rwlock_for_read<ExceptionFactory> &for_read() { return *this; }
  rwlock_for_write<ExceptionFactory> &for_write() { return *this; }
  future<> read_lock();
  void read_unlock();
  future<holder> hold_read_lock();
  future<holder> hold_write_lock();
  mock_detail::awaitable<void> write_lock();
  void write_unlock();
};
using rwlock = basic_rwlock<>;
template <typename ExceptionFactory, typename Func>
future<> with_semaphore(basic_semaphore<ExceptionFactory> &sem, size_t units, Func &&func) noexcept { return {}; }
} // namespace seastar
