// Mock of cppcoro::async_scope (lewissbaker/cppcoro; not in Debian).
#pragma once
#include "../mock_awaitable.h"
namespace cppcoro {
class async_scope {
public:
  template <typename AWAITABLE> void spawn(AWAITABLE &&awaitable) {}
  mock_detail::awaitable<void> join();
};
} // namespace cppcoro
