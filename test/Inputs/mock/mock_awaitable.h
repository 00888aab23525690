// Shared by the mock headers: something a coroutine can co_await that yields
// a T. The libraries' own awaiter types are irrelevant to the checks; what
// matters is the type the co_await produces.
#pragma once
#include <coroutine>
namespace mock_detail {
template <typename T> struct awaitable {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume();
};
} // namespace mock_detail
