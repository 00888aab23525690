// Mock of async_simple::coro::ConditionVariable (alibaba/async_simple 1.4,
// async_simple/coro/ConditionVariable.h; not in Debian): a class template
// over the lock type; notifying takes its own SpinLock (with lock(), which
// spins) only to splice its list of waiters.
#pragma once
#include "SpinLock.h"
namespace async_simple::coro {
template <class Lock> class ConditionVariable {
public:
  void notify() noexcept { notifyAll(); }
  void notifyOne() noexcept {
    _notifyLock.lock();
    _notifyLock.unlock();
  }
  void notifyAll() noexcept {
    _notifyLock.lock();
    _notifyLock.unlock();
  }

private:
  SpinLock _notifyLock;
};
} // namespace async_simple::coro
