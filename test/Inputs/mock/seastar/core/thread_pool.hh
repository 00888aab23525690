// Mock of seastar's syscall thread pool (src/core/thread_pool.hh in seastar
// 25.x; an internal header of the library's own sources): a class whose
// member function template submit runs a function on the syscall thread.
#pragma once
#include "future.hh"
namespace seastar {
namespace internal {
enum class thread_pool_submit_reason { aio_fallback, file_operation, process_operation };
}
class thread_pool {
public:
  template <typename T, typename Func>
  future<T> submit(internal::thread_pool_submit_reason reason, Func func) noexcept { return {}; }
};
} // namespace seastar
