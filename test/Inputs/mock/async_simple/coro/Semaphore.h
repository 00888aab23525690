// Mock of async_simple::coro::CountingSemaphore (alibaba/async_simple; not in Debian).
#pragma once
#include "../../mock_awaitable.h"
#include <cstddef>
namespace async_simple::coro {
template <std::size_t LeastMaxValue = 64> class CountingSemaphore {
public:
  explicit CountingSemaphore(std::size_t desired);
  mock_detail::awaitable<void> acquire() noexcept;
  mock_detail::awaitable<void> release(std::size_t update = 1) noexcept;
};
} // namespace async_simple::coro
