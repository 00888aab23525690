// Mock of boost::cobalt::wait_group (boost/cobalt/wait_group.hpp, Boost 1.84+):
// holds promises pushed into it until wait() (or co_await on the group).
#pragma once
#include "promise.hpp"
#include <cstddef>
namespace boost::cobalt {
struct wait_group {
  void push_back(promise<void> p);
  std::size_t size() const;
  detail::result_awaitable<void> wait();
  detail::result_awaitable<void> wait_one();
  detail::result_awaitable<void> operator co_await();
};
} // namespace boost::cobalt
