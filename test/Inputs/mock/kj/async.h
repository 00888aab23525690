// Mock of KJ's promises (capnproto/capnproto 2c2709587d32, c++/src/kj/async.h
// and async-inl.h; Debian 12's capnproto 0.9 predates KJ's coroutines). The
// shapes that matter: kj::Promise has no promise_type; KJ specialises
// std::coroutine_traits<kj::Promise<T>, Args...> to name kj::_::Coroutine<T>,
// whose initial_suspend never suspends (eager), and which awaits promises
// through await_transform. Dropping a Promise cancels the work it stands for.
#pragma once
#include <coroutine>
#include <exception>
#include <type_traits>

namespace kj {
class WaitScope;
template <typename T> class Promise;

namespace _ {
template <typename T> class PromiseAwaiter {
public:
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume();
};
class CoroutineBase {
public:
  auto initial_suspend() { return std::suspend_never(); }
  auto final_suspend() noexcept { return std::suspend_always(); }
  void unhandled_exception() {}
};
template <typename T> class Coroutine final : public CoroutineBase {
public:
  Promise<T> get_return_object();
  template <typename U> void return_value(U &&value) {}
  template <typename U> PromiseAwaiter<U> await_transform(Promise<U> &promise) { return {}; }
  template <typename U> PromiseAwaiter<U> await_transform(Promise<U> &&promise) { return {}; }
};
template <> class Coroutine<void> final : public CoroutineBase {
public:
  Promise<void> get_return_object();
  void return_void() {}
  template <typename U> PromiseAwaiter<U> await_transform(Promise<U> &promise) { return {}; }
  template <typename U> PromiseAwaiter<U> await_transform(Promise<U> &&promise) { return {}; }
};
} // namespace _

template <typename T> class Promise {
public:
  template <typename Func> Promise<void> then(Func &&func) __attribute__((warn_unused_result)) { return {}; }
  T wait(WaitScope &waitScope);
  Promise<T> eagerlyEvaluate(decltype(nullptr)) __attribute__((warn_unused_result));
  template <typename ErrorFunc> void detach(ErrorFunc &&errorHandler) {}
};

class TaskSet {
public:
  class ErrorHandler {
  public:
    virtual void taskFailed(std::exception_ptr exception) = 0;
  };
  explicit TaskSet(ErrorHandler &errorHandler);
  void add(Promise<void> &&promise);
  Promise<void> onEmpty();
};

// The promise for what `func` returns (KJ's PromiseForResult, which unwraps a
// returned promise); the continuations here all return promises.
template <typename Func> std::invoke_result_t<Func> evalLater(Func &&func);
template <typename Func> std::invoke_result_t<Func> evalNow(Func &&func);

template <typename T> Promise<T> _::Coroutine<T>::get_return_object() { return {}; }
inline Promise<void> _::Coroutine<void>::get_return_object() { return {}; }
} // namespace kj

namespace std {
template <class T, class... Args> struct coroutine_traits<kj::Promise<T>, Args...> {
  using promise_type = kj::_::Coroutine<T>;
};
} // namespace std
