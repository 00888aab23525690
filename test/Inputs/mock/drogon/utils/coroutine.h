// Mock of drogon's coroutine types (drogon is not in Debian), shaped as in
// drogon 1.9 (lib/inc/drogon/utils/coroutine.h): Task<T> is a class template
// with a nested promise_type and a member operator co_await; AsyncTask is a
// fire-and-forget type: an eager promise (suspend_never) and no awaiter;
// Mutex is a final class whose scoped_lock() returns an awaiter whose
// await_resume gives a std::unique_lock<Mutex> (adopting the lock);
// sync_wait is a function template; async_run takes a callable by
// forwarding reference and runs what it returns in an AsyncTask that holds
// the callable by value; co_future starts an awaitable the same way and
// returns a std::future of its result. trantor's EventLoop (trantor/net/
// EventLoop.h) queues std::function<void()> callbacks: each is called once
// and destroyed when the loop moves to the next.
#pragma once
#include <coroutine>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <type_traits>
#include <utility>
namespace trantor {
using Func = std::function<void()>;
class EventLoop {
public:
  static EventLoop *getEventLoopOfCurrentThread();
  void queueInLoop(const Func &f);
  void queueInLoop(Func &&f);
  template <typename Functor> void runInLoop(Functor &&f) { queueInLoop(Func(std::forward<Functor>(f))); }
  void runAfter(double delay, const Func &cb);
  void runAfter(double delay, Func &&cb);
  void runEvery(double interval, Func &&cb);
};
} // namespace trantor
namespace drogon {
template <typename T = void> struct [[nodiscard]] Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(const T &) {}
    void unhandled_exception() {}
  };
  struct awaiter {
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    T await_resume() { return T(); }
  };
  auto operator co_await() const noexcept { return awaiter{}; }
};
template <> struct [[nodiscard]] Task<void> {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  auto operator co_await() const noexcept { return std::suspend_always{}; }
};
struct AsyncTask {
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;
  AsyncTask() = default;
  AsyncTask(handle_type h) : coro_(h) {}
  struct promise_type {
    AsyncTask get_return_object() noexcept {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
    void return_void() noexcept {}
    std::suspend_never final_suspend() const noexcept { return {}; }
  };
  handle_type coro_;
};

template <typename Coro> void async_run(Coro &&coro) {
  using CoroValueType = std::decay_t<Coro>;
  auto functor = [](CoroValueType coro) -> AsyncTask { co_await coro(); };
  functor(std::forward<Coro>(coro));
}

template <typename Await> auto co_future(Await &&await) noexcept -> std::future<void> {
  std::promise<void> prom;
  auto fut = prom.get_future();
  [](std::promise<void> prom, Await await) -> AsyncTask {
    co_await std::move(await);
    prom.set_value();
  }(std::move(prom), std::move(await));
  return fut;
}

template <typename Await> auto sync_wait(Await &&await) {
  using value_type = decltype(await.operator co_await().await_resume());
  std::mutex mtx; // the real one waits on a condition variable
  return value_type();
}

class Mutex final {
  class ScopedCoroMutexAwaiter;
  class CoroMutexAwaiter;

public:
  Mutex() noexcept {}
  bool try_lock() noexcept;
  void unlock() noexcept;
  [[nodiscard]] ScopedCoroMutexAwaiter scoped_lock(
      trantor::EventLoop *loop = trantor::EventLoop::getEventLoopOfCurrentThread()) noexcept;
  [[nodiscard]] CoroMutexAwaiter lock(
      trantor::EventLoop *loop = trantor::EventLoop::getEventLoopOfCurrentThread()) noexcept;

private:
  class CoroMutexAwaiter {
  public:
    CoroMutexAwaiter(Mutex &mutex, trantor::EventLoop *loop) : mutex_(mutex), loop_(loop) {}
    bool await_ready() noexcept { return mutex_.try_lock(); }
    bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
    void await_resume() noexcept {}

  protected:
    Mutex &mutex_;
    trantor::EventLoop *loop_;
  };
  class ScopedCoroMutexAwaiter : public CoroMutexAwaiter {
  public:
    ScopedCoroMutexAwaiter(Mutex &mutex, trantor::EventLoop *loop) : CoroMutexAwaiter(mutex, loop) {}
    [[nodiscard]] auto await_resume() noexcept {
      return std::unique_lock<Mutex>{mutex_, std::adopt_lock};
    }
  };
};
inline Mutex::ScopedCoroMutexAwaiter Mutex::scoped_lock(trantor::EventLoop *loop) noexcept {
  return ScopedCoroMutexAwaiter(*this, loop);
}
inline Mutex::CoroMutexAwaiter Mutex::lock(trantor::EventLoop *loop) noexcept {
  return CoroMutexAwaiter(*this, loop);
}
} // namespace drogon
