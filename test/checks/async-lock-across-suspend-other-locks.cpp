// Locks beyond the standard library: Boost.Thread (real headers), POSIX
// mutexes, and any type annotated for Clang's thread-safety analysis, which
// needs no catalogue entry at all.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <boost/thread/locks.hpp>
#include <boost/thread/mutex.hpp>
#include <boost/thread/shared_mutex.hpp>
#include <pthread.h>

app::task<int> fetch();

app::task<> boost_guards(boost::mutex &bm, boost::shared_mutex &bsm) {
  {
    boost::lock_guard<boost::mutex> g(bm);
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'g' holds 'bm'
    // CHECK: :[[@LINE-3]]:37: note: 'g' acquires 'bm' here (catalogue entry 'boost.thread.lock_guard')
  }
  boost::unique_lock<boost::mutex> lk(bm, boost::defer_lock);
  // COM: not held, by (catalogue entry 'boost.thread.defer_lock')
  co_await fetch();
  lk.lock();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'lk' holds 'bm'
  // CHECK: :[[@LINE-3]]:6: note: 'lk' locks 'bm' here (catalogue entry 'boost.thread.mutex.lock')
  lk.unlock();
  // COM: released by (catalogue entry 'boost.thread.mutex.unlock')
  co_await fetch();
  if (lk.try_lock()) {
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'lk' holds 'bm'
    // CHECK: :[[@LINE-3]]:10: note: 'lk' may lock 'bm' here (catalogue entry 'boost.thread.mutex.try_lock')
    lk.release();
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'bm' is locked
    // CHECK: :[[@LINE-3]]:8: note: 'lk' gives up 'bm' here without unlocking it (catalogue entry 'boost.thread.unique_lock.release')
    bm.unlock();
  }
  co_await fetch();
  boost::shared_lock<boost::shared_mutex> reader(bsm, boost::try_to_lock);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'reader' holds 'bsm'
  // CHECK: :[[@LINE-3]]:43: note: 'reader' may acquire 'bsm' here (catalogue entry 'boost.thread.try_to_lock')
  reader.unlock();
  bm.lock();
  boost::unique_lock<boost::mutex> adopted(bm, boost::adopt_lock);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'adopted' holds 'bm'
  // CHECK: :[[@LINE-3]]:36: note: 'adopted' acquires 'bm' here (catalogue entry 'boost.thread.adopt_lock')
}

pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;

app::task<> posix_mutex() {
  pthread_mutex_lock(&pm);
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'pm' is locked
  // CHECK: :[[@LINE-3]]:3: note: 'pm' is locked here (catalogue entry 'posix.pthread_mutex.lock')
  pthread_mutex_unlock(&pm);
  // COM: released by (catalogue entry 'posix.pthread_mutex.unlock')
  co_await fetch();
  if (pthread_mutex_trylock(&pm) == 0) {
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'pm' is locked
    // CHECK: :[[@LINE-3]]:7: note: 'pm' may be locked here (catalogue entry 'posix.pthread_mutex.trylock')
    pthread_mutex_unlock(&pm);
  }
}

// A project's own lock types, annotated for -Wthread-safety.
class __attribute__((capability("mutex"))) SpinMutex {
public:
  void Lock() __attribute__((acquire_capability()));
  bool TryLock() __attribute__((try_acquire_capability(true)));
  void Unlock() __attribute__((release_capability()));
};

class __attribute__((scoped_lockable)) SpinGuard {
public:
  explicit SpinGuard(SpinMutex &m) __attribute__((acquire_capability(m)));
  ~SpinGuard() __attribute__((release_capability()));
};

app::task<> annotated(SpinMutex &mu) {
  {
    SpinGuard guard(mu);
    co_await fetch();
    // CHECK: :[[@LINE-1]]:5: warning: coroutine may suspend here while 'guard' holds 'mu'
    // CHECK: :[[@LINE-3]]:15: note: 'guard' acquires 'mu' here (annotated 'scoped_lockable')
  }
  mu.Lock();
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'mu' is locked
  // CHECK: :[[@LINE-3]]:6: note: 'mu' is locked here (annotated 'acquire_capability')
  mu.Unlock();
  co_await fetch();
  if (!mu.TryLock())
    co_return;
  co_await fetch();
  // CHECK: :[[@LINE-1]]:3: warning: coroutine may suspend here while 'mu' is locked
  // CHECK: :[[@LINE-4]]:11: note: 'mu' may be locked here (annotated 'try_acquire_capability')
}
