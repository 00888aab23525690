// Mock of concurrencpp's executors (not in Debian), shaped as in
// concurrencpp 0.1.7 (include/concurrencpp/executors/): the abstract class
// executor with member templates post/submit/bulk_post/bulk_submit, the CRTP
// base derivable_executor<T> that redeclares them, and the executors built
// on it. inline_executor derives from executor directly (it runs tasks in
// place). The bodies stand for concurrencpp's, which wrap the callable in a
// task and enqueue it on the executor. resume_on returns an awaiter that
// moves the coroutine to the executor when it is awaited
// (include/concurrencpp/results/resume_on.h).
#pragma once
#include <coroutine>
#include <memory>
#include "result.h"
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>
namespace concurrencpp {
class executor {
public:
  explicit executor(std::string_view name);
  virtual ~executor() noexcept = default;
  virtual int max_concurrency_level() const noexcept = 0;
  template <class callable_type, class... argument_types>
  void post(callable_type &&callable, argument_types &&...arguments);
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments)
      -> result<std::invoke_result_t<callable_type, argument_types...>>;
};

template <class concrete_executor_type> struct derivable_executor : public executor {
  explicit derivable_executor(std::string_view name) : executor(name) {}
  template <class callable_type, class... argument_types>
  void post(callable_type &&callable, argument_types &&...arguments) {}
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments)
      -> result<std::invoke_result_t<callable_type, argument_types...>> {
    return {};
  }
  template <class callable_type> void bulk_post(std::span<callable_type> callable_list) {}
  template <class callable_type, class return_type = std::invoke_result_t<callable_type>>
  std::vector<result<return_type>> bulk_submit(std::span<callable_type> callable_list) {
    return {};
  }
};

class thread_pool_executor final : public derivable_executor<thread_pool_executor> {
public:
  int max_concurrency_level() const noexcept override;
};
class thread_executor final : public derivable_executor<thread_executor> {
public:
  int max_concurrency_level() const noexcept override;
};
class inline_executor final : public executor {
public:
  int max_concurrency_level() const noexcept override;
};

namespace details {
template <class executor_type> class resume_on_awaitable : public std::suspend_always {
public:
  resume_on_awaitable(executor_type &executor) noexcept;
  resume_on_awaitable(const resume_on_awaitable &) = delete;
  resume_on_awaitable(resume_on_awaitable &&) = delete;
  void await_suspend(std::coroutine_handle<void> handle);
  void await_resume() const;
};
} // namespace details

template <class executor_type> auto resume_on(std::shared_ptr<executor_type> executor) {
  return details::resume_on_awaitable<executor_type>(*executor);
}
template <class executor_type> auto resume_on(executor_type &executor) noexcept {
  return details::resume_on_awaitable<executor_type>(executor);
}
} // namespace concurrencpp
