// Mock of FISCO-BCOS's libtask/bcos-task/Task.h (not in Debian): a lazy,
// move-only task whose promise suspends at once; awaited as an rvalue.
#pragma once
#include <coroutine>
#include <exception>
#include <type_traits>
namespace bcos::task {
template <class TaskType> struct PromiseBase {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  TaskType get_return_object();
  void unhandled_exception() {}
};
template <class TaskType> struct PromiseVoid : PromiseBase<TaskType> {
  void return_void() {}
};
template <class TaskType> struct PromiseValue : PromiseBase<TaskType> {
  template <class V> void return_value(V &&) {}
};
template <class TaskType> struct Awaitable {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  typename TaskType::Value await_resume();
};
template <class ValueType> class [[nodiscard]] Task {
public:
  using Value = ValueType;
  using promise_type =
      std::conditional_t<std::is_same_v<ValueType, void>, PromiseVoid<Task>, PromiseValue<Task>>;
  Awaitable<Task> operator co_await() && { return {}; }
  Task(Task &&) noexcept;
  Task(const Task &) = delete;
  ~Task() noexcept;
  void start();
};
} // namespace bcos::task
