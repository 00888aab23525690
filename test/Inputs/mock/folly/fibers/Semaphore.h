// Mock of folly::fibers::Semaphore (folly is not packaged in Debian 12).
#pragma once
#include "../../mock_awaitable.h"
#include <cstddef>
namespace folly::fibers {
class Semaphore {
public:
  explicit Semaphore(std::size_t tokenCount);
  void signal();
  void wait();
  mock_detail::awaitable<void> co_wait();
};
} // namespace folly::fibers
