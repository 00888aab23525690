// Mock of libcoro's coro::semaphore (jbaldwin/libcoro; not in Debian).
#pragma once
#include "../mock_awaitable.h"
#include <cstddef>
namespace coro {
class semaphore {
public:
  explicit semaphore(std::ptrdiff_t least_max_value);
  mock_detail::awaitable<bool> acquire();
  void release();
};
} // namespace coro
