// Mock of stdexec's exec::task (NVIDIA/stdexec e92245d5, include/exec/task.hpp;
// not in Debian). The class is experimental::execution::__task::basic_task;
// exec is a namespace alias of experimental::execution, and exec::task an
// alias template of basic_task. The promise starts suspended (lazy).
#pragma once
#include <coroutine>
#include <exception>

namespace experimental::execution {
namespace __task {
template <class _Ty> struct default_task_context {};

template <class _Ty> struct __promise_base {
  template <class _Value> void return_value(_Value &&) noexcept {}
};
template <> struct __promise_base<void> {
  void return_void() noexcept {}
};

template <class _Ty, class _Context = default_task_context<_Ty>> class [[nodiscard]] basic_task {
  struct __promise : __promise_base<_Ty> {
    basic_task get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {}
  };

public:
  using promise_type = __promise;
  struct __task_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    _Ty await_resume();
  };
  __task_awaiter operator co_await() && noexcept { return {}; }
};
} // namespace __task

template <class _Ty, class _Context = __task::default_task_context<_Ty>>
using basic_task = __task::basic_task<_Ty, _Context>;

template <class _Ty> using task = basic_task<_Ty, __task::default_task_context<_Ty>>;
} // namespace experimental::execution

namespace exec = experimental::execution;
