// Mock of seastar::shared_mutex (seastar/core/shared_mutex.hh; not in Debian),
// shaped as in seastar 25.x: a class with future-returning lock()/lock_shared(),
// and the free function templates get_unique_lock/get_shared_lock, which
// resolve to std::unique_lock / std::shared_lock over it.
#pragma once
#include "future.hh"
#include <mutex>
#include <shared_mutex>
namespace seastar {
class shared_mutex {
public:
  future<> lock_shared() noexcept;
  bool try_lock_shared() noexcept;
  void unlock_shared() noexcept;
  future<> lock() noexcept;
  bool try_lock() noexcept;
  void unlock() noexcept;
};
template <typename T> future<std::shared_lock<T>> get_shared_lock(T &t);
template <typename T> future<std::unique_lock<T>> get_unique_lock(T &t);
} // namespace seastar
