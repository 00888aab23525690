// Mock of async_simple::coro::SpinLock (alibaba/async_simple 1.4,
// async_simple/coro/SpinLock.h; not in Debian): coLock() yields through the
// executor, lock() spins the thread; ScopedSpinLock locks with lock().
#pragma once
#include "Lazy.h"
#include <cstdint>
#include <mutex>
namespace async_simple::coro {
class SpinLock {
public:
  explicit SpinLock(std::int32_t count = 1024) noexcept;
  bool tryLock() noexcept;
  Lazy<> coLock();
  void lock() noexcept;
  void unlock() noexcept;
  [[nodiscard]] Lazy<std::unique_lock<SpinLock>> coScopedLock();
};
class ScopedSpinLock {
public:
  explicit ScopedSpinLock(SpinLock &lock);
  ~ScopedSpinLock();
};
} // namespace async_simple::coro
