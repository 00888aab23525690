// Mock of seastar::sleep (scylladb/seastar 25.05, include/seastar/core/sleep.hh;
// not in Debian): a future that resolves after the given duration.
#pragma once
#include "future.hh"
#include "timer.hh"
#include <chrono>
namespace seastar {
template <typename Clock = steady_clock_type, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> dur) {
  return {};
}
} // namespace seastar
