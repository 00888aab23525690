// Mock of concurrencpp's results (not in Debian), shaped as in concurrencpp
// 0.1.7 (include/concurrencpp/results/): class templates result,
// shared_result and lazy_result; the empty struct null_result, made a
// coroutine type by specialising std::coroutine_traits (no promise_type
// member); promises that inherit initial_suspend from a base. A coroutine
// whose first parameters are an executor_tag and an executor gets a promise
// that suspends at once and resumes on that executor (promises.h).
#pragma once
#include <chrono>
#include <coroutine>
#include <exception>
#include <memory>
namespace concurrencpp {
enum class result_status { idle, value, exception };

template <class type> class result {
public:
  explicit operator bool() const noexcept;
  result_status status() const;
  void wait() const;
  template <class duration_type, class ratio_type>
  result_status wait_for(std::chrono::duration<duration_type, ratio_type> duration) const;
  type get();
  auto operator co_await() { return std::suspend_always{}; }
  auto resolve() { return std::suspend_always{}; }
};

template <class type> class shared_result {
public:
  explicit operator bool() const noexcept;
  result_status status() const;
  void wait();
  template <class duration_type, class ratio_type>
  result_status wait_for(std::chrono::duration<duration_type, ratio_type> duration);
  template <class clock_type, class duration_type>
  result_status wait_until(std::chrono::time_point<clock_type, duration_type> timeout_time);
  type get();
  auto operator co_await() { return std::suspend_always{}; }
};

template <class type> class lazy_result {
public:
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  type await_resume();
};

struct null_result {};
struct executor_tag {};

namespace details {
struct initialy_resumed_promise {
  std::suspend_never initial_suspend() const noexcept { return {}; }
};
struct null_result_promise {
  null_result get_return_object() const noexcept { return {}; }
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept {}
  void return_void() const noexcept {}
};
struct initialy_resumed_null_result_promise : public initialy_resumed_promise,
                                              public null_result_promise {};
template <class type> struct initialy_resumed_result_promise : public initialy_resumed_promise {
  result<type> get_return_object() noexcept;
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {}
  void return_value(type) {}
};
// As concurrencpp's return_value_struct<derived, void>: result<void>
// coroutines co_return nothing.
template <> struct initialy_resumed_result_promise<void> : public initialy_resumed_promise {
  result<void> get_return_object() noexcept;
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {}
  void return_void() {}
};
template <class executor_type> struct initialy_rescheduled_promise {
  template <class... argument_types>
  initialy_rescheduled_promise(executor_tag, executor_type *, argument_types &&...) {}
  template <class... argument_types>
  initialy_rescheduled_promise(executor_tag, std::shared_ptr<executor_type>, argument_types &&...) {}
  // Posts the coroutine to the executor in await_suspend.
  struct initial_scheduling_awaiter : std::suspend_always {};
  initial_scheduling_awaiter initial_suspend() const noexcept { return {}; }
};
template <class type, class executor_type>
struct initialy_rescheduled_result_promise : public initialy_rescheduled_promise<executor_type> {
  using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
  result<type> get_return_object() noexcept;
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {}
  void return_value(type) {}
};
} // namespace details
} // namespace concurrencpp

namespace std {
template <class... arguments> struct coroutine_traits<::concurrencpp::null_result, arguments...> {
  using promise_type = concurrencpp::details::initialy_resumed_null_result_promise;
};
template <class type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, arguments...> {
  using promise_type = concurrencpp::details::initialy_resumed_result_promise<type>;
};
template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag,
                        std::shared_ptr<executor_type>, arguments...> {
  using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
};
template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type *,
                        arguments...> {
  using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
};
} // namespace std
